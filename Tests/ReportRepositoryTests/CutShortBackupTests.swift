import Foundation
import ReportFixtures
import Testing

@testable import ReportRepository

/// A backup killed midway left its whole-size copy of the repository (people's password hashes included) under a
/// hidden name beside the backup, never removed: on a USB stick, copies the user does not see (rr96). The next backup
/// to the same file removes them.
@Suite struct CutShortBackupTests {
    @Test func theNextBackupRemovesTheCopiesAnEarlierKilledBackupLeft() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        // Given what a killed backup to bk.sqlite leaves: its copy and the copy's journal, and a file of the user's
        let left = [".bk.sqlite.nianbao-backup-E6495931", ".bk.sqlite.nianbao-backup-0A1B2C3D-journal"]
        for name in left + ["notes.txt", ".other.sqlite.nianbao-backup-12345678"] {
            try Data(repeating: 7, count: 4096).write(to: folder.path(name))
        }
        // When the backup is made again
        let summary = try await repository.backup(to: folder.path("bk.sqlite").path)
        // Then the backup is there, the killed backup's files are gone, and the user's own files stay
        #expect(summary.path == folder.path("bk.sqlite").path)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
        #expect(names.isDisjoint(with: left), "\(names.sorted())")
        #expect(names.contains("bk.sqlite"))
        #expect(names.contains("notes.txt"))
        #expect(names.contains(".other.sqlite.nianbao-backup-12345678"))
        #expect(!names.contains { $0.hasPrefix(".bk.sqlite.nianbao-backup-") })
    }
}
