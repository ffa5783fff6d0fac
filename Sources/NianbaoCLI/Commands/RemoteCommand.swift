import ArgumentParser
import Foundation
import ReportRepository

extension Nianbao {
    /// `nianbao remote add|list|remove`: the nodes this one syncs with.
    struct RemoteCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remote", abstract: "Add, list and remove the nodes this one syncs with.",
            subcommands: [Add.self, List.self, Remove.self])

        /// `nianbao remote add NAME URL --token T`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: "Add a remote node (or change its URL and token).")

            @Argument(help: "A short name for it (county).")
            var name: String

            @Argument(help: "Its server's address: http://HOST:PORT.")
            var url: String

            @Option(name: .long, help: "The token that node issued to this office.")
            var token: String

            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                try await repository.open().addRemote(Remote(name: name, url: url, token: token))
                Output.print("Remote \(name) is \(url).")
            }
        }

        /// `nianbao remote list`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the remote nodes.")

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let remotes = try await repository.open(.readOnly).remotes()
                switch output.chosen {
                case .json:
                    try Output.printJSON(RemotesJSON(remotes: remotes.map { .init(name: $0.name, url: $0.url) }))
                case .text:
                    if remotes.isEmpty {
                        Output.print("No remotes. Add one with `nianbao remote add NAME URL --token T`.")
                    }
                    for remote in remotes { Output.print("\(remote.name)\t\(remote.url)") }
                }
            }
        }

        /// `nianbao remote remove NAME`.
        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a remote node.")

            @Argument(help: "The remote's name.")
            var name: String

            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                try await repository.open().removeRemote(named: name)
                Output.print("Remote \(name) removed.")
            }
        }
    }
}
