import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import SyncClient
import Testing

/// A county put its backup back in its repository's place and a township synced with it: the county's audit log says
/// once that it went back to the backup (从备份恢复), and the township's ordinary pull writes no such line there — a
/// backup marks only its own copy, and a pull carries no settings.
@Suite struct RestoredCountyAuditTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// The lines of a node's audit log that record a restore.
    static func restoreLines(on node: TestNode) async throws -> [AuditEntry] {
        try await node.repository.auditLog().filter { $0.action == AuditAction.backupRestored.rawValue }
    }

    @Test func onlyTheRestoredCountyRecordsTheRestoreAndOnlyOnce() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
        }
        _ = try await county.repository.backup(to: backup)
        // Given the county's backup put in the place of its repository, and the township syncing with it twice
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        try await withServer(restored) { port in
            _ = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10))
            _ = try await township.client(port: port, token: token).sync()
            _ = try await township.client(port: port, token: token).sync()
        }
        // Then the restored county records the restore once; the township and the county the backup was made of
        // record none
        #expect(try await Self.restoreLines(on: restored).count == 1)
        #expect(try await Self.restoreLines(on: township).isEmpty)
        #expect(try await Self.restoreLines(on: county).isEmpty)
        #expect(try await township.repository.restoredBackup() == nil)
    }
}
