import Foundation
import ReportFixtures
import ReportRepository
import RevisionStore
import Testing

/// Messages a clerk or a reviewer reads name offices and 第 N 版, and say what to do.
@Suite struct ClerkWordingTests {
    /// A refused publish names the office and the version: it had said `报告 changzhang/2023 的修订 7fcfbbc8 不能公开`.
    @Test func aRefusedPublishNamesTheOfficeAndTheVersion() throws {
        let county = try CLIWorkspace()
        defer { county.remove() }
        try county.run(["init", "--node", "县政务公开办"])
        try county.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        try county.run(["commit", try county.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"])
        let refused = try county.run(["mark", "changzhang/2024", "published"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("常张乡人民政府 2024 年度报告的第 1 版不能公开：这份报告还没有报送"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("的修订 "), "\(refused.stderr)")
    }

    /// After a first pull that was cut off (its revisions stored, its refs not yet taken), `reports` says so and to
    /// sync again: it had said `还没有报告：用 nianbao commit 或 nianbao import 添加`, and a clerk may start over.
    @Test func reportsAfterAnInterruptedFirstPullSaysToSyncAgain() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        #expect(try township.run(["reports"]).stdout.contains("还没有报告：用 `nianbao commit` 或 `nianbao import` 添加"))
        try await county.serveCounty(to: township) { _ in
            try await county.runServed(
                ["commit", try county.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"])
            try await county.runServed(
                [
                    "commit", try county.writeSample("v2.txt", table3Cell: "4"), "--agency", "changzhang", "--year",
                    "2024",
                ])
            // Given the packs of a first pull stored and its refs not yet taken (the pull was cut off there)
            let served = try ReportRepository.open(at: county.repository, logger: JSONShapeTests.logger)
            let plan = try await served.pushPlan(to: "any", states: [], scope: .all)
            let objects = try await served.objects(plan.objects, scope: .all)
            let node = try ReportRepository.open(at: township.repository, logger: JSONShapeTests.logger)
            try await node.store(objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) }, from: "county")

            let listed = try await township.runServed(["reports"])

            #expect(listed.status == 0)
            #expect(listed.stdout.contains("已经从 county 收到 2 个修订，但拉取没有完成"), "\(listed.stdout)")
            #expect(listed.stdout.contains("请再运行 `nianbao sync`"), "\(listed.stdout)")
            #expect(!listed.stdout.contains("nianbao import"), "\(listed.stdout)")
            // And syncing again finishes it
            #expect(try await township.runServed(["sync"]).status == 0)
            #expect(try await township.runServed(["reports"]).stdout.contains("changzhang/2024"))
        }
    }
}
