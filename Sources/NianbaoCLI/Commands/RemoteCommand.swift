import ArgumentParser
import Foundation
import ReportRepository

extension Nianbao {
    /// `nianbao remote add|list|remove`: the nodes this one syncs with.
    struct RemoteCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remote", _superCommandName: Nianbao.toolName, abstract: CommandHelp.remote.abstract,
            subcommands: [Add.self, List.self, Remove.self])

        /// `nianbao remote add NAME URL --token T`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: CommandHelp.remoteAdd.abstract)

            @Argument(help: OptionHelp.remoteNew.help)
            var name: String

            @Argument(help: OptionHelp.remoteURL.help)
            var url: String

            @Option(name: .long, help: OptionHelp.remoteToken.help)
            var token: String

            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                try await repository.open().addRemote(Remote(name: name, url: url, token: token))
                Output.print(SyncMessage.remoteSet(name: name, url: url).text)
            }
        }

        /// `nianbao remote list`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: CommandHelp.remoteList.abstract)

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let remotes = try await repository.open(.readOnly).remotes()
                switch output.chosen {
                case .json:
                    try Output.printJSON(RemotesJSON(remotes: remotes.map { .init(name: $0.name, url: $0.url) }))
                case .text:
                    if remotes.isEmpty {
                        Output.print(SyncMessage.noRemotes.text)
                    }
                    for remote in remotes { Output.print("\(remote.name)\t\(remote.url)") }
                }
            }
        }

        /// `nianbao remote remove NAME`.
        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove", abstract: CommandHelp.remoteRemove.abstract)

            @Argument(help: OptionHelp.remoteExisting.help)
            var name: String

            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                try await repository.open().removeRemote(named: name)
                Output.print(SyncMessage.remoteRemoved(name).text)
            }
        }
    }
}
