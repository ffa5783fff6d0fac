import ArgumentParser
import ReportParser
import SyncClient

/// Work a command needs soon after it starts, begun on another thread while ArgumentParser reads the command line:
/// on two cores the two overlap instead of following each other.
enum CommandWarmUp {
    /// The commands that parse a report file first thing: the parser's tables (``ReportParser/prepare()``, about
    /// 10 M instructions, an eighth of a `nianbao commit`).
    static let readingReports: [any ParsableCommand.Type] = [
        Nianbao.Parse.self, Nianbao.Check.self, Nianbao.Diff.self, Nianbao.Merge3.self, Nianbao.Commit.self,
        Nianbao.Import.self,
    ]

    /// The commands that talk to a remote node: the process's HTTP client, its event-loop threads and connection
    /// pool (``SyncClient/prepareSharedHTTPClient()``: two threads started and about 1 M instructions).
    static let talkingToRemotes: [any ParsableCommand.Type] = [
        Nianbao.Pull.self, Nianbao.Push.self, Nianbao.SyncCommand.self,
    ]

    /// Starts the warm-up of the command the line starts with, if it has one; otherwise does nothing.
    static func start(for arguments: [String]) {
        guard let name = arguments.first, let command = CommandLineReader.command(named: name) else { return }
        let named = ObjectIdentifier(command)
        if readingReports.contains(where: { ObjectIdentifier($0) == named }) {
            Task.detached(priority: .userInitiated) { ReportParser.prepare() }
        } else if talkingToRemotes.contains(where: { ObjectIdentifier($0) == named }) {
            SyncClient.prepareSharedHTTPClient()
        }
    }
}
