import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// Objects found by their names through the index of the names' first 8 bytes (`Schema/store.md`, "Finding an object
/// by name", schema 15).
@Suite struct ObjectNameTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// How SQLite plans a query, one line per step.
    static func plan(_ sql: String, arguments: StatementArguments, in db: Database) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
            .map { $0["detail"] as String }.joined(separator: "\n")
    }

    @Test func aLookupByNameReadsTheIndexOfTheNamesFirstBytes() async throws {
        let store = try StoreTestSupport.memoryStore()
        try await store.read { reader in
            let name = Data(count: 32)
            for (sql, arguments): (String, StatementArguments) in [
                ("SELECT * FROM object WHERE \(ObjectRecord.named)", [name]),
                ("SELECT id, kind FROM object WHERE \(ObjectRecord.named)", [name]),
                (ObjectRecord.namesBetween, StatementArguments([name, name, 6, 10] as [any DatabaseValueConvertible])),
            ] {
                let plan = try Self.plan(sql, arguments: arguments, in: reader.db)
                #expect(plan.contains("USING INDEX object_by_name"), "\(plan)")
            }
        }
    }

    @Test func aVersion14FileIsRebuiltWithEveryRowKept() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a file of schema 14 with three revisions of a long report (its objects most of the file)
        let path = folder.path("repository.sqlite").path
        var revisions: [ObjectID] = []
        do {
            let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
            let report = SampleReport.make(paragraphs: 1000)
            for index in 0..<3 {
                let edited = SampleReport.settingTable3Cell(of: report, index: index, to: "\(index + 5)")
                revisions.append(try await StoreTestSupport.commit(edited, as: Self.key, in: store).revision)
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let rows = "SELECT id, hash, kind, body, codec, base FROM object ORDER BY id"
        let before = try await queue.write { db in
            try StoreTestSupport.undoVersion15(db)
            return try Row.fetchAll(db, sql: rows).map(\.description)
        }
        #expect(try await queue.read { try Self.indexes(of: $0) }.contains("sqlite_autoindex_object_1"))
        try queue.close()
        // When this version opens it
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then every row is there as it was, the names' first bytes are indexed instead of the whole names, every
        // revision is found by its name and by a prefix of it, and the file is sound
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        #expect(try await upgraded.read { try Row.fetchAll($0.db, sql: rows).map(\.description) } == before)
        let indexes = try await upgraded.read { try Self.indexes(of: $0.db) }
        #expect(indexes.contains("object_by_name") && !indexes.contains("sqlite_autoindex_object_1"))
        for revision in revisions {
            #expect(try await upgraded.read { try $0.revision(revision) }?.id == revision)
            #expect(
                try await upgraded.read { try $0.revisions(withPrefix: String(revision.hex.prefix(6))) } == [revision])
        }
        #expect(try await upgraded.verify().isClean)
        // And the old table's pages, more than a quarter of the file, were given back at once
        #expect(try await upgraded.read { try Int.fetchOne($0.db, sql: "PRAGMA freelist_count") } == 0)
    }

    @Test func aBatchLookupFindsExactlyTheStoredNames() async throws {
        // Given a store holding a report's objects
        let store = try StoreTestSupport.memoryStore()
        try await StoreTestSupport.commit(SampleReport.make(paragraphs: 300), as: Self.key, in: store)
        let stored = try await store.read { reader in
            try ObjectRecord.identities(reader.db).compactMap { ObjectID(bytes: $0.hash) }
        }
        #expect(stored.count > 300)
        // and names it does not hold: some sharing a stored name's first 8 bytes, more than one query's worth in all
        let twins = stored.prefix(50).map { id in
            ObjectID(bytes: id.bytes.prefix(8) + id.bytes.dropFirst(8).map { $0 ^ 0xFF })
        }
        var generator = SystemRandomNumberGenerator()
        let strangers = (0..<600).map { _ in
            ObjectID(bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        let absent = (twins + strangers).compactMap { $0 }
        let asked = (absent + stored).shuffled()
        // When the store is asked which it lacks, then it names exactly the absent ones, in the order asked
        let missing = try await store.read { try $0.missingObjects(asked, within: .everything) }
        #expect(missing == asked.filter(Set(absent).contains))
        // through the index of the names' first bytes
        try await store.read { reader in
            let plan = try Self.plan(
                ObjectRecord.locating, arguments: [Data(count: 16)], in: reader.db)
            #expect(plan.contains("USING INDEX object_by_name"), "\(plan)")
        }
    }

    @Test func fsckFindsAnObjectStoredTwice() async throws {
        // Given a store one of whose objects was written into a second row, as no unique index prevents any more
        let store = try StoreTestSupport.memoryStore()
        try await StoreTestSupport.commit(SampleReport.make(), as: Self.key, in: store)
        try await store.writer.write { db in
            try db.execute(
                sql:
                    "INSERT INTO object (hash, kind, body, codec) SELECT hash, kind, body, codec FROM object WHERE id = 1"
            )
        }
        // Then fsck names it as stored twice
        let problems = try await store.verify().problems
        #expect(problems.contains { $0.kind == .corrupt && $0.detail.contains("同一内容存了两份") })
    }

    static func indexes(of db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'object'")
    }
}
