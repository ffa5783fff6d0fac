import ArgumentParser
import Foundation
import ReportRepository
import SyncServer
import WebUI

extension Nianbao {
    /// `nianbao serve`: run this node's server over its repository.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Run this node's server: the sync API under /v1 (Schema/sync-protocol.md) and the web pages.",
            discussion: """
                Listens on 127.0.0.1 unless --host says otherwise. Every request but /v1/info and the login page
                needs a token that `nianbao token create` issued on this node: in an `Authorization: Bearer` header,
                or typed into the login page at http://HOST:PORT/login. Stop it with Ctrl-C.

                A repository this user cannot write (an archived copy on read-only media) is served read-only, as
                with --read-only: pages and pulls work, pushes and marks are refused.
                """)

        @Option(name: .long, help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(name: .long, help: "The port to listen on (0: any free port, printed on start).")
        var port = 8080

        @Flag(name: .long, help: "Serve the repository read-only: nothing is ever written to it.")
        var readOnly = false

        @Flag(
            name: .long,
            help: "Mark the login cookie Secure (HTTPS only): set it when the node sits behind TLS.")
        var secureCookies = false

        @OptionGroup var repository: RepositoryOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        }

        func run() async throws {
            let file = try repository.existingFile()
            let readOnly = self.readOnly || !ReportRepository.canWrite(file)
            let repository = try repository.open(readOnly ? .readOnly : .readWrite)
            let node = try await repository.nodeName()
            let configuration = NodeServerConfiguration(host: host, port: port, logger: CLILogging.logger)
            let host = self.host
            let application = buildNodeWebApplication(
                repository: repository, configuration: configuration,
                web: WebConfiguration(secureCookies: secureCookies)
            ) { port in
                Output.diagnose(
                    "nianbao: node \(node) serving \(file)\(readOnly ? " read-only" : "") on http://\(host):\(port)")
            }
            try await runUntilStopped(application)
        }
    }
}
