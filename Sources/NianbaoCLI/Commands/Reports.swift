import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao reports`: every report of the repository.
    struct Reports: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.reports.abstract, discussion: CommandHelp.reports.discussion)

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let repository = try repository.open(.readOnly)
            let reports = try await repository.reports().sorted(by: AgencyOrder.reports)
            let generations = try await repository.generations(
                of: reports.flatMap { [$0.head.id] + $0.marks.map(\.revision) })
            switch output.chosen {
            case .json:
                try Output.printJSON(ReportsJSON(reports: reports.map { ReportJSON($0, generations: generations) }))
            case .text:
                guard !reports.isEmpty else {
                    // Revisions stored and no report: a first pull that was cut off (its refs come last).
                    let remotes = try await repository.remotes().map(\.name)
                    let revisions = remotes.isEmpty ? 0 : try await repository.statistics().revisions
                    Output.print(
                        revisions > 0
                            ? Message.pullUnfinished(remotes: remotes, revisions: revisions).text
                            : Message.noReports.text)
                    return
                }
                var rows = [Message.reportsHeader.text.split(separator: " ").map(String.init)]
                var notes: [String] = []
                for summary in reports {
                    // Marks on other revisions than the draft's, of one number (the county's return of its 第 3 版
                    // beside this office's 第 3 版 after a sync conflict; the county's 已公开 第 1 版 beside this
                    // office's 已报送 第 1 版, two different uploads): told apart as the pages do.
                    var shown = [summary.head]
                    for mark in summary.marks where !shown.contains(where: { $0.id == mark.revision }) {
                        if let marked = try? await repository.resolve(mark.revision.hex) { shown.append(marked) }
                    }
                    let number = RevisionText.numbers(shown, generations: generations)
                    var marks = summary.marks.map { mark in
                        mark.revision == summary.head.id
                            ? RevisionText.name(of: mark.mark)
                            : "\(RevisionText.name(of: mark.mark)) \(number(mark.revision))"
                    }
                    if !summary.otherHeads.isEmpty {
                        marks.append(Message.heads(summary.otherHeads.count + 1).text)
                    }
                    rows.append([
                        summary.report.description, summary.agencyName ?? "",
                        Language.pick(
                            summary.statusLabel,
                            summary.status.rawValue
                                + (summary.isChangedSincePublished
                                    ? " (changed since published)"
                                    : summary.isPublishedBesideDraft ? " (another version published)" : "")),
                        number(summary.head.id),
                        summary.headMaker.name(), BeijingTime.minute(summary.head.content.time),
                        marks.joined(separator: Language.pick("、", ", ")),
                    ])
                    for mark in summary.standingNotes {
                        notes.append(
                            "\(ReportNames.name(of: summary.report, agencyName: summary.agencyName))  \(RevisionText.mark(mark))"
                        )
                    }
                }
                Output.print(RevisionText.table(rows))
                if !notes.isEmpty { Output.print("\n" + notes.joined(separator: "\n")) }
                // (working offline, the clerk's computer said 已报送 as after a push: what the remote lacks, rv117 F6)
                for remote in try await repository.remotes() {
                    let unsent = try await repository.unsent(to: remote.name)
                    guard !unsent.reports.isEmpty else { continue }
                    let items = unsent.reports.map { entry in
                        let summary = reports.first { $0.report == entry.report }
                        let what =
                            entry.draft.map { RevisionText.number($0, generation: generations[$0]) }.map { [$0] } ?? []
                        return ReportNames.name(of: entry.report, agencyName: summary?.agencyName) + " "
                            + (what + entry.marks.map { RevisionText.name(of: $0) }).joined(
                                separator: Language.pick("、", ", "))
                    }
                    Output.print("\n" + Message.unsent(node: unsent.node ?? remote.name, items: items).text)
                }
            }
        }
    }
}
