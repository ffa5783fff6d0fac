import ArgumentParser
import ReportModel
import ReportRepository
import RevisionStore

extension Mark: ExpressibleByArgument {}

extension Nianbao {
    /// `nianbao mark REF submitted|published`.
    struct MarkCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark", abstract: "Mark a revision of a report as submitted or published.")

        @Argument(help: "The revision: AGENCY/YEAR (the draft head), AGENCY/YEAR~N, or ≥4 digits of an id.")
        var ref: String

        @Argument(help: "submitted or published.")
        var mark: Mark

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let outcome = try await repository.open().mark(ref, as: mark)
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        MarkJSON(
                            report: outcome.report.description, mark: outcome.mark.rawValue,
                            revision: outcome.revision.hex, previous: outcome.previous?.hex))
                case .text:
                    let was = outcome.previous.map { $0 == outcome.revision ? " (it already was)" : " (was \($0.shortHex()))" }
                    Output.print(
                        "Marked \(outcome.report) revision \(outcome.revision.shortHex()) as \(outcome.mark.rawValue)"
                            + "\(was ?? "").")
                }
            }
        }
    }
}
