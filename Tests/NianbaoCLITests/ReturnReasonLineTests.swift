import Foundation
import Testing

/// A return reason of two lines was printed by `pull` with its second line at the left margin, breaking the
/// report's line (user review rv117, M9); `reports` and `log` wrote the break as ` ⏎ `, and so does `pull` now.
@Suite struct ReturnReasonLineTests {
    @Test func aTwoLineReasonStaysOnThePulledReportsLine() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let report = ["--agency", "changzhang", "--year", "2024"]
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt")] + report)
        try township.run(["mark", "changzhang/2024", "submitted"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            try await county.runServed([
                "mark", "changzhang/2024", "returned", "--comment", "第五部分有县里的批改记号未删。\n表二行政许可12件请核对原始台账。",
                "--author", "王审核",
            ])

            let pulled = try await township.runServed(["pull"])

            #expect(
                pulled.stdout.contains("退回意见：第五部分有县里的批改记号未删。 ⏎ 表二行政许可12件请核对原始台账。（王审核）"),
                "\(pulled.stdout)")
            #expect(!pulled.stdout.split(separator: "\n").contains { $0.hasPrefix("表二") }, "\(pulled.stdout)")
        }
    }
}
