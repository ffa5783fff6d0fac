import ArgumentParser
import Foundation
import ReportModel

/// `nianbao`: keep, compare, check and exchange 政府信息公开工作年度报告.
@main
struct Nianbao: AsyncParsableCommand {
    /// The program's name, which every command's usage line starts with.
    static let toolName = "nianbao"

    static let configuration = CommandConfiguration(
        commandName: toolName,
        abstract: CommandHelp.root.abstract,
        discussion: CommandHelp.root.discussion,
        version: "0.1.0",
        subcommands: [
            Parse.self,
            Check.self,
            Diff.self,
            Merge3.self,
            History.self,
            Blame.self,
            Init.self,
            Config.self,
            Commit.self,
            Import.self,
            Log.self,
            Show.self,
            Comments.self,
            Comment.self,
            Decide.self,
            Export.self,
            Draft.self,
            Reports.self,
            MarkCommand.self,
            Restore.self,
            Fsck.self,
            GC.self,
            Backup.self,
            Serve.self,
            Token.self,
            User.self,
            AgencyCommand.self,
            Audit.self,
            RemoteCommand.self,
            Pull.self,
            Push.self,
            SyncCommand.self,
            Conflicts.self,
            MergeCommand.self,
        ]
    )

    /// Runs the command line after taking `--lang` out of it; errors are printed with a prefix in the chosen
    /// language (`错误：` or `Error: `).
    static func main() async {
        let arguments = LanguageOption.apply(Array(CommandLine.arguments.dropFirst()))
        CommandWarmUp.start(for: arguments)
        do {
            var command = try CommandLineReader.parse(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if CLIExit.isBusy(error) {
                // Every command alike: scripts retry on 75.
                Output.diagnose(Message.errorPrefix.text + "\(error)")
                Foundation.exit(CLIExit.busy)
            }
            let code = exitCode(for: error)
            let message = ParserChrome.localized(fullMessage(for: error))
            if code == .success, !message.isEmpty {
                // Help and the version: ArgumentParser's words in the process's language, on standard output.
                Output.print(message)
                Foundation.exit(code.rawValue)
            }
            guard code != .success, message.hasPrefix("Error: ") else { exit(withError: error) }
            Output.diagnose(Message.errorPrefix.text + message.dropFirst("Error: ".count))
            Foundation.exit(code.rawValue)
        }
    }
}
