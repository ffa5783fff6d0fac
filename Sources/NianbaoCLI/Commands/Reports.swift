import ArgumentParser
import ReportModel
import ReportRepository
import RevisionStore

extension Nianbao {
    /// `nianbao reports`: every report of the repository.
    struct Reports: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports",
            abstract: "List every report: agency, name, year, draft head, author, time and marks.")

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let reports = try await repository.open(.readOnly).reports()
                switch output.chosen {
                case .json:
                    try Output.printJSON(ReportsJSON(reports: reports.map(ReportJSON.init)))
                case .text:
                    guard !reports.isEmpty else {
                        Output.print("No reports yet: `nianbao commit` or `nianbao import` adds them.")
                        return
                    }
                    var rows = [["REPORT", "NAME", "HEAD", "AUTHOR", "TIME", "MARKS"]]
                    for summary in reports {
                        var marks: [String] = []
                        if let submitted = summary.submitted {
                            marks.append(
                                submitted == summary.head.id ? "submitted" : "submitted \(submitted.shortHex(8))")
                        }
                        if let published = summary.published {
                            marks.append(
                                published == summary.head.id ? "published" : "published \(published.shortHex(8))")
                        }
                        if !summary.otherHeads.isEmpty { marks.append("\(summary.otherHeads.count + 1) heads") }
                        rows.append([
                            summary.report.description, summary.agencyName ?? "", summary.head.id.shortHex(8),
                            summary.head.record.author, summary.head.record.timeText, marks.joined(separator: ", "),
                        ])
                    }
                    Output.print(RevisionText.table(rows))
                }
            }
        }
    }
}
