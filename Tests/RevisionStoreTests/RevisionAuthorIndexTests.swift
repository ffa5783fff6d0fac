import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// Who made each revision is kept in the revision index (schema 20), so that a walk of a report's history by its
/// authors reads index rows, not every revision object: an older file gets it filled when it is opened, a revision
/// whose author the index lacks is read from its object, and `fsck` names an index that says otherwise.
@Suite struct RevisionAuthorIndexTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A store of three revisions in a line, by 李明, 王审核 and 李明 again (oldest first).
    static func threeRevisions(at path: String) async throws -> [ObjectID] {
        let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
        var ids: [ObjectID] = []
        for (index, author) in ["李明", "王审核", "李明"].enumerated() {
            var report = SampleReport.make()
            report.title = (report.title ?? "") + String(repeating: "。", count: index)
            let edited = report
            let time = Date(timeIntervalSince1970: 1_736_300_000 + Double(index) * 60)
            let id = try await store.write { writer in
                let (root, objects) = ObjectGraph.objects(of: edited)
                try writer.put(objects)
                let head = try writer.ref(.draft, of: key)?.revision
                let revision = EncodedObject(
                    .revision(
                        RevisionContent(
                            report: key, root: root, parents: head.map { [$0] } ?? [], author: author,
                            node: "county", time: time, message: "第 \(index + 1) 次修改")))
                try writer.put([revision])
                try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head), at: time)
                return revision.id
            }
            ids.append(id)
        }
        return ids
    }

    /// The store of ``threeRevisions(at:)`` in a folder, its revision index then changed behind its back by `indexEdit`.
    static func store(
        in folder: TemporaryDirectory, indexEdit: String
    ) async throws -> (store: RevisionStore, ids: [ObjectID]) {
        let path = folder.path("repository.sqlite").path
        let ids = try await threeRevisions(at: path)
        let store = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        try await store.writer.write { db in try db.execute(sql: indexEdit) }
        return (store, ids)
    }

    @Test func theWalkReadsWhoMadeEachRevisionNewestFirst() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let ids = try await Self.threeRevisions(at: folder.path("repository.sqlite").path)
        let store = try RevisionStore.open(at: folder.path("repository.sqlite").path, logger: StoreTestSupport.logger)
        let headers = try await store.read { try $0.recentRevisions(from: ids[2], limit: 200) }
        #expect(headers.map(\.id) == ids.reversed())
        #expect(headers.map(\.author) == ["李明", "王审核", "李明"])
        #expect(headers.map(\.parents) == [[ids[1]], [ids[0]], []])
        #expect(headers.map(\.time.timeIntervalSince1970) == [1_736_300_120, 1_736_300_060, 1_736_300_000])
        // The walk stops at its limit
        #expect(try await store.read { try $0.recentRevisions(from: ids[2], limit: 2) }.map(\.id) == [ids[2], ids[1]])
    }

    @Test func aVersion19FileGetsItsAuthorsWhenItIsOpened() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a file of schema 19 holding three revisions
        let path = folder.path("repository.sqlite").path
        let ids = try await Self.threeRevisions(at: path)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try StoreTestSupport.undoVersion20($0) }
        #expect(try await queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 19)
        try queue.close()
        // When this version opens it
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then the index names who made each, and the file is clean
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        let authors = try await upgraded.writer.read { db in
            try String.fetchAll(db, sql: "SELECT author FROM revision ORDER BY time")
        }
        #expect(authors == ["李明", "王审核", "李明"])
        #expect(
            try await upgraded.read { try $0.recentRevisions(from: ids[2], limit: 200) }.map(\.author)
                == ["李明", "王审核", "李明"])
        #expect(try await upgraded.verify().isClean)
    }

    @Test func aRevisionTheIndexHasNoAuthorForIsReadFromItsObject() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given an index that lacks the author of the middle revision (as the migration leaves one it cannot read)
        let (store, ids) = try await Self.store(
            in: folder, indexEdit: "UPDATE revision SET author = NULL WHERE author = '王审核'")
        // Then the walk still names 王审核
        #expect(
            try await store.read { try $0.recentRevisions(from: ids[2], limit: 200) }.map(\.author)
                == ["李明", "王审核", "李明"])
        #expect(try await store.verify().isClean)
    }

    @Test func fsckNamesAnIndexThatGivesAnotherAuthor() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given an index that says 李明 made 王审核's revision
        let (store, ids) = try await Self.store(
            in: folder, indexEdit: "UPDATE revision SET author = '李明' WHERE author = '王审核'")
        // Then fsck names that revision's index entry, and rebuilding the index mends it
        let report = try await store.verify()
        #expect(report.problems.map(\.kind) == [.index])
        #expect(report.problems.first?.object == ids[1])
        _ = try await store.rebuildIndexes()
        #expect(try await store.verify().isClean)
        #expect(
            try await store.read { try $0.recentRevisions(from: ids[2], limit: 200) }.map(\.author)
                == ["李明", "王审核", "李明"])
    }
}
