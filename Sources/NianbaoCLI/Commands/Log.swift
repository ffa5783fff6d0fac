import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao log REF`: the history of a report.
    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.log.abstract, discussion: CommandHelp.log.discussion)

        @Argument(help: OptionHelp.logStart.help)
        var ref: String

        @Option(name: [.customShort("n"), .long], help: OptionHelp.limit.help)
        var limit: Int?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let repository = try repository.open(.readOnly)
            let revisions = try await repository.log(ref, limit: limit)
            var marks: [MarkState] = []
            if let report = revisions.first?.report { marks = try await repository.marks(of: report) }
            let generations = try await repository.generations(of: revisions.flatMap { [$0.id] + $0.parents })
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    LogJSON(
                        ref: ref, revisions: revisions.map { RevisionJSON($0, generation: generations[$0.id]) },
                        marks: marks.map(MarkStateJSON.init)))
            case .text:
                let receipts = try await repository.receipts(of: revisions.map(\.id))
                let messages = await repository.shownMessages(of: revisions)
                let name = try await repository.reportNames()
                var parents: [ObjectID: [Revision]] = [:]
                for revision in revisions where revision.parents.count > 1 {
                    parents[revision.id] = await RevisionText.parents(of: revision, in: repository)
                }
                // Two listed of one number (a copy an agency merge made without parents beside the county's first
                // version, two made side by side) are told apart as every list tells them apart.
                let apart = RevisionNames.distinctions(
                    revisions, generations: generations, shown: revisions.first?.report, reportName: name)
                Output.print(
                    revisions.map {
                        RevisionText.entry(
                            $0, message: messages[$0.id] ?? ShownMessage($0), reportName: name,
                            generation: generations[$0.id], marks: marks,
                            generations: generations,
                            parents: parents[$0.id] ?? [], receipt: receipts[$0.id], apart: apart[$0.id])
                    }
                    .joined(separator: "\n\n"))
            }
        }
    }
}
