import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

/// A backup copied over a repository beside the `-wal` the last run left (rv119 F3): SQLite would lay that log's pages
/// over the backup and call the good backup 已损坏. The file is not opened, and says why; a store closed the ordinary
/// way leaves no log behind.
@Suite struct StrayLogTests {
    @Test func aBackupCopiedOverTheRepositoryBesideTheOldLogIsNotOpened() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let backup = folder.path("备份.sqlite").path
        // Given a repository, its backup, and then a change the running store still holds in its -wal
        let store = try RevisionStore.create(at: path, node: "县", logger: StoreTestSupport.logger)
        try await store.write { try $0.save(Agency(id: "a", name: "甲")) }
        try await store.backup(to: backup)
        try await store.write { try $0.save(Agency(id: "b", name: "乙")) }
        let log = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
        #expect(log.count > 32)
        // When the backup is copied over the repository file and the old log stays beside it (a power cut, then
        // the office puts last night's backup in place)
        let stray = folder.path("restored.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: stray)
        try log.write(to: URL(fileURLWithPath: stray + "-wal"))
        let copied = try Data(contentsOf: URL(fileURLWithPath: stray))
        // Then opening it, in every way a command or the server does, is refused naming the log
        for access in [RevisionStore.Access.readWrite, .singleConnection, .readOnly] {
            let error = #expect(throws: StoreError.self) {
                try RevisionStore.open(at: stray, access: access, logger: StoreTestSupport.logger)
            }
            #expect(error == .strayLog(path: stray))
        }
        #expect(StoreError.strayLog(path: stray).description(in: .chinese).contains("\(stray)-wal"))
        // and the copy is byte for byte the backup, the log untouched
        #expect(try Data(contentsOf: URL(fileURLWithPath: stray)) == copied)
        #expect(try Data(contentsOf: URL(fileURLWithPath: stray + "-wal")) == log)
        // Once the log is moved aside, the backup opens as itself: the agency added after it is not there
        try FileManager.default.moveItem(atPath: stray + "-wal", toPath: folder.path("aside-wal").path)
        try? FileManager.default.removeItem(atPath: stray + "-shm")
        let restored = try RevisionStore.open(at: stray, logger: StoreTestSupport.logger)
        #expect(try await restored.read { try $0.agencies().map(\.id) } == ["a"])
        try restored.close()
        try store.close()
    }

    @Test func aStoreClosedTheOrdinaryWayLeavesNoLogBesideItsFile() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        // Given a store that a server opened (a pool of readers beside its writer) and wrote through
        _ = try RevisionStore.create(at: path, node: "县", logger: StoreTestSupport.logger)
        let store = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        try await store.write { try $0.save(Agency(id: "a", name: "甲")) }
        #expect(try await store.read { try $0.agencies().count } == 1)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        // When it is closed
        try store.close()
        // Then its log is checkpointed into the file and gone
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        let reopened = try RevisionStore.open(at: path, access: .readOnly, logger: StoreTestSupport.logger)
        #expect(try await reopened.read { try $0.agencies().map(\.id) } == ["a"])
    }
}
