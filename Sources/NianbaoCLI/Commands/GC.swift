import ArgumentParser
import Foundation
import ReportRepository

extension Nianbao {
    /// `nianbao gc`: remove what nothing reaches.
    struct GC: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gc", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.gc.abstract, discussion: CommandHelp.gc.discussion)

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let report = try await repository.open().collectGarbage()
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    GarbageJSON(
                        removed: report.removed, bytes: report.bytes, kept: report.kept, recent: report.recent,
                        packed: report.packed))
            case .text:
                Output.print(Message.gcSummary(report).text)
            }
        }
    }
}

/// `gc --format json`: what was removed and kept.
struct GarbageJSON: JSONOutput {
    let removed: Int
    let bytes: Int
    let kept: Int
    let recent: Int
    /// Objects now kept as deltas against the pieces that replaced them in later revisions.
    let packed: Int
}
