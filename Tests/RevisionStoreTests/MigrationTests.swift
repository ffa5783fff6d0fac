import Foundation
import GRDB
import ReportFixtures
import RevisionStore
import Testing

@Suite struct MigrationTests {
    @Test func migratorAppliesEveryKnownMigrationInOrder() async throws {
        // Given a store stopped after the first migration
        let first = try #require(RevisionStore.knownMigrations.first)
        let store = try RevisionStore.inMemory(upTo: first, logger: StoreTestSupport.logger)
        #expect(try await store.appliedMigrations() == [first])
        // When the rest are applied
        try await store.migrate()
        // Then every known migration is recorded, in order
        #expect(try await store.appliedMigrations() == RevisionStore.knownMigrations)
    }

    @Test func createdFileRecordsVersionAndNode() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a repository created on disk (folder included)
        let path = folder.path(".nianbao/repository.sqlite").path
        _ = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
        // When it is opened again
        let store = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then it is current and knows its node
        #expect(try await store.appliedMigrations() == RevisionStore.knownMigrations)
        #expect(try await store.read { try $0.nodeName() } == "county")
    }

    @Test func fileFromNewerVersionIsRefusedAndLeftAlone() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a repository that a newer nianbao has migrated further
        let path = folder.path("repository.sqlite").path
        _ = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
            try db.execute(sql: "PRAGMA user_version = \(RevisionStore.schemaVersion + 1)")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When this version opens it, in any of its ways
        // Then it is refused with a message that says what to do, and the file is unchanged
        let error = #expect(throws: StoreError.self) {
            try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        }
        for access in [RevisionStore.Access.singleConnection, .readOnly] {
            #expect(throws: StoreError.self) {
                try RevisionStore.open(at: path, access: access, logger: StoreTestSupport.logger)
            }
        }
        #expect(
            error
                == .newerSchema(
                    path: path, found: RevisionStore.schemaVersion + 1, known: RevisionStore.schemaVersion,
                    migrations: ["v2-from-the-future"]))
        #expect(error?.description.contains("更新版本的 nianbao") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func missingFileIsNotCreated() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("nothing.sqlite").path
        #expect(throws: StoreError.repositoryNotFound(path: path)) {
            try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: ["text", "empty", "sqlite"], [RevisionStore.Access.readWrite, .singleConnection, .readOnly])
    func fileThatIsNotARepositoryIsRefusedAndLeftAlone(kind: String, access: RevisionStore.Access) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a text file, an empty file, or another program's SQLite database
        let path = folder.path("other").path
        switch kind {
        case "text": try Data("常张乡人民政府\n".utf8).write(to: URL(fileURLWithPath: path))
        case "empty": try Data().write(to: URL(fileURLWithPath: path))
        default:
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When it is opened as a repository, or a repository is created over it
        let opening = #expect(throws: StoreError.self) {
            try RevisionStore.open(at: path, access: access, logger: StoreTestSupport.logger)
        }
        let creating = #expect(throws: StoreError.self) {
            try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        }
        // Then both are refused as "not a repository" and the file is byte for byte the same
        guard case .notARepository = opening else {
            Issue.record("open: \(String(describing: opening))")
            return
        }
        guard case .notARepository = creating else {
            Issue.record("create: \(String(describing: creating))")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func creatingOverARepositoryIsRefused() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        _ = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        #expect(throws: StoreError.repositoryExists(path: path)) {
            try RevisionStore.create(at: path, node: "other", logger: StoreTestSupport.logger)
        }
    }
}
