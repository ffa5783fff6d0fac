import ArgumentParser
import Foundation
import ReportDiff

extension Nianbao {
    /// `nianbao diff A B`: what changed between two reports, section by section and cell by cell.
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare two reports: sections, paragraphs and table cells.",
            discussion: """
                Sections are aligned by number and title, paragraphs as units (a moved paragraph is a move), tables \
                cell by cell on their keys with the change in value. When the two reports are of different years \
                (or with --years), the year moving on is not a change, and text still naming last year or carried \
                over word for word is listed as findings. The JSON form is documented in Schema/diff-json.md.
                """)

        @Argument(
            help: """
                The older report: a file (.docx, PDF, a web page, .doc/.wps, or text in UTF-8 or GBK, or the JSON of `nianbao parse`; - for stdin), or a revision of the repository (AGENCY/YEAR, AGENCY/YEAR~N, ≥4 digits of an id).
                """)
        var old: String

        @Argument(help: "The newer report, the same ways.")
        var new: String

        @Option(name: .long, help: "Output format: text, json or html (a self-contained page).")
        var format: DiffFormat = .text

        @Flag(name: .long, help: "Same as --format json.")
        var json = false

        @Flag(
            inversion: .prefixedNo,
            help: "Compare as two years of one agency (default: when the years differ) or as two drafts.")
        var years: Bool?

        @Flag(name: .long, help: "List unchanged sections too (text format).")
        var all = false

        @OptionGroup var repository: RepositoryOptions

        func run() async throws {
            let input = ReportInput(repository: repository)
            let oldReport = try await input.load(old)
            let newReport = try await input.load(new)
            let mode: DiffOptions.YearMode = years.map { $0 ? .years : .drafts } ?? .automatic
            let script = DiffEngine(options: DiffOptions(yearMode: mode)).diff(from: oldReport, to: newReport)
            let renderer: any DiffRenderer =
                switch json ? .json : format {
                case .text: TextDiffRenderer(colour: Output.stdoutIsTerminal, showUnchanged: all)
                case .json: JSONDiffRenderer()
                case .html: HTMLDiffRenderer()
                }
            FileHandle.standardOutput.write(Data(try renderer.render(script).utf8))
        }
    }
}

/// The formats of `nianbao diff`: the usual two and a page.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    /// For a person at a terminal.
    case text
    /// For a program (Schema/diff-json.md).
    case json
    /// A self-contained side-by-side page.
    case html
}
