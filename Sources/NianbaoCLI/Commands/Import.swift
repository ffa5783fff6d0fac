import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao import DIR`: commit every report of a folder.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.importFolder.abstract, discussion: CommandHelp.importFolder.discussion)

        @Argument(help: OptionHelp.folder.help)
        var folder: String

        @Option(help: OptionHelp.map.help)
        var map: String?

        @Option(help: OptionHelp.author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let mapping = try map.map { path throws(RepositoryError) in try AgencyMapping(contentsOf: path) }
            let plan = try ReportRepository.planImport(of: folder, mapping: mapping ?? AgencyMapping())
            let repository = try repository.open()
            let bar = ProgressBar(enabled: Output.stderrIsTerminal)
            // (a person of the node named as the author imports only when her role allows it, to her agencies'
            // reports: rv113 F8)
            let principal = try await TerminalPerson.principal(author, in: repository)
            let summary = try await TerminalPerson.writing(as: principal) {
                try await repository.importFolder(
                    plan, by: principal, audit: .commandLineImport, progress: { bar.show($0) })
            }
            bar.finish()
            for warning in summary.warnings { Output.diagnose(Message.warning(warning).text) }
            switch output.chosen {
            case .json:
                try Output.printJSON(ImportJSON(folder: folder, summary: summary))
            case .text:
                let generations = try await repository.generations(
                    of: (summary.imported + summary.unchanged).map(\.revision))
                let name = try await repository.reportNames()
                for entry in summary.imported {
                    Output.print(
                        Message.imported(
                            file: entry.file, report: name(entry.report),
                            revision: RevisionText.name(entry.revision, generation: generations[entry.revision])
                        ).text)
                }
                for entry in summary.unchanged {
                    Output.print(
                        Message.importUnchanged(
                            file: entry.file, report: name(entry.report),
                            revision: RevisionText.name(entry.revision, generation: generations[entry.revision])
                        ).text)
                }
                for failure in summary.failed {
                    Output.print(Message.importFailed(file: failure.file, reason: failure.reason).text)
                }
                for skipped in summary.skipped {
                    Output.print(Message.importSkipped(file: skipped.file, reason: skipped.reason).text)
                }
                for agency in summary.newAgencies {
                    Output.print(
                        AgencyMessage.newAgency(id: agency.id, name: agency.name, suggestions: agency.suggestions)
                            .text)
                }
                Output.print(
                    Message.importSummary(
                        imported: summary.imported.count, unchanged: summary.unchanged.count,
                        failed: summary.failed.count, skipped: summary.skipped.count
                    ).text)
            }
            if summary.stoppedBusy { throw ExitCode(CLIExit.busy) }
            if !summary.failed.isEmpty { throw ExitCode.failure }
        }
    }
}
