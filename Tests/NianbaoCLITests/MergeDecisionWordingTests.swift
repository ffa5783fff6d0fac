import Foundation
import ReportFixtures
import Testing

/// `merge --take ours` wrote which place kept whose change only into the merge revision (ux96 finding 1's fix), for
/// the other side to read; the person merging was told only that the conflict was closed. The decisions are printed
/// at the terminal too.
@Suite struct MergeDecisionWordingTests {
    @Test func aMergeSaysAtTheTerminalWhoseChangeWasNotTaken() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let first = try township.writeSample("v1.txt")
        let townshipEdit = try township.writeSample("t.txt", table3Cell: "3")
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", first, "--agency", "changzhang", "--year", "2024", "-m", "初稿"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            try await county.runServed([
                "commit", try county.writeSample("c.txt", table3Cell: "5"), "--agency", "changzhang", "--year", "2024",
                "-m", "县改",
            ])
            try await township.runServed(["commit", townshipEdit, "--agency", "changzhang", "--year", "2024"])
            #expect(try await township.runServed(["sync"]).status == 3)

            let merged = try await township.runServed(["merge", "changzhang/2024", "--take", "ours"])

            #expect(merged.status == 0, "\(merged.stderr)")
            let lines = merged.stdout.split(separator: "\n").map(String.init)
            let decision = try #require(lines.first { $0.contains("：保留 ") }, "\(merged.stdout)")
            #expect(decision.hasPrefix("  三、"), "\(decision)")
            #expect(decision.hasSuffix("：保留 常张乡 测试员 的，未采用 县政务公开办 测试员 的修改"), "\(decision)")
            // The same words as the revision records
            let log = try await township.runServed(["log", "changzhang/2024", "-n", "1"])
            #expect(log.stdout.contains(decision.trimmingCharacters(in: .whitespaces)), "\(log.stdout)")
        }
    }
}
