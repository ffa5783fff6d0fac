import Foundation
import GRDB
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A report's change and its audit line are one transaction: a commit, a mark, a merge or a restore whose line cannot
/// be written is not stored either — it no longer happens that a mark is set and the log says nothing (the command
/// even warned "磁盘已满…什么也没有改动" and then printed that the mark was set).
@Suite struct AuditTransactionTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aChangeWhoseLineCannotBeWrittenIsNotStored() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("county.sqlite").path
        let repository = try ReportRepository.create(at: path, node: "县政务公开办", logger: RepositoryTestSupport.logger)
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(
            report, to: Self.key, author: "李四", message: "初稿", audit: AuditNote(.commit, "命令行提交 a.txt")
        ).revision
        #expect(try await repository.auditLog().map(\.detail) == ["命令行提交 a.txt → 第 1 版"])
        #expect(try await repository.auditLog().first?.revision == first.id.hex)
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "2"), to: Self.key, author: "李四", message: "改"
        ).revision
        // The audit log refuses every line from now on
        let file = try DatabaseQueue(path: path)
        try await file.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'no'); END")
        }
        try file.close()
        await #expect(throws: RepositoryError.self) {
            try await repository.mark(
                Self.key.description, as: .submitted, author: "李四", audit: AuditNote(.mark, "命令行：已报送"))
        }
        #expect(try await repository.report(Self.key)?.marks.isEmpty == true)
        await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.settingTable3Cell(of: report, index: 0, to: "3"), to: Self.key, author: "李四",
                message: "再改", audit: AuditNote(.commit, "命令行提交 b.txt"))
        }
        await #expect(throws: RepositoryError.self) {
            try await repository.restore(first.id.hex, author: "李四", audit: AuditNote(.restore, "恢复为第 1 版"))
        }
        #expect(try await repository.resolve(Self.key.description).id == second.id)
        #expect(try await repository.auditLog().count == 1)
    }

    /// An import writes each file's line with its revision: a file whose line cannot be written is not imported,
    /// and is listed as failed, never imported without its line.
    @Test func anImportedFileIsStoredWithItsLineOrNotAtAll() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let reports = folder.url.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try RepositoryTestSupport.write(
            [
                "changzhang-2024.txt": SampleReport.make(agency: "常张乡人民政府", year: 2024),
                "dazhuang-2024.txt": SampleReport.make(agency: "大庄乡人民政府", year: 2024),
            ], to: reports)
        let path = folder.path("county.sqlite").path
        let repository = try ReportRepository.create(at: path, node: "县政务公开办", logger: RepositoryTestSupport.logger)
        let plan = try ReportRepository.planImport(of: reports.path)
        let imported = try await repository.importFolder(plan, author: "县政务公开办", audit: .commandLineImport)
        let log = try await repository.auditLog()
        #expect(
            Set(log.map(\.detail)) == ["命令行导入 changzhang-2024.txt → 第 1 版", "命令行导入 dazhuang-2024.txt → 第 1 版"])
        #expect(Set(log.compactMap(\.revision)) == Set(imported.imported.map(\.revision.hex)))
        // The audit log refuses every line from now on: a changed file is not imported
        let file = try DatabaseQueue(path: path)
        try await file.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'no'); END")
        }
        try file.close()
        try RepositoryTestSupport.write(
            [
                "changzhang-2024.txt": SampleReport.settingTable3Cell(
                    of: SampleReport.make(agency: "常张乡人民政府", year: 2024), index: 0, to: "9")
            ], to: reports)
        let before = try await repository.resolve(Self.key.description).id
        let again = try await repository.importFolder(plan, author: "县政务公开办", audit: .commandLineImport)
        #expect(again.imported.isEmpty)
        #expect(again.failed.map(\.file) == ["changzhang-2024.txt"])
        #expect(try await repository.resolve(Self.key.description).id == before)
    }
}
