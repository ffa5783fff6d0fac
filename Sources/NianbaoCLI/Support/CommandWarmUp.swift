import ArgumentParser
import ReportParser

/// The parser's tables built on another thread while ArgumentParser reads the command line, for the commands that
/// read a report file soon after they start: on two cores the two overlap. The tables (``ReportParser/prepare()``)
/// are about 10 M instructions, an eighth of a `nianbao commit`.
enum ParserWarmUp {
    /// The commands that parse a report file first thing.
    static let commands: [any ParsableCommand.Type] = [
        Nianbao.Parse.self, Nianbao.Check.self, Nianbao.Diff.self, Nianbao.Merge3.self, Nianbao.Commit.self,
        Nianbao.Import.self,
    ]

    /// Starts building the tables when the command line starts with one of ``commands``; otherwise does nothing.
    static func start(for arguments: [String]) {
        guard let name = arguments.first, commands.contains(where: { $0.configuration.commandName == name }) else {
            return
        }
        Task.detached(priority: .userInitiated) { ReportParser.prepare() }
    }
}
