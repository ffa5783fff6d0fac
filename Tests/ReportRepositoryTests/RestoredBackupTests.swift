import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A county put a backup in its repository's place (README, "Backups"), and nothing in the repository said so: the
/// reviewer and the clerks never learnt that the uploads, marks and comments after the backup were gone. The first
/// write to the restored file records it once in the audit log (从备份恢复, with the backup's time); the repository
/// the backup was made of, a read-only open and `fsck` never do.
@Suite struct RestoredBackupTests {
    /// A county repository with a report, its backup, and the backup put in the place of a repository in another
    /// folder (`restored/county.sqlite`), as a county restores one.
    struct Scene {
        let folder: TemporaryDirectory
        let original: ReportRepository
        /// The file the backup was put in place of.
        let restored: String
        /// When the backup was made: between these two times.
        let madeAfter: Date
        let madeBefore: Date

        init() async throws {
            folder = try TemporaryDirectory()
            original = try RepositoryTestSupport.fileRepository(in: folder)
            _ = try await original.commit(
                SampleReport.make(agency: "常张乡人民政府", year: 2024), to: ReportKey(agency: "changzhang", year: 2024),
                author: "王芳", message: "初稿", agency: Agency(id: "changzhang", name: "常张乡人民政府"))
            let backup = folder.path("备份.sqlite").path
            madeAfter = Date().addingTimeInterval(-1)
            _ = try await original.backup(to: backup)
            madeBefore = Date().addingTimeInterval(1)
            try FileManager.default.createDirectory(at: folder.path("restored"), withIntermediateDirectories: true)
            restored = folder.path("restored/county.sqlite").path
            try FileManager.default.copyItem(atPath: backup, toPath: restored)
        }

        /// The restored file, opened as a command or a server opens it (a new process each time).
        func open(_ access: ReportRepository.Access = .readWrite) throws -> ReportRepository {
            try ReportRepository.open(at: restored, access: access, logger: RepositoryTestSupport.logger)
        }
    }

    /// The lines of a repository's audit log that record a restore.
    static func restoreLines(of repository: ReportRepository) async throws -> [AuditEntry] {
        try await repository.auditLog().filter { $0.action == AuditAction.backupRestored.rawValue }
    }

    @Test func theFirstWriteRecordsTheRestoreOnceAndTakesTheMark() async throws {
        let scene = try await Scene()
        defer { scene.folder.remove() }
        // Given the backup put in the repository's place, opened for writing: opening alone records nothing
        let repository = try scene.open()
        #expect(try await Self.restoreLines(of: repository).isEmpty)
        #expect(try await repository.read { try $0.isUnlistedCopy() })
        // When the first write comes (a token issued)
        _ = try await repository.issueToken(label: "常张乡", scope: .agencies(["changzhang"]))
        // Then one line says when the backup was made (Beijing time) and that the work since is gone, at the
        // terminal; the mark is gone, and the restore is kept for the board
        let lines = try await Self.restoreLines(of: repository)
        #expect(lines.count == 1)
        let restored = try #require(try await repository.read { try $0.restoredBackup() })
        #expect(restored.made >= scene.madeAfter.addingTimeInterval(-1) && restored.made <= scene.madeBefore)
        let made = BeijingTime.minute(restored.made, in: BeijingTime.zone)
        #expect(
            lines.first?.detail == "这份库是 \(made)（北京时间）做的备份；备份之后的上传、标记和批注都不在了，请通知各单位重新上传。")
        #expect(lines.first?.person == AuditPerson.terminal)
        #expect(
            AuditWording.english(of: lines.first?.detail ?? "")?.hasPrefix(
                "this repository is the backup made at \(made)") == true)
        #expect(try await !repository.read { try $0.isUnlistedCopy() })
        // And neither a second write nor another process's writes add another
        _ = try await repository.issueToken(label: "县政务公开办", scope: .all)
        #expect(await repository.recordRestoredBackup() == nil)
        try repository.close()
        let again = try scene.open(.singleConnection)
        #expect(await again.recordRestoredBackup() == nil)
        _ = try await again.issueToken(label: "县政务公开办（二）", scope: .all)
        #expect(try await Self.restoreLines(of: again).count == 1)
        try again.close()
    }

    @Test func theRepositoryTheBackupWasMadeOfNeverRecordsARestore() async throws {
        let scene = try await Scene()
        defer { scene.folder.remove() }
        // Given the repository that was backed up, written to after the backup, and opened again as a server does
        _ = try await scene.original.issueToken(label: "常张乡", scope: .agencies(["changzhang"]))
        try scene.original.close()
        let reopened = try ReportRepository.open(
            at: scene.folder.path("county.sqlite").path, logger: RepositoryTestSupport.logger)
        // When it is put in use again
        #expect(await reopened.recordRestoredBackup() == nil)
        _ = try await reopened.issueToken(label: "县政务公开办", scope: .all)
        // Then it records no restore, and the board tells of none
        #expect(try await Self.restoreLines(of: reopened).isEmpty)
        #expect(try await reopened.restoredBackup() == nil)
        try reopened.close()
    }

    @Test func aReadOnlyOpenAndFsckLeaveTheMark() async throws {
        let scene = try await Scene()
        defer { scene.folder.remove() }
        // Given the restored file looked at read-only and checked as fsck checks it
        let readOnly = try scene.open(.readOnly)
        #expect(await readOnly.recordRestoredBackup() == nil)
        #expect(try await readOnly.fsck().problems.isEmpty)
        try readOnly.close()
        let checked = try scene.open(.singleConnection)
        #expect(try await checked.fsck().problems.isEmpty)
        #expect(try await Self.restoreLines(of: checked).isEmpty)
        #expect(try await checked.read { try $0.isUnlistedCopy() })
        try checked.close()
        // When a server opens it for writing
        let server = try scene.open()
        let restored = await server.recordRestoredBackup()
        // Then the restore is recorded then
        #expect(restored != nil)
        #expect(try await Self.restoreLines(of: server).count == 1)
        try server.close()
    }

    @Test func theBoardTellsOfTheRestoreForSevenDays() async throws {
        let scene = try await Scene()
        defer { scene.folder.remove() }
        let repository = try scene.open()
        let time = Date(timeIntervalSince1970: 1_796_650_000)
        let restored = try #require(await repository.recordRestoredBackup(at: time))
        #expect(restored.restored == time)
        #expect(ReportRepository.restoreNoticePeriod == 7 * 24 * 3600)
        #expect(try await repository.restoredBackup(now: time) == restored)
        #expect(try await repository.restoredBackup(now: time.addingTimeInterval(7 * 24 * 3600 - 60)) == restored)
        #expect(try await repository.restoredBackup(now: time.addingTimeInterval(7 * 24 * 3600)) == nil)
        try repository.close()
    }
}
