import Foundation
import Testing

/// Two revisions of one number shown in one line are told apart by office and person, as the pages tell them apart
/// (`RevisionNames`). Before: after a sync conflict `reports` said `第 2 版 … 已退回 第 2 版`, the township's edit and
/// the county's returned version alike, without saying which was which.
@Suite struct SameNumberWordingTests {
    static let report = ["--agency", "changzhang", "--year", "2024"]
    static let clerk = ["--author", "李明"]
    static let reviewer = ["--author", "王审核"]

    @Test func reportsTellsTheReturnedVersionFromTheDraftOfTheSameNumber() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt")] + Self.report + Self.clerk)
        try township.run(["mark", "changzhang/2024", "submitted"] + Self.clerk)
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            // The county corrects 第 1 版 and returns its 第 2 版; the clerk meanwhile edits 第 1 版 into another 第 2 版
            try await county.runServed(
                ["commit", try county.writeSample("c.txt", table3Cell: "4")] + Self.report + Self.reviewer)
            try await county.runServed(["mark", "changzhang/2024", "returned", "--comment", "请核对表三"] + Self.reviewer)
            try await township.runServed(
                ["commit", try township.writeSample("a.txt", table3Cell: "3")] + Self.report + Self.clerk)
            let pulled = try await township.runServed(["pull"])
            #expect(pulled.status == 3)
            // The pull names the returned version as the county's, beside the clerk's draft of the same number
            #expect(pulled.stdout.contains("已退回 → 第 2 版（县政务公开办 王审核）"), "\(pulled.stdout)")
            // with its comment once, not the mark's name twice (已退回 → 第 2 版  已退回 退回意见：…)
            #expect(pulled.stdout.contains("王审核）  退回意见：请核对表三（王审核）"), "\(pulled.stdout)")
            #expect(!pulled.stdout.contains("  已退回 退回意见"), "\(pulled.stdout)")
            let reports = try await township.runServed(["reports"]).stdout
            let line = try #require(reports.split(separator: "\n").first { $0.hasPrefix("changzhang/2024") })
            #expect(line.contains("第 2 版（常张乡 李明）"), "\(reports)")
            #expect(line.contains("已退回 第 2 版（县政务公开办 王审核）"), "\(reports)")
            // A mark on a version of a number of its own is named by its number alone
            #expect(line.contains("已报送 第 1 版、"), "\(reports)")
            let english = try await township.runServed(["reports", "--lang", "en"]).stdout
            #expect(english.contains("returned version 2 (县政务公开办 王审核)"), "\(english)")
        }
    }
}
