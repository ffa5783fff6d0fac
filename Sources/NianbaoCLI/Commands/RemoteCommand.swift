import ArgumentParser
import Foundation
import ReportRepository
import SyncAPI
import SyncClient

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
                let opened = try repository.open()
                let remote = Remote(name: name, url: url, token: token)
                try ReportRepository.checkRemote(remote)
                let known = try await opened.remotes().first { $0.name == name }
                if let known, known.token == token {
                    try await opened.addRemote(remote)
                    Output.print(SyncMessage.remoteSet(name: name, url: url).text)
                    return
                }
                // A token is shown once by the node that issued it: a mistyped or stale one must not replace one that
                // works, and a new remote's is tried at once rather than at the first pull (rv117 M8). The token is
                // first shown to the remote.
                let identity: TokenIdentity
                do {
                    // (a short wait: a node that answers says who a token is at once; one that hangs is no answer)
                    identity = try await SyncClient(
                        repository: opened, remote: remote, timeout: .seconds(10), logger: CLILogging.logger
                    ).identity()
                } catch {
                    guard known == nil else {
                        throw CLIError(SyncMessage.tokenKept(name: name, reason: error.description).text)
                    }
                    guard error.isNoAnswer else {
                        throw CLIError(RemoteMessage.notAdded(name: name, reason: error.description).text)
                    }
                    try await opened.addRemote(remote)
                    Output.print(SyncMessage.remoteSet(name: name, url: url).text)
                    Output.diagnose(RemoteMessage.tokenNotTried(name: name, url: url).text)
                    return
                }
                try await opened.addRemote(remote)
                if known == nil {
                    Output.print(SyncMessage.remoteSet(name: name, url: url).text)
                    Output.print(RemoteMessage.tokenConfirmed(identity).text)
                } else {
                    Output.print(SyncMessage.tokenReplaced(name: name, url: url, label: identity.label).text)
                }
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
