import ArgumentParser
import Foundation
import ReportModel
import ReportParser
import ReportRepository

extension Nianbao {
    /// `nianbao commit FILE --agency ID --year N`: a new revision of a report's draft.
    struct Commit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commit",
            abstract: "Commit a report file as a new revision of that report's draft.",
            discussion: """
                A document equal to the draft commits nothing. A file that is not a report changes nothing. A text \
                that names another agency or year than --agency and --year is refused (the draft is untouched) \
                unless --force is given; the revision's message then records that it was forced.
                """)

        @Argument(
            help:
                "The report: .docx, PDF, a web page, .doc/.wps (with LibreOffice) or text in UTF-8 or GBK; the content tells the format."
        )
        var file: String

        @Option(help: "The agency's id (an ASCII slug or its 统一社会信用代码).")
        var agency: String

        @Option(help: "The year the report is about.")
        var year: Int

        @Option(name: [.customShort("m"), .long], help: "Why (default: \"Commit FILE\").")
        var message: String?

        @Option(help: Author.help)
        var author: String?

        @Flag(name: .long, help: "Commit even though the text names another agency or year (recorded in the message).")
        var force = false

        @Flag(
            name: .long,
            help:
                "The file resolves the report's sync conflict: record it as the merge of the draft and its second head."
        )
        var resolve = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let (parsed, source) = try ReportRepository.readReportFile(at: file)
                let diagnostics = parsed.diagnostics
                let name = URL(fileURLWithPath: file).lastPathComponent
                let repository = try repository.open()
                let outcome = try await repository.commit(
                    parsed.report, to: ReportKey(agency: agency, year: year),
                    author: try await Author.resolve(author, in: repository), message: message ?? "Commit \(name)",
                    mergingHeads: resolve, force: force, source: source)
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        CommitJSON(
                            status: outcome.status.rawValue, revision: RevisionJSON(outcome.revision),
                            stored: StoredJSON(outcome.stored), warnings: outcome.warnings,
                            diagnostics: diagnostics.map(DiagnosticJSON.init)))
                case .text:
                    for diagnostic in diagnostics { Output.diagnose("\(file): \(diagnostic)") }
                    for warning in outcome.warnings { Output.diagnose("warning: \(warning)") }
                    let id = outcome.revision.id.shortHex()
                    switch outcome.status {
                    case .committed:
                        if !outcome.closed.isEmpty {
                            Output.print("Merged the heads of \(outcome.revision.report): the conflict is closed.")
                        }
                        Output.print(
                            "Committed \(outcome.revision.report) as \(id) (\(outcome.stored.stored) new objects, "
                                + "\(RevisionText.bytes(outcome.stored.bytes))).")
                    case .unchanged:
                        Output.print("Unchanged: \(outcome.revision.report) is already at \(id); nothing committed.")
                    }
                }
            }
        }
    }
}
