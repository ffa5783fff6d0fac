import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// A repository file is made in 1 KiB pages (`RevisionStore.pageSize`), and `gc` rewrites a file an earlier nianbao
/// made in 4 KiB pages when nothing else has it open: most of a repository's tables are empty, and each takes a page.
@Suite struct PageSizeTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// The page size and journal mode of a repository file, read through a connection of its own.
    static func pages(of path: String) throws -> (size: Int, mode: String) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0,
                try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
            )
        }
    }

    /// A repository with three revisions, then rewritten in 4 KiB pages as an earlier nianbao made it.
    static func olderRepository(at path: String) async throws -> [ObjectID] {
        var revisions: [ObjectID] = []
        do {
            let store = try RevisionStore.create(at: path, node: "县政务公开办", logger: StoreTestSupport.logger)
            let report = SampleReport.make(paragraphs: 6)
            for (index, value) in ["", "7", "8"].enumerated() {
                let edited = index == 0 ? report : SampleReport.settingTable3Cell(of: report, index: 2, to: value)
                revisions.append(
                    try await StoreTestSupport.commit(edited, as: key, in: store, message: "第\(index)稿").0)
            }
        }
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "VACUUM")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try queue.close()
        return revisions
    }

    @Test func aNewRepositoryIsMadeInOneKibibytePagesInWALMode() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        do {
            let store = try RevisionStore.create(at: path, node: "常张乡", logger: StoreTestSupport.logger)
            try await StoreTestSupport.commit(SampleReport.make(), as: Self.key, in: store, message: "初稿")
        }
        let (size, mode) = try Self.pages(of: path)
        #expect(size == RevisionStore.pageSize)
        #expect(size == 1024)
        #expect(mode == "wal")
    }

    @Test func gcRewritesAnOlderFileInOneKibibytePagesKeepingEveryRevision() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        // Given a repository in 4 KiB pages, as nianbao made them before
        let revisions = try await Self.olderRepository(at: path)
        #expect(try Self.pages(of: path).size == 4096)
        let before = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)

        // When gc runs with nothing to remove and nothing else holding the file
        let store = try RevisionStore.open(at: path, access: .singleConnection, logger: StoreTestSupport.logger)
        let report = try await store.collectGarbage(arrivedBefore: Date())
        #expect(report.removed == 0)

        // Then the file is in 1 KiB pages, back in WAL mode, smaller, and holds every revision as before
        let (size, mode) = try Self.pages(of: path)
        #expect(size == 1024)
        #expect(mode == "wal")
        let after = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(after < before)
        for revision in revisions {
            #expect(try await store.read { try $0.requireRevision(revision) }.report == Self.key)
        }
        #expect(try await store.verify().isClean)
        // And a commit after it goes on in the rewritten file
        try await StoreTestSupport.commit(
            SampleReport.settingTable3Cell(of: SampleReport.make(paragraphs: 6), index: 2, to: "9"), as: Self.key,
            in: store, message: "第3稿")
        #expect(try await store.verify().isClean)
    }

    @Test func gcLeavesThePagesOfAFileAnotherConnectionHolds() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let revisions = try await Self.olderRepository(at: path)
        // Given another connection with the file open (a server reading it)
        let other = try DatabaseQueue(path: path)
        defer { try? other.close() }
        _ = try await other.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM object") }

        // When gc runs
        let store = try RevisionStore.open(
            at: path, access: .singleConnection, busyTimeout: 2, logger: StoreTestSupport.logger)
        let report = try await store.collectGarbage(arrivedBefore: Date())

        // Then it succeeds, the file keeps its pages and WAL mode, and both connections read every revision
        #expect(report.removed == 0)
        let (size, mode) = try Self.pages(of: path)
        #expect(size == 4096)
        #expect(mode == "wal")
        for revision in revisions {
            #expect(try await store.read { try $0.requireRevision(revision) }.report == Self.key)
        }
        #expect(try await other.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM revision") } == 3)
    }

    /// A file in rollback-journal mode — a page-size rewrite cut off, a backup restored (`VACUUM INTO` writes one
    /// so) — is put back in WAL mode when a command or a server opens it to write alone; gc leaves such a file's
    /// pages while another connection has it open (rv106 F2: gc had rewritten a restored backup under a server).
    @Test(arguments: [RevisionStore.Access.singleConnection, .readWrite])
    func aFileInRollbackModeIsBackInWALModeOnceOpenedToWrite(access: RevisionStore.Access) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let revisions = try await Self.olderRepository(at: path)
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        }
        try queue.close()
        #expect(try Self.pages(of: path).mode == "delete")
        let store = try RevisionStore.open(at: path, access: access, logger: StoreTestSupport.logger)
        #expect(try Self.pages(of: path).mode == "wal")
        #expect(try await store.read { try $0.requireRevision(revisions[0]) }.report == Self.key)
    }

    @Test func gcLeavesTheFileOfAnotherConnectionInRollbackModeAsItIs() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        _ = try await Self.olderRepository(at: path)
        let other = try DatabaseQueue(path: path)
        defer { try? other.close() }
        try await other.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        }
        let store = try RevisionStore.open(
            at: path, access: .singleConnection, busyTimeout: 2, logger: StoreTestSupport.logger)
        _ = try await store.collectGarbage(arrivedBefore: Date())
        #expect(try await other.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
    }
}
