import ArgumentParser
import Foundation
import Logging
import ReportRepository
import SyncServer
import WebUI

extension Nianbao {
    /// `nianbao serve`: run this node's server over its repository.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.serve.abstract, discussion: CommandHelp.serve.discussion)

        @Option(name: .long, help: OptionHelp.host.help)
        var host = "127.0.0.1"

        @Option(name: .long, help: OptionHelp.port.help)
        var port = 8080

        @Flag(name: .long, help: OptionHelp.readOnly.help)
        var readOnly = false

        @Flag(name: .long, help: OptionHelp.secureCookies.help)
        var secureCookies = false

        @OptionGroup var repository: RepositoryOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError(Message.portRange.text) }
        }

        func run() async throws {
            let file = try repository.existingFile()
            let readOnly = self.readOnly || !ReportRepository.canWrite(file)
            let repository = try repository.open(readOnly ? .readOnly : .readWrite)
            let node = try await repository.nodeName()
            // (a backup put back in the repository's place: recorded once, before anyone opens the pages)
            if !readOnly, let restored = await repository.recordRestoredBackup() {
                Output.diagnose(ServeMessage.restoredBackup(restored).text)
            }
            let configuration = NodeServerConfiguration(host: host, port: port, logger: CLILogging.logger)
            let host = self.host
            // The node's kept anti-forgery key: a form opened before a restart is still taken after it (a read-only
            // node keeps no key, nor sessions, and makes a new key each time).
            let formKey = readOnly ? nil : try await repository.webFormKey()
            let application = buildNodeWebApplication(
                repository: repository, configuration: configuration,
                web: WebConfiguration(csrfKey: formKey, secureCookies: secureCookies)
            ) { port in
                // (on every address, the start line names this computer's own; the next says where others connect)
                let shown = ServerAddresses.isEveryAddress(host) ? "127.0.0.1" : host
                Output.diagnose(
                    Message.serving(node: node, file: file, readOnly: readOnly, address: "http://\(shown):\(port)").text
                )
                if ServerAddresses.isLoopback(host) {
                    Output.diagnose(
                        ServeMessage.loopbackOnly(port: port, addresses: ServerAddresses.ofThisComputer()).text)
                } else if ServerAddresses.isEveryAddress(host) {
                    Output.diagnose(ServeMessage.reachAt(port: port, addresses: ServerAddresses.ofThisComputer()).text)
                }
            }
            // A server that writes runs gc once a day on its own (checked every hour).
            let collection = readOnly ? nil : Task { await DailyCollection.run(repository) }
            do {
                try await runUntilStopped(application, host: host, port: port)
            } catch let error as ServerStartError {
                collection?.cancel()
                throw CLIError(ServeMessage.cannotStart(error).text)
            }
            // Stopped (Ctrl-C, SIGTERM): the file is closed, its log checkpointed and removed, so that nothing of this
            // run lies beside it (a backup copied over it later would otherwise meet this run's -wal).
            collection?.cancel()
            await collection?.value
            do {
                try repository.close()
            } catch {
                CLILogging.logger.warning("the repository was not closed cleanly: \(error)")
            }
        }
    }
}
