import Foundation
import ReportFixtures
import Testing

/// Working offline, the clerk committed and 报送ed on her computer, and `reports` said 已报送 第 2 版 exactly as after
/// a push: nothing told her the county had not got it (user review rv117, F6). `reports` now says what a push would
/// send, until it is sent.
@Suite struct UnsentReportsTests {
    @Test func reportsSaysWhatTheCountyHasNotGotYet() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            #expect(try await township.runServed(["pull"]).status == 0)
            let sent = try await township.runServed(["reports"])
            #expect(!sent.stdout.contains("还没有推送"), "\(sent.stdout)")
            // Offline: a new version and its 报送, not pushed
            try await township.runServed([
                "commit", try township.writeSample("v2.txt", table3Cell: "7"), "--agency", "changzhang", "--year",
                "2024",
            ])
            try await township.runServed(["mark", "changzhang/2024", "submitted"])

            let waiting = try await township.runServed(["reports"])

            #expect(waiting.stdout.contains("还没有推送到 县政务公开办"), "\(waiting.stdout)")
            #expect(waiting.stdout.contains("常张乡人民政府 2024 年度报告 第 2 版、已报送。"), "\(waiting.stdout)")
            #expect(try await township.runServed(["push"]).status == 0)
            let pushed = try await township.runServed(["reports"])
            #expect(!pushed.stdout.contains("还没有推送"), "\(pushed.stdout)")
        }
    }
}
