import Foundation
import GRDB
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

/// Opening a repository of the current schema takes no write lock. GRDB's pool wrote as it opened when the `-wal`
/// file was missing or empty, so that `nianbao serve` (or any process opening it to read and write) waited for another
/// process's write transaction and failed with 仓库正忙 after the busy timeout, though it only meant to read.
@Suite struct OpenWhileWritingTests {
    @Test func aStoreOpensAndReadsWhileAnotherConnectionHoldsTheWriteLock() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        // Given a repository nobody has open (its -wal file went with its last connection)
        do {
            let store = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
            try await store.write { try $0.save(Agency(id: "a", name: "甲")) }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // and another connection that holds a write transaction (BEGIN IMMEDIATE) without having written yet
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: path, configuration: configuration)
        try await holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }

        // When the store is opened to read and write, willing to wait 1 s for a write
        let store = try RevisionStore.open(at: path, busyTimeout: 1, logger: StoreTestSupport.logger)
        // Then it opens (it threw 仓库正忙 here) and reads
        #expect(try await store.read { try $0.agencies().map(\.id) } == ["a"])
        // and a write still waits, then says the repository is busy
        let error = await #expect(throws: StoreError.self) {
            try await store.write { try $0.save(Agency(id: "b", name: "乙")) }
        }
        #expect(error == .busy)

        // Once the other transaction ends, the write goes through and the reads see it
        try await holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        try await store.write { try $0.save(Agency(id: "b", name: "乙")) }
        #expect(try await store.read { try $0.agencies().map(\.id) } == ["a", "b"])
    }
}
