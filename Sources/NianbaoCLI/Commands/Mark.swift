import ArgumentParser
import ReportModel
import ReportRepository
import RevisionStore

extension Mark: ExpressibleByArgument {}

extension Nianbao {
    /// `nianbao mark REF submitted|published`.
    struct MarkCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Mark a revision of a report as submitted, published or returned (with a comment).",
            discussion: "A report with an open sync conflict cannot be published: merge it first.")

        @Argument(help: "The revision: AGENCY/YEAR (the draft head), AGENCY/YEAR~N, or ≥4 digits of an id.")
        var ref: String

        @Argument(help: "submitted, published or returned.")
        var mark: Mark

        @Option(name: .long, help: "What goes with the mark (the correction request of `returned`).")
        var comment: String?

        @Option(help: "Who (default: $NIANBAO_AUTHOR, else your login name).")
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let outcome = try await repository.open().mark(
                    ref, as: mark, comment: comment, author: Author.resolve(author))
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        MarkJSON(
                            report: outcome.report.description, mark: outcome.mark.rawValue,
                            revision: outcome.revision.hex, previous: outcome.previous?.hex))
                case .text:
                    let was = outcome.previous.map {
                        $0 == outcome.revision ? " (it already was)" : " (was \($0.shortHex()))"
                    }
                    Output.print(
                        "Marked \(outcome.report) revision \(outcome.revision.shortHex()) as \(outcome.mark.rawValue)"
                            + "\(was ?? "").")
                }
            }
        }
    }
}
