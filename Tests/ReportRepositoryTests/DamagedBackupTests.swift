import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository
@testable import RevisionStore

/// `backup` copied a store with damaged objects without a word (exit 0): the README's nightly backup to one file name,
/// with `--overwrite`, then replaced the last good backup with the damaged copy (rr99 F5). A copy that fsck would find
/// damaged is kept under another name, the backup already there is left as it was, and the error says so.
@Suite struct DamagedBackupTests {
    @Test func aDamagedStoreDoesNotReplaceTheLastGoodBackup() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.repositoryWithAReport(in: folder)
        // Given last night's good backup
        let target = folder.path("县政务公开办备份.sqlite").path
        _ = try await repository.backup(to: target)
        let good = try Data(contentsOf: URL(fileURLWithPath: target))
        // and a stored section's body changed behind the store's back, as a disk fault leaves it
        try await Self.damage(repository)
        let problems = try await repository.fsck().problems.count
        #expect(problems > 0)
        // When tonight's backup runs to the same file
        let error = await #expect(throws: RepositoryError.self) { try await repository.backup(to: target) }
        // Then it is refused, naming the damage and where the copy is kept; the good backup is untouched
        guard case .backupDamaged(let path, let kept, let count, let earlier) = error else {
            Issue.record("not refused as damaged: \(String(describing: error))")
            return
        }
        #expect(path == target)
        #expect(earlier)
        #expect(count == problems)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == good)
        #expect(URL(fileURLWithPath: kept).lastPathComponent.hasPrefix("县政务公开办备份.sqlite.有损坏-"))
        #expect(FileManager.default.fileExists(atPath: kept))
        #expect(error?.description.contains("原有的备份没有动") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!names.contains { $0.contains(".nianbao-backup-") }, "\(names)")
    }

    /// A repository file in `folder` holding 常张乡's report of 2024.
    static func repositoryWithAReport(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: ReportKey(agency: "changzhang", year: 2024),
            author: "李四", message: "初稿", time: RepositoryTestSupport.time)
        return repository
    }

    /// Changes a stored section's body behind the store's back, as a disk fault leaves it.
    static func damage(_ repository: ReportRepository) async throws {
        let section = CompactBody.code(of: .section)
        try await repository.store.writer.write { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, body FROM object WHERE kind = ? ORDER BY length(body), id", arguments: [section])
            let smallest = try #require(rows.first)
            let largest = try #require(rows.last)
            try db.execute(
                sql: "UPDATE object SET body = ? WHERE id = ?",
                arguments: [smallest["body"] as Data, largest["id"] as Int64])
        }
    }

    /// Backups under dated names (`备份-20261206.sqlite`) of a store gone damaged were told "the backup already there
    /// was left as it was" where there was none, and each night left one more full-size copy (rv100 F6).
    @Test func aDamagedStoreBackedUpUnderANewNameSaysNoBackupWasMadeAndKeepsOneCopy() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.repositoryWithAReport(in: folder)
        try await Self.damage(repository)
        // Another repository's damaged copy in the same folder is not this one's to remove
        let other = folder.path("乡镇.sqlite.有损坏-20261201-0100").path
        _ = try ReportRepository.create(at: other, node: "常张乡党政办", logger: RepositoryTestSupport.logger)
        var kept: [String] = []
        for night in ["备份-20261206.sqlite", "备份-20261207.sqlite"] {
            let target = folder.path(night).path
            let error = await #expect(throws: RepositoryError.self) { try await repository.backup(to: target) }
            guard case .backupDamaged(_, let copy, _, let earlier) = error else {
                Issue.record("not refused as damaged: \(String(describing: error))")
                return
            }
            #expect(!earlier)
            #expect(!FileManager.default.fileExists(atPath: target))
            #expect(error?.description.contains("那里没有备份，这次也没有做成备份") == true, "\(String(describing: error))")
            #expect(error?.description.contains("原有的备份") == false)
            #expect(error?.description(in: .english).contains("there is no backup there") == true)
            kept.append(copy)
        }
        // Only the newest damaged copy of this repository is left
        #expect(!FileManager.default.fileExists(atPath: kept[0]))
        #expect(FileManager.default.fileExists(atPath: kept[1]))
        #expect(FileManager.default.fileExists(atPath: other))
    }

    /// A file SQLite cannot read told every command, `fsck` itself included, to run `fsck`.
    @Test func anUnreadableStoreIsNotSentToFsck() {
        let error = StoreError.corruptFile(path: "县政务公开办.sqlite", detail: "database disk image is malformed")
        #expect(!error.description.contains("请运行 `nianbao fsck`"))
        #expect(error.description.contains("用最近的备份替换它"))
    }
}
