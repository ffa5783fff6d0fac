import ArgumentParser
import Foundation
import ReportDiff

extension Nianbao {
    /// `nianbao diff A B`: what changed between two reports, section by section and cell by cell.
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.diff.abstract, discussion: CommandHelp.diff.discussion)

        @Argument(help: OptionHelp.diffOld.help)
        var old: String

        @Argument(help: OptionHelp.diffNew.help)
        var new: String

        @Option(name: .long, help: OptionHelp.diffFormat.help)
        var format: DiffFormat = .text

        @Flag(name: .long, help: OptionHelp.json.help)
        var json = false

        @Flag(inversion: .prefixedNo, help: OptionHelp.diffYears.help)
        var years: Bool?

        @Flag(name: .long, help: OptionHelp.diffAll.help)
        var all = false

        @OptionGroup var repository: RepositoryOptions

        func run() async throws {
            let (oldSide, newSide) = try await ReportInput(repository: repository).loadPair(old, new)
            let mode: DiffOptions.YearMode = years.map { $0 ? .years : .drafts } ?? .automatic
            let script = DiffEngine(options: DiffOptions(yearMode: mode)).diff(
                from: oldSide.report, to: newSide.report)
            let renderer: any DiffRenderer =
                switch json ? .json : format {
                case .text:
                    // (a REF is named by its office, as text output names a report, rv108 F22 k)
                    TextDiffRenderer(
                        colour: Output.stdoutIsTerminal, showUnchanged: all, names: (oldSide.name, newSide.name))
                case .json: JSONDiffRenderer()
                case .html: HTMLDiffRenderer()
                }
            FileHandle.standardOutput.write(Data(try renderer.render(script).utf8))
        }
    }
}

/// The formats of `nianbao diff`: the usual two and a page.
enum DiffFormat: String, ChoiceArgument {
    /// For a person at a terminal.
    case text
    /// For a program (Schema/diff-json.md).
    case json
    /// A self-contained side-by-side page.
    case html
}
