import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportRepository
import RevisionStore

extension Nianbao {
    /// `nianbao blame REF`: for each section, paragraph and cell, the revision that last changed it.
    struct Blame: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blame",
            abstract: "Show, for each section, paragraph and cell, the revision that last changed it.")

        @Argument(help: "The revision: AGENCY/YEAR (the draft), AGENCY/YEAR~N, or ≥4 digits of an id.")
        var ref: String

        @Flag(name: .long, help: "Include every table cell (by default only cells changed after the first revision).")
        var allCells = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let line = try await repository.open(.readOnly).firstParentLine(ref)
            let entries = try ReportDiff.Blame.compute(along: line.map(History.snapshot))
            let first = line.first?.revision.id.hex
            let shown = entries.filter { allCells || $0.kind != .cell || $0.revision.id != first }
            switch output.chosen {
            case .json:
                try Output.printJSON(shown)
            case .text:
                let rows = shown.map { entry -> [String] in
                    let content = (entry.content ?? "").replacingOccurrences(of: "\n", with: " ")
                    return [
                        String(entry.revision.id.prefix(10)), entry.revision.author,
                        entry.revision.time.formatted(.iso8601.year().month().day()), entry.unit.description,
                        content.count > 40 ? String(content.prefix(40)) + "…" : content,
                    ]
                }
                Output.print(RevisionText.table(rows))
                if !allCells, shown.count < entries.count {
                    Output.diagnose(
                        "(\(entries.count - shown.count) cells unchanged since the first revision; --all-cells lists them)"
                    )
                }
            }
        }
    }
}
