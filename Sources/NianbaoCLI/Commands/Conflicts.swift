import ArgumentParser
import ReportRepository

extension Nianbao {
    /// `nianbao conflicts`: the sync conflicts open on this node.
    struct Conflicts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.conflicts.abstract, discussion: CommandHelp.conflicts.discussion)

        @Flag(name: .long, help: OptionHelp.conflictsAll.help)
        var all = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let repository = try repository.open(.readOnly)
            let conflicts = try await repository.conflicts(openOnly: !all)
            switch output.chosen {
            case .json:
                try Output.printJSON(ConflictsJSON(conflicts: conflicts.map(ConflictJSON.init)))
            case .text:
                if conflicts.isEmpty { Output.print(SyncMessage.noOpenConflicts.text) }
                for line in await SyncText(repository: repository).lines(for: conflicts) { Output.print(line) }
            }
            if conflicts.contains(where: \.isOpen) { throw ExitCode(CLIExit.conflict) }
        }
    }
}
