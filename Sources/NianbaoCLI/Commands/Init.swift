import ArgumentParser
import Foundation
import ReportRepository

extension Nianbao {
    /// `nianbao init`: create a repository.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.initialize.abstract)

        @OptionGroup var repository: RepositoryOptions

        @Option(help: OptionHelp.node.help)
        var node: String?

        @OptionGroup var output: FormatOptions

        func run() async throws {
            let path = repository.newFile()
            let name = node ?? Self.defaultNodeName(for: path)
            _ = try ReportRepository.create(at: path, node: name, logger: CLILogging.logger)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    InitJSON(repository: path, node: name, schemaVersion: ReportRepository.schemaVersion))
            case .text:
                Output.print(Message.created(path: path, node: name).text)
                Output.print(SetupMessage.initNextSteps.text)
            }
        }

        /// The folder holding `.nianbao/`, else the file's folder; the host name when that has no name.
        static func defaultNodeName(for path: String) -> String {
            var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            if folder.lastPathComponent == ".nianbao" { folder = folder.deletingLastPathComponent() }
            let name = folder.standardizedFileURL.lastPathComponent
            return name.isEmpty || name == "/" ? ProcessInfo.processInfo.hostName : name
        }
    }
}
