import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao reports`: every report of the repository.
    struct Reports: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports",
            abstract: "List every report: agency, name, year, status, draft head, author, time and marks.",
            discussion: """
                The status is draft, submitted, returned, published or conflict (草稿、已报送、已退回、已公开、有冲突). \
                A mark's comment — the county's correction request of `returned`, the reason of a forced \
                `published` — is printed under its report.
                """)

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
                    var rows = [["REPORT", "NAME", "STATUS", "HEAD", "AUTHOR", "TIME", "MARKS"]]
                    var notes: [String] = []
                    for summary in reports {
                        var marks = summary.marks.map { mark in
                            mark.revision == summary.head.id
                                ? mark.mark.rawValue : "\(mark.mark.rawValue) \(mark.revision.shortHex(8))"
                        }
                        if !summary.otherHeads.isEmpty { marks.append("\(summary.otherHeads.count + 1) heads") }
                        rows.append([
                            summary.report.description, summary.agencyName ?? "",
                            "\(summary.status.rawValue) \(summary.status.label)", summary.head.id.shortHex(8),
                            summary.head.content.author, summary.head.content.timeText, marks.joined(separator: ", "),
                        ])
                        for mark in summary.marks where mark.note != nil {
                            notes.append("\(summary.report)  \(RevisionText.mark(mark))")
                        }
                    }
                    Output.print(RevisionText.table(rows))
                    if !notes.isEmpty { Output.print("\n" + notes.joined(separator: "\n")) }
                }
            }
        }
    }
}
