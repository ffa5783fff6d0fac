import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao log REF`: the history of a report.
    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "List the revisions reachable from a REF, newest first.",
            discussion: """
                REF: AGENCY/YEAR (the draft), AGENCY/YEAR~N, AGENCY/YEAR@submitted|returned|published, or ≥4 digits \
                of an id. The marks are printed beside the revisions they are on, with their comments.
                """)

        @Argument(help: "Where to start.")
        var ref: String

        @Option(name: [.customShort("n"), .long], help: "List at most this many revisions.")
        var limit: Int?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open(.readOnly)
                let revisions = try await repository.log(ref, limit: limit)
                var marks: [MarkState] = []
                if let report = revisions.first?.report { marks = try await repository.marks(of: report) }
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        LogJSON(
                            ref: ref, revisions: revisions.map(RevisionJSON.init), marks: marks.map(MarkStateJSON.init))
                    )
                case .text:
                    Output.print(revisions.map { RevisionText.entry($0, marks: marks) }.joined(separator: "\n\n"))
                }
            }
        }
    }
}
