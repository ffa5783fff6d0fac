import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao show REF`: one revision and its document.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: CommandHelp.show.abstract)

        @Argument(help: OptionHelp.revisionWithMarks.help)
        var ref: String

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let details = try await repository.open(.readOnly).show(ref)
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        ShowJSON(
                            revision: RevisionJSON(details.revision), refs: details.refs.map(\.description),
                            marks: details.marks.map(MarkStateJSON.init), agency: details.agency.map(AgencyJSON.init),
                            report: details.report))
                case .text:
                    Output.print(RevisionText.entry(details.revision, refs: details.refs, marks: details.marks))
                    Output.print("")
                    Output.print(OutlinePrinter.render(details.report))
                }
            }
        }
    }
}
