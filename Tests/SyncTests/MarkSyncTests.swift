import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// Marks over sync, as a reporting season showed them going wrong: a stale computer's `submitted` moved the
/// county's mark off another computer's submission; a pulled return took the puller's clock, so a township that
/// submitted after it showed 已退回; a county restored from a backup moved the townships' marks back; a township
/// could set the county's marks on its own node.
@Suite struct MarkSyncTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    static func status(_ key: ReportKey, on node: TestNode) async throws -> ReportStatus? {
        try await node.repository.reports().first { $0.report == key }?.status
    }

    static func mark(_ mark: Mark, of key: ReportKey, on node: TestNode) async throws -> ObjectID? {
        try await node.repository.marks(of: key).first { $0.mark == mark }?.revision
    }

    /// Marks are set to the second: the next move must come at least one second later to be later.
    static func nextSecond() async throws { try await Task.sleep(for: .milliseconds(1_100)) }

    /// Two computers of one township: the one that has not synced submits after the other did. Its push is told
    /// the mark moved there meanwhile (`stale`), and the first submission stands on the county.
    @Test func aStaleComputersSubmissionDoesNotMoveTheCountysMark() async throws {
        let county = try TestNode("county")
        let first = try TestNode("常张乡")
        let second = try TestNode("常张乡-2")
        defer {
            county.remove()
            first.remove()
            second.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await first.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            _ = try await first.client(port: port, token: token).sync()
            _ = try await second.client(port: port, token: token).sync()
            // The first computer edits and submits: the first push of the mark, nothing seen there, creates it
            let mine = try await first.editCell(Self.key, index: 1, to: "7", time: testTime(10))
            _ = try await first.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            let pushed = try await first.client(port: port, token: token).push()
            #expect(pushed.results.first { $0.ref == .mark(.submitted) }?.status == .created)
            #expect(try await Self.mark(.submitted, of: Self.key, on: county) == mine.revision.id)
            // The second, without pulling, edits elsewhere and submits its own revision
            let theirs = try await second.editParagraph(Self.key, index: 0, to: "第二台电脑改的段落。", time: testTime(20))
            _ = try await second.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            let stale = try await second.client(port: port, token: token).push()
            let result = try #require(stale.results.first { $0.ref == .mark(.submitted) })
            #expect(result.status == .stale)
            #expect(result.current == mine.revision.id)
            // (said as a mark this computer never pulled: the version it submits does not hold the first one's)
            #expect(stale.staleMarks.map(\.seenBefore) == [false])
            // The first submission stands on the county
            #expect(try await Self.mark(.submitted, of: Self.key, on: county) == mine.revision.id)
            #expect(try await Self.mark(.submitted, of: Self.key, on: county) != theirs.revision.id)
        }
    }

    /// The county returns the report; the township, before it pulls, edits and submits. After the sync both nodes
    /// show 已报送: the return came first on both, because the township keeps the time the county set it.
    @Test func aReturnPulledAfterALaterSubmissionKeepsTheCountysTime() async throws {
        let county = try TestNode("county")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "赵六")
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            try await Self.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "请补充表四", author: "王审核")
            // The township answers before it has seen the return
            try await Self.nextSecond()
            try await township.editCell(Self.key, index: 1, to: "7", time: testTime(20))
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "赵六")
            try await Self.nextSecond()
            let synced = try await client.sync()
            #expect(synced.pull.reports.first?.marks[.returned] != nil)
            #expect(try await Self.status(Self.key, on: township) == .submitted)
            #expect(try await Self.status(Self.key, on: county) == .submitted)
            let here = try #require(try await township.repository.marks(of: Self.key).first { $0.mark == .returned })
            let there = try #require(try await county.repository.marks(of: Self.key).first { $0.mark == .returned })
            #expect(here.moved == there.moved)
            // And it stays so
            _ = try await client.sync()
            #expect(try await Self.status(Self.key, on: township) == .submitted)
        }
    }

    /// The county restores a backup taken before the township's last submission (and before its second return).
    /// The township's next sync keeps its submission, sends it again, and never makes an answered return the
    /// report's status; the county's older return it takes is said to be older.
    @Test func aCountyRestoredFromABackupDoesNotMoveTheTownshipsMarksBack() async throws {
        let county = try TestNode("county")
        let township = try TestNode("常张乡")
        let restoredFolder = try TemporaryDirectory(prefix: "nianbao-sync-restored")
        defer {
            county.remove()
            township.remove()
            restoredFolder.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let v1 = try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        let backup = restoredFolder.path("backup.sqlite").path
        let v2: CommitOutcome
        let v3: CommitOutcome
        v2 = try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "请核对表三新收申请", author: "王审核")
            _ = try await client.sync()
            _ = try await county.repository.backup(to: backup)
            // After the backup: the township answers, the county returns again, the township answers again
            try await Self.nextSecond()
            let v2 = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10))
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await client.sync()
            try await Self.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "表三第二行还是不对", author: "王审核")
            _ = try await client.sync()
            _ = try await client.sync()
            return v2
        }
        try await Self.nextSecond()
        v3 = try await township.editCell(Self.key, index: 2, to: "9", time: testTime(20))
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            #expect(try await Self.mark(.submitted, of: Self.key, on: county) == v3.revision.id)
        }
        #expect(try await Self.status(Self.key, on: township) == .submitted)
        #expect(try await Self.mark(.returned, of: Self.key, on: township) == v2.revision.id)

        // The county restores the backup: it has v1 submitted and returned, nothing later
        let restored = try TestNode(restoring: backup, name: "county")
        defer { restored.remove() }
        try await withServer(restored) { port in
            let client = township.client(port: port, token: token)
            let synced = try await client.sync()
            let pulled = try #require(synced.pull.reports.first { $0.report == Self.key })
            #expect(pulled.kept[.submitted]?.remote == v1.revision.id)
            #expect(pulled.kept[.submitted]?.here == v3.revision.id)
            #expect(pulled.marks[.submitted] == nil)
            #expect(pulled.older == [.returned])
            // The township's submission stands here, and is sent again
            #expect(try await Self.mark(.submitted, of: Self.key, on: township) == v3.revision.id)
            #expect(synced.push.results.first { $0.ref == .mark(.submitted) }?.status == .moved)
            #expect(try await Self.mark(.submitted, of: Self.key, on: restored) == v3.revision.id)
            // The county's return it has is the one answered long ago: both nodes show the submission
            #expect(try await Self.mark(.returned, of: Self.key, on: township) == v1.revision.id)
            #expect(try await Self.status(Self.key, on: township) == .submitted)
            #expect(try await Self.status(Self.key, on: restored) == .submitted)
            // A second sync changes nothing
            let again = try await client.sync()
            #expect(again.pull.reports.isEmpty)
            #expect(again.push.results.isEmpty)
            #expect(try await Self.status(Self.key, on: township) == .submitted)
        }
    }

    /// A township's node, which syncs with the county through the township's token, refuses 已退回 and 已公开: they
    /// would never be sent. The county's own node sets them.
    @Test func aTownshipNodeRefusesTheCountysMarks() async throws {
        let county = try TestNode("county")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await township.repository.addRemote(Remote(name: "county", url: "http://127.0.0.1:1", token: token))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
        }
        await #expect(throws: RepositoryError.countyOnlyHere(mark: .returned, remote: "county")) {
            try await township.repository.mark(
                Self.key.description, as: .returned, comment: "测试", author: "李娟")
        }
        await #expect(throws: RepositoryError.countyOnlyHere(mark: .published, remote: "county")) {
            try await township.repository.mark(Self.key.description, as: .published, author: "李娟")
        }
        let message = RepositoryError.countyOnlyHere(mark: .returned, remote: "county").description
        #expect(message.contains("只有县里才能设置“已退回”和“已公开”"))
        // The township's own mark is still set, and the county sets its marks on its own node
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        _ = try await county.repository.mark(
            Self.key.description, as: .returned, comment: "请核对", author: "王审核")
        #expect(try await township.repository.marks(of: Self.key).map(\.mark) == [.submitted])
    }
}

extension TestNode {
    /// A node whose repository is a copy of a backup file (a county restored from it).
    init(restoring backup: String, name: String) throws {
        self.name = name
        folder = try TemporaryDirectory(prefix: "nianbao-sync-\(name)")
        let path = folder.path("repository.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: path)
        repository = try ReportRepository.open(at: path, logger: Self.logger)
    }
}
