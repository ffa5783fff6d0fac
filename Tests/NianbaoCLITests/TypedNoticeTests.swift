import Foundation
import ReportModel
import ReportRepository
import Testing

/// A message a clerk typed in the words of Nianbao's restore notice, on new text, is not announced as a restore by
/// `push` nor translated as Nianbao's notice at the county: it is shown as typed, named as the clerk's (rr99 F4). A
/// real restore still is.
@Suite struct TypedNoticeTests {
    @Test func aTypedRestoreNoticeOnNewTextIsShownAsTyped() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["config", "author", "李四"])
        try await county.serveCounty(to: township) { _ in
            try await county.runServed(
                ["commit", try county.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"])
            try #require(try await township.runServed(["pull"]).status == 0)
            // The very words a restore of 第 1 版 would store: its author and minute
            let node = try ReportRepository.open(at: township.repository, logger: JSONShapeTests.logger)
            let first = try await node.resolve("changzhang/2024")
            let typed = RevisionMessage.restore(
                version: 1, revision: "", author: first.content.author,
                saved: BeijingTime.minute(first.content.time, in: BeijingTime.zone)
            ).chinese
            let committed = try await township.runServed(
                [
                    "commit", try township.writeSample("v2.txt", table3Cell: "4"), "--agency", "changzhang", "--year",
                    "2024", "-m", typed, "--author", "李四",
                ])
            try #require(committed.status == 0, "\(committed.stderr)")

            let pushed = try await township.runServed(["push"])

            #expect(pushed.status == 0, "\(pushed.stderr)")
            #expect(!pushed.stdout.contains("草稿  恢复为第 1 版"), "\(pushed.stdout)")
            #expect(pushed.stdout.contains("草稿  更新"), "\(pushed.stdout)")
            let english = try await county.runServed(["log", "changzhang/2024", "--lang", "en"]).stdout
            #expect(!english.contains("Restore version 1"), "\(english)")
            #expect(english.contains("Message typed by 李四: “\(typed)”"), "\(english)")
            let chinese = try await county.runServed(["log", "changzhang/2024"]).stdout
            #expect(chinese.contains("李四 写的说明：“\(typed)”"), "\(chinese)")

            // A real restore of 第 1 版 is announced and read in English as Nianbao's
            try #require(
                try await township.runServed(["restore", "changzhang/2024#1", "--author", "李四"]).status == 0)
            let restored = try await township.runServed(["push"])
            #expect(restored.stdout.contains("草稿  恢复为第 1 版"), "\(restored.stdout)")
            let after = try await county.runServed(["log", "changzhang/2024", "--lang", "en"]).stdout
            #expect(after.contains("    Restore version 1 (saved by \(first.content.author), "), "\(after)")
        }
    }
}
