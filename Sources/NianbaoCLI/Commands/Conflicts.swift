import ArgumentParser
import ReportRepository

extension Nianbao {
    /// `nianbao conflicts`: the sync conflicts open on this node.
    struct Conflicts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: "List the sync conflicts open here: reports whose draft has a second head.",
            discussion:
                "Exits with status 3 while any is open. --all lists closed ones too, with the merge that closed each.")

        @Flag(name: .long, help: "List closed conflicts too.")
        var all = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open(.readOnly)
                let conflicts = try await repository.conflicts(openOnly: !all)
                switch output.chosen {
                case .json:
                    try Output.printJSON(ConflictsJSON(conflicts: conflicts.map(ConflictJSON.init)))
                case .text:
                    if conflicts.isEmpty { Output.print("No open conflicts.") }
                    for line in await SyncText(repository: repository).lines(for: conflicts) { Output.print(line) }
                }
                if conflicts.contains(where: \.isOpen) { throw ExitCode(CLIExit.conflict) }
            }
        }
    }
}
