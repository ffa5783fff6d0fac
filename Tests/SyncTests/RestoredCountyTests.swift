import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

extension TestNode {
    /// A node whose repository is a copy of a backup file: the county's, restored from its backup.
    init(_ name: String, restoring backup: String) throws {
        self.name = name
        folder = try TemporaryDirectory(prefix: "nianbao-sync-\(name)")
        try FileManager.default.copyItem(atPath: backup, toPath: folder.path("repository.sqlite").path)
        repository = try ReportRepository.open(at: folder.path("repository.sqlite").path, logger: Self.logger)
    }
}

/// The county restores a backup taken right after a township's pull; the township had pushed a new version and its
/// submission after that. The county's change sequence did not go back below what the township last pulled, so the
/// restore went unseen: the township said 已是最新 and 对方都有了, and its version and submission were lost on both
/// nodes. A backup is another copy of the store (its epoch), which the township sees at its next pull.
@Suite struct RestoredCountyTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aTownshipSendsAgainWhatARestoredCountyLacks() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        let version = try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            // The county backs up right after the township's pull
            _ = try await county.repository.backup(to: backup)
            // The township edits, submits and pushes (no pull)
            let mine = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await township.client(port: port, token: token).push()
            return mine
        }
        // The county puts the backup in the place of its repository
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        #expect(try await restored.drafts()[Self.key] != version)
        try await withServer(restored) { port in
            _ = try await township.client(port: port, token: token).sync()
        }
        // The township's version and its submission are there again, and the township still has its submission
        #expect(try await restored.drafts()[Self.key] == version)
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == version)
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: township) == version)
    }

    /// The county restores the same backup file twice. After the first restore the township synced (the restore's
    /// epoch seen), then pushed a new version; the second restore brought the file back as it was. It used to list
    /// the backup's epoch both times, so the township took it for the store it had seen and its version was lost. Each
    /// restore takes an epoch of its own when a pull first lists it.
    @Test func aBackupRestoredTwiceIsAnotherStoreEachTime() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
        }
        _ = try await county.repository.backup(to: backup)
        let first = try TestNode("county", restoring: backup)
        defer { first.remove() }
        let version = try await withServer(first) { port in
            _ = try await township.client(port: port, token: token).sync()
            let mine = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            _ = try await township.client(port: port, token: token).push()
            return mine
        }
        #expect(try await first.drafts()[Self.key] == version)
        // The same backup file, restored again: it lacks the township's version
        let second = try TestNode("county", restoring: backup)
        defer { second.remove() }
        #expect(try await second.drafts()[Self.key] != version)
        try await withServer(second) { port in
            _ = try await township.client(port: port, token: token).sync()
        }
        #expect(try await second.drafts()[Self.key] == version)
        // Each restore listed an epoch of its own, and the backup file still lists its own when read
        func epoch(_ node: ReportRepository) async throws -> String? {
            try await node.pullPack(
                scope: .all, have: [], selection: PullSelection(listOnly: true), maxObjects: 0, maxBytes: 0
            ).epoch
        }
        let file = try ReportRepository.open(at: backup, access: .readOnly, logger: TestNode.logger)
        let epochs = [try await epoch(file), try await epoch(first.repository), try await epoch(second.repository)]
        #expect(epochs.allSatisfy { $0 != nil } && Set(epochs).count == 3)
    }
}
