import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// Revisions kept as deltas against their first parent (`Schema/store.md`, "Revision deltas").
@Suite struct DeltaTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// How each revision of the store is kept, oldest first: its row, codec and base row.
    static func revisionRows(_ store: RevisionStore) async throws -> [(row: Int64, codec: Int, base: Int64?)] {
        try await store.read { reader in
            try Row.fetchAll(
                reader.db, sql: "SELECT id, codec, base FROM object WHERE kind = ? ORDER BY id",
                arguments: [CompactBody.code(of: .revision)]
            )
            .map { ($0[0], $0[1], $0[2]) }
        }
    }

    @Test func aRevisionIsKeptAsADeltaAgainstItsFirstParentAndReadsBackUnderItsName() async throws {
        // Given a report committed, then edited twice
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make(paragraphs: 6)
        var revisions: [ObjectID] = []
        for (index, value) in ["", "7", "8"].enumerated() {
            let edited = index == 0 ? report : SampleReport.settingTable3Cell(of: report, index: 2, to: value)
            revisions.append(
                try await StoreTestSupport.commit(edited, as: Self.key, in: store, message: "第\(index)稿").0)
        }
        // Then the first revision is kept whole, and each later one as a delta against the one before
        let rows = try await Self.revisionRows(store)
        #expect(rows.map { $0.codec == StoredBody.delta } == [false, true, true])
        #expect(rows.map(\.base) == [nil, rows[0].row, rows[1].row])
        // In fewer bytes than the dictionary alone keeps it
        let (deltaBytes, wholeBytes) = try await store.read { reader in
            let record = try #require(try ObjectRecord.find(row: rows[2].row, in: reader.db))
            let whole = try StoredBody.encode(try record.compactBody(in: reader.db), in: reader.db).bytes
            return (record.body.count, whole.count)
        }
        #expect(deltaBytes < wholeBytes / 2)
        // And every revision reads back as the bytes of its name; fsck finds nothing wrong
        for revision in revisions {
            let object = try await store.read { try $0.object(revision) }
            #expect(object?.id == revision)
            #expect(try await store.read { try $0.requireRevision(revision) }.report == Self.key)
        }
        #expect(try await store.verify().isClean)
    }

    @Test func aChainOfDeltasStopsAtTheMostDeltasAReadExpands() async throws {
        // Given more revisions in a row than a chain of deltas may hold
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make()
        let count = StoredBody.maxDeltaDepth + 3
        for index in 0..<count {
            try await StoreTestSupport.commit(report, as: Self.key, in: store, message: "第\(index)次保存")
        }
        // Then every run of deltas is at most that long: the one after it is kept whole, and starts a new run
        let deltas = try await Self.revisionRows(store).map { $0.codec == StoredBody.delta }
        #expect(deltas == [false] + Array(repeating: true, count: StoredBody.maxDeltaDepth) + [false, true])
        #expect(try await store.verify().isClean)
    }

    @Test func aDamagedBaseIsReportedWithTheDeltasMadeAgainstIt() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a file whose report has three revisions, the later two kept as deltas
        let path = folder.path("repository.sqlite").path
        let store = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        var committed: [ObjectID] = []
        for index in 0..<3 {
            committed.append(
                try await StoreTestSupport.commit(SampleReport.make(), as: Self.key, in: store, message: "第\(index)稿").0
            )
        }
        let revisions = committed
        // When one byte of the author's name in the first revision's body (kept as it is: it is short) is flipped
        // behind the store's back; the later revisions take that name from it
        try await store.writer.write { db in
            let row = try #require(
                try Row.fetchOne(
                    db, sql: "SELECT body, codec FROM object WHERE hash = ?", arguments: [Data(revisions[0].bytes)]))
            #expect(row["codec"] as Int == StoredBody.plain)
            var bytes = [UInt8](row["body"] as Data)
            let author = Array("tester".utf8)
            let at = try #require(
                bytes.indices.first { bytes[$0...].starts(with: author) }, "the author's name is in the body")
            bytes[at] ^= 0x20
            try db.execute(
                sql: "UPDATE object SET body = ? WHERE hash = ?", arguments: [Data(bytes), Data(revisions[0].bytes)])
        }
        // Then fsck names all three revisions, and reading the latest fails clearly instead of giving other bytes
        let result = try await store.verify()
        #expect(Set(result.problems.map(\.object)) == Set(revisions))
        await #expect(throws: StoreError.self) {
            try await store.read { try $0.object(revisions[2]) }
        }
    }

    @Test func aDeltaWhoseBaseWasMadeToPointInACircleIsReportedNotFollowedForever() async throws {
        // Given two revisions, the second a delta against the first
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make()
        try await StoreTestSupport.commit(report, as: Self.key, in: store, message: "初稿")
        let (second, _) = try await StoreTestSupport.commit(report, as: Self.key, in: store, message: "二稿")
        let rows = try await Self.revisionRows(store)
        let delta = try #require(rows.last?.row)
        // When its base is changed behind the store's back to the delta itself
        try await store.writer.write { db in
            try db.execute(sql: "UPDATE object SET base = id WHERE id = ?", arguments: [delta])
        }
        // Then fsck names it as corrupt, and reading it fails with an error instead of looping
        let result = try await store.verify()
        #expect(result.problems.map(\.object) == [second])
        #expect(result.problems.first?.kind == .corrupt)
        // (the reason, for whoever reads the log: the chain is longer than any the store makes)
        let error = await #expect(throws: StoreError.self) {
            try await store.read { try $0.object(second) }
        }
        #expect(error?.description(in: .english).contains("longer than \(StoredBody.maxDeltaDepth)") == true)
    }

    @Test func aBaseAKeptDeltaNeedsCannotBeRemoved() async throws {
        // Given two revisions, the second a delta against the first
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make()
        try await StoreTestSupport.commit(report, as: Self.key, in: store, message: "初稿")
        try await StoreTestSupport.commit(report, as: Self.key, in: store, message: "二稿")
        let rows = try await Self.revisionRows(store)
        #expect(rows.last?.base == rows.first?.row)
        // When the first is deleted behind the store's back, then Then the transaction is refused as a whole
        let base = try #require(rows.first?.row)
        await #expect(throws: (any Error).self) {
            try await store.writer.write { db in
                try db.execute(sql: "DELETE FROM revision_parent")
                try db.execute(sql: "DELETE FROM revision WHERE object = ?", arguments: [base])
                try db.execute(sql: "DELETE FROM object WHERE id = ?", arguments: [base])
            }
        }
        // And the store still holds both, sound
        #expect(try await Self.revisionRows(store).count == 2)
        #expect(try await store.verify().isClean)
    }

    @Test func anOlderStoresRevisionsBecomeDeltasWhenItIsBroughtUpToDate() async throws {
        // Given a store at schema 13 with three revisions of a report, kept whole as schema 13 keeps everything
        let store = try RevisionStore.inMemory(upTo: "v13-merges", logger: StoreTestSupport.logger)
        let report = SampleReport.make()
        var committed: [ObjectID] = []
        for index in 0..<3 {
            let edited = SampleReport.settingTable3Cell(of: report, index: 1, to: "\(index + 5)")
            committed.append(
                try await StoreTestSupport.commit(edited, as: Self.key, in: store, message: "旧版\(index)").0)
        }
        let revisions = committed
        let otherRows = "SELECT id, hash, kind, body, codec FROM object WHERE kind != ? ORDER BY id"
        let revisionKind = CompactBody.code(of: .revision)
        let before = try await store.read { reader in
            try Row.fetchAll(reader.db, sql: otherRows, arguments: [revisionKind]).map(\.description)
        }
        let objectsBefore = try await store.read { reader in try revisions.map { try reader.object($0) } }
        let codecsBefore = try await store.read { reader in
            try Int.fetchAll(reader.db, sql: "SELECT codec FROM object WHERE kind = ?", arguments: [revisionKind])
        }
        #expect(codecsBefore.count == 3 && !codecsBefore.contains(StoredBody.delta))
        // When it is brought up to date
        try await store.migrate()
        // Then its later revisions are kept as deltas against their parents, each reading back as the same bytes,
        // and every other row is as it was
        let rows = try await Self.revisionRows(store)
        #expect(rows.map { $0.codec == StoredBody.delta } == [false, true, true])
        #expect(rows.map(\.base) == [nil, rows[0].row, rows[1].row])
        #expect(try await store.read { reader in try revisions.map { try reader.object($0) } } == objectsBefore)
        let after = try await store.read { reader in
            try Row.fetchAll(reader.db, sql: otherRows, arguments: [revisionKind]).map(\.description)
        }
        #expect(after == before)
        #expect(try await store.verify().isClean)
        // And a revision committed on top is a delta against the last of them
        try await StoreTestSupport.commit(report, as: Self.key, in: store, message: "新版本保存的")
        let latest = try await Self.revisionRows(store)
        #expect(latest.last?.codec == StoredBody.delta)
        #expect(latest.last?.base == rows.last?.row)
        #expect(try await store.verify().isClean)
    }

    @Test func gcCompactsAFileThatIsMostlyFreePagesEvenWhenItRemovesNothing() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a repository file with a report, and more free pages than used ones, as a migration that rewrote
        // bodies smaller leaves it
        let path = folder.path("repository.sqlite").path
        let store = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        try await StoreTestSupport.commit(SampleReport.make(), as: Self.key, in: store)
        try await store.writer.write { db in
            try db.execute(sql: "CREATE TABLE scratch (bytes BLOB)")
            try db.execute(sql: "INSERT INTO scratch VALUES (zeroblob(1000000))")
            try db.execute(sql: "DROP TABLE scratch")
        }
        let free =
            "SELECT (SELECT freelist_count FROM pragma_freelist_count) * 4 >= (SELECT page_count FROM pragma_page_count)"
        #expect(try await store.read { try Bool.fetchOne($0.db, sql: free) } == true)
        // When gc runs, with nothing to remove
        let report = try await store.collectGarbage(arrivedBefore: Date())
        // Then the file is compacted all the same, and still sound
        #expect(report.removed == 0)
        #expect(try await store.read { try Int.fetchOne($0.db, sql: "PRAGMA freelist_count") } == 0)
        #expect(try await store.verify().isClean)
    }
}
