import ArgumentParser
import Foundation
import ReportRepository

extension Nianbao {
    /// `nianbao gc`: remove what nothing reaches.
    struct GC: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gc",
            abstract: "Remove objects nothing reaches (such as the batches of a push that never finished).",
            discussion: """
                Keeps everything reachable from any draft, head, mark, remote ref or conflict, and what a push brought
                in the last day (it may still be running); removes the rest, then gives the space back to the file
                system. Run `nianbao fsck` after it to check the repository.
                """)

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let report = try await repository.open().collectGarbage()
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        GarbageJSON(
                            removed: report.removed, bytes: report.bytes, kept: report.kept, recent: report.recent))
                case .text:
                    Output.print(
                        "gc：删除 \(report.removed) 个对象（\(report.bytes) 字节），保留 \(report.kept) 个"
                            + (report.recent > 0 ? "，其中 \(report.recent) 个来自最近一天内的推送，一天后才会删除。" : "。"))
                }
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
}
