import Foundation
import GRDB
import Logging
import ReportFixtures
import Testing

@testable import ReportRepository
@testable import RevisionStore

/// Two repositories of one node name made in the same second (two computers set up the same morning, or a test) were
/// the same repository to `backup --overwrite`, which told them apart only by the creation time `init` recorded to the
/// second: it replaced the other computer's repository with this one's backup (the CI run of 059e2fa). `init` now
/// records a random id beside the time, and a backup carries it.
@Suite struct SameSecondRepositoryTests {
    @Test func anotherRepositoryOfTheSameNameMadeInTheSameSecondIsNoBackup() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let logger = Logger(label: "test")
        let own = try ReportRepository.create(at: folder.path("县.sqlite").path, node: "县政务公开办", logger: logger)
        let otherPath = folder.path("另一台电脑.sqlite").path
        let other = try ReportRepository.create(at: otherPath, node: "县政务公开办", logger: logger)
        // Given the other was made in the very second this one was
        let created = try #require(try await own.store.read { try $0.identity() }.created)
        try await other.store.writer.write { db in
            try db.execute(sql: "UPDATE setting SET value = ? WHERE key = 'created'", arguments: [created])
        }
        // Then it is still another repository, and this one's backup still is a copy of it
        #expect(try await own.backupTarget(at: otherPath) == .sameNameElsewhere("县政务公开办"))
        let backup = folder.path("备份.sqlite").path
        _ = try await own.backup(to: backup)
        #expect(try await own.backupTarget(at: backup) == .earlierBackup)
    }

    /// A repository made before the id was recorded is told apart by its creation time, as before.
    @Test func aRepositoryWithoutAnIdIsToldByItsCreationTime() {
        let own = StoreIdentity(node: "县政务公开办", created: "2025-01-06T01:00:00Z", origin: "A")
        #expect(StoreIdentity(node: "县政务公开办", created: "2025-01-06T01:00:00Z", origin: nil).isCopy(of: own))
        #expect(!StoreIdentity(node: "县政务公开办", created: "2025-01-06T01:00:01Z", origin: nil).isCopy(of: own))
        #expect(!StoreIdentity(node: "县政务公开办", created: "2025-01-06T01:00:00Z", origin: "B").isCopy(of: own))
        #expect(!StoreIdentity(node: "常张乡党政办", created: "2025-01-06T01:00:00Z", origin: "A").isCopy(of: own))
    }
}
