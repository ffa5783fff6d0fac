import Foundation
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportRepository
import RevisionStore
import SyncServer
import Testing

/// After the county put a backup in the place of its repository, a township's pull says so in plain words and lists
/// the county's return (with its correction request) and comment that the county no longer has (rr99 F3): it had said
/// `已是最新`, and the township went on showing 已退回.
@Suite struct RestoredCountyWordingTests {
    /// The township (常张乡) pulled the county's return, with its correction request 表三请改, and 王审核's comment
    /// 第一段改; the county then restored a backup taken before both: `body` runs with the township's remote pointing
    /// at the restored county, served on 127.0.0.1.
    static func afterTheCountyRestored(_ body: @Sendable (CLIWorkspace) async throws -> Void) async throws {
        let (county, township) = (try CLIWorkspace(), try CLIWorkspace())
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["config", "author", "李四"])
        try county.run(["init", "--node", "县政务公开办"])
        try county.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        let token = try county.run(["token", "create", "--agency", "changzhang", "--label", "常张乡", "--json"]).json()
        let secret = try #require(token["token"] as? String)
        let backup = county.folder.url.appendingPathComponent("备份.sqlite").path
        let node = try ReportRepository.open(at: county.repository, logger: JSONShapeTests.logger)
        let app = buildNodeApplication(repository: node, configuration: .init(port: 0, logger: JSONShapeTests.logger))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for command in [
                ["remote", "add", "county", "http://127.0.0.1:\(port)", "--token", secret],
                ["commit", try township.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"],
                ["mark", "changzhang/2024", "submitted"], ["sync"],
            ] {
                let done = try await township.runServed(command)
                try #require(done.status == 0, "\(command): \(done.stderr)")
            }
            // The county backs up, then returns the report and writes a comment; the township pulls both
            _ = try await node.backup(to: backup)
            try await Task.sleep(for: .milliseconds(1_100))
            _ = try await node.mark("changzhang/2024", as: .returned, comment: "表三请改", author: "王审核")
            _ = try await node.addComment(
                on: "changzhang/2024", at: "section:一", text: "第一段改", by: Principal(author: "王审核"))
            try #require(try await township.runServed(["pull"]).status == 0)
        }
        // The county's backup, restored, served again (on another ephemeral port: the township's remote is pointed
        // there keeping what it remembered of the county, as for a county restored at the same address)
        let restoredPath = county.folder.url.appendingPathComponent("restored.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: restoredPath)
        let restored = try ReportRepository.open(at: restoredPath, logger: JSONShapeTests.logger)
        let again = buildNodeApplication(
            repository: restored, configuration: .init(port: 0, logger: JSONShapeTests.logger))
        try await again.test(.live) { client in
            let store = try RevisionStore.open(at: township.repository, logger: JSONShapeTests.logger)
            let remembered = try await store.write { try $0.remoteSyncState(remote: "county") }
            let moved = try await township.runServed(
                ["remote", "add", "county", "http://127.0.0.1:\(try #require(client.port))", "--token", secret])
            try #require(moved.status == 0, "\(moved.stderr)")
            try await store.write { try $0.setRemoteSyncState(remembered, remote: "county") }
            try await body(township)
        }
    }

    @Test func aPullAfterTheCountyRestoredABackupListsWhatItNoLongerHas() async throws {
        try await Self.afterTheCountyRestored { township in
            let pulled = try await township.runServed(["pull"])

            #expect(pulled.status == 0, "\(pulled.stderr)")
            let text = pulled.stdout
            #expect(text.contains("注意：县政务公开办 的仓库回到了以前的备份（县里从备份恢复过）"), "\(text)")
            #expect(text.contains("常张乡人民政府 2024 年度报告  已退回 第 1 版（王审核，"), "\(text)")
            #expect(text.contains("：表三请改）：县里已没有；本节点也去掉了这个标记，现在显示县里的状态"), "\(text)")
            #expect(text.contains("王审核 的批注（"), "\(text)")
            #expect(text.contains("“第一段改”：县里已没有；本节点仍保留"), "\(text)")
            let reports = try await township.runServed(["reports"]).stdout
            #expect(reports.contains("常张乡人民政府  已报送"), "\(reports)")
        }
    }

    /// `pull --json` carried nothing of it: a program reading the township's pulls (the county's collection scripts)
    /// could not know that the county lost its return and comment. It now lists them under `lostThere`.
    @Test func aPullInJSONListsWhatTheRestoredCountyNoLongerHas() async throws {
        try await Self.afterTheCountyRestored { township in
            var checked = Set<String>()

            let output = try JSONShape.expect(
                try await township.runServed(["pull", "--json"]), is: "sync", checked: &checked)

            let pull = try #require(output["pull"] as? [String: Any])
            #expect(pull["remoteWentBack"] as? Bool == true)
            let lost = try #require(pull["lostThere"] as? [[String: Any]])
            #expect(lost.count == 1)
            let report = try #require(lost.first)
            #expect(report["report"] as? String == "changzhang/2024")
            #expect(report["agencyName"] as? String == "常张乡人民政府")
            #expect(report["year"] as? Int == 2024)
            let marks = try #require(report["marks"] as? [[String: Any]])
            #expect(marks.map { $0["mark"] as? String } == ["returned"])
            #expect(marks.first?["person"] as? String == "王审核")
            let comment = try #require(marks.first?["comment"] as? [String: Any])
            #expect(comment["text"] as? String == "表三请改")
            #expect(comment["author"] as? String == "王审核")
            #expect((marks.first?["moved"] as? String)?.hasSuffix("Z") == true)
            let notes = try #require(report["notes"] as? [[String: Any]])
            #expect(notes.map { $0["text"] as? String } == ["第一段改"])
            #expect(notes.first?["author"] as? String == "王审核")
            #expect(notes.first?["kind"] as? String == "comment")
            // A second pull has nothing more to say
            let again = try await township.runServed(["pull", "--json"]).json()
            let second = try #require(again["pull"] as? [String: Any])
            #expect(second["remoteWentBack"] as? Bool == false)
            #expect((second["lostThere"] as? [Any])?.isEmpty == true)
        }
    }
}
