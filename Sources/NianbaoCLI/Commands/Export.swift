import ArgumentParser
import ReportModel
import ReportRepository
import RevisionStore

extension Nianbao {
    /// `nianbao export REF`: a revision's report as text.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: CommandHelp.export.abstract)

        @Argument(help: OptionHelp.revisionToExport.help)
        var ref: String

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open(.readOnly)
                let revision = try await repository.resolve(ref)
                let text = try await repository.exportText(revision.id.hex)
                switch output.chosen {
                case .json: try Output.printJSON(ExportJSON(revision: revision.id.hex, text: text))
                case .text: Output.write(text)
                }
            }
        }
    }
}
