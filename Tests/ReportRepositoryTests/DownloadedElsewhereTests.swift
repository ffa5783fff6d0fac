import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// A Word file Nianbao wrote of a revision that is not of the draft's line — last year's report brought up to date
/// for this year, another report's, a version made on another node — is checked as the person's own copy is: it
/// never lays itself over a correction made since (it used to be committed as it was, with a warning, and the
/// county's table-3 correction went back to 0), and the person is told what the file is.
@Suite struct DownloadedElsewhereTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A repository file in `folder` with 常张乡's 2023 report (by 李四), and its 2024 draft: 第 1 版 by `first`,
    /// 第 2 版 by 王审核 correcting table 3's first cell to 9.
    static func drafts(
        in folder: TemporaryDirectory, first: String
    ) async throws -> (ReportRepository, lastYear: Revision, second: Revision, report: Report) {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let lastYear = try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2023), to: ReportKey(agency: "changzhang", year: 2023),
            author: "李四", message: "2023 年报", time: RepositoryTestSupport.time
        ).revision
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        try await repository.commit(
            report, to: key, author: first, message: "初稿", time: RepositoryTestSupport.time + 60)
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9"), to: key, author: "王审核", message: "县里更正",
            time: RepositoryTestSupport.time + 120
        ).revision
        return (repository, lastYear, second, report)
    }

    /// Table 3's first cell of the draft.
    static func correctedCell(in repository: ReportRepository) async throws -> String? {
        let draft = try await repository.report(at: key.description)
        guard case .table(let table) = draft.sections[2].blocks[0] else { return nil }
        return table.cells.first?.cell.text
    }

    /// The county uploads last year's Word file, brought up to date (this year's text, one paragraph edited): its
    /// property names the 2023 revision, its table 3 still has the 0 王审核 corrected to 9.
    @Test func lastYearsWordFileBroughtUpToDateIsRefusedWhereItUndoesTheCorrection() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, lastYear, second, report) = try await Self.drafts(in: folder, first: "县政务公开办")
        let updated = SampleReport.rewritingParagraph(of: report, index: 0, to: "本年度坚持以公开为常态，补充了一段。")
        let bytes = [UInt8](try DocxWriter.write(updated, revision: lastYear.id))
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(bytes: bytes, named: "2023年报改2024.docx", to: Self.key, author: "李四")
        }
        guard case .undoesOthersChanges(_, let now, let changes, _, let elsewhere, _) = error else {
            Issue.record("expected a refusal naming the correction, got \(String(describing: error))")
            return
        }
        #expect(elsewhere)
        #expect(now.chinese == "第 2 版" && now.english == "version 2")
        #expect(changes.count == 1 && changes.first?.chinese.hasSuffix("（第 2 版，王审核）") == true, "\(changes)")
        let words = error?.description ?? ""
        #expect(words.hasPrefix(ReportRepository.downloadedElsewhere), "\(words)")
        #expect(words.contains("例如去年的年报") && words.contains("没有提交，草稿没有改动"), "\(words)")
        #expect(try await repository.resolve(Self.key.description).id == second.id)
        #expect(try await Self.correctedCell(in: repository) == "9")
        // The same file naming no revision is refused alike, as it was
        await #expect {
            try await repository.commit(
                bytes: [UInt8](try DocxWriter.write(updated)), named: "无属性.docx", to: Self.key, author: "李四")
        } throws: { error in
            guard case RepositoryError.undoesOthersChanges(_, _, _, _, false, _) = error else { return false }
            return true
        }
        // Forced, the file is committed, and its message says what it put back
        let forced = try await repository.commit(
            updated, to: Self.key, author: "李四", message: "按文件", force: true,
            source: RebaseTests.exported(from: lastYear.id, original: "2023年报改2024.docx"))
        #expect(forced.status == .committed)
        #expect(try await Self.correctedCell(in: repository) != "9")
        #expect(forced.revision.content.message.contains(ReportRepository.downloadedElsewhere))
        #expect(forced.revision.content.message.contains("已强制提交：这些地方改回了别人修改以前的内容"))
    }

    /// The clerk's own edit of a file naming another report's revision (大庄乡's): merged from the clerk's own 第 1 版
    /// with the correction made since, and told what the file is.
    @Test func aClerksFileNamingAnotherRevisionIsMergedWithTheCorrection() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, _, second, report) = try await Self.drafts(in: folder, first: "李四")
        let other = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: 2024), to: ReportKey(agency: "dazhuang", year: 2024),
            author: "赵六", message: "初稿"
        ).revision
        let edited = SampleReport.settingTable3Cell(of: report, index: 1, to: "4")
        let outcome = try await repository.commit(
            bytes: [UInt8](try DocxWriter.write(edited, revision: other.id)), named: "年报.docx", to: Self.key,
            author: "李四")
        #expect(outcome.outcome.status == .committed)
        #expect(outcome.outcome.revision.content.parents == [second.id])
        #expect(
            try await repository.report(at: Self.key.description)
                == SampleReport.settingTable3Cell(of: edited, index: 0, to: "9"))
        let warning = ReportRepository.downloadedElsewhere + "，按你的第 1 版核对，草稿此后有别人的修改（王审核 的第 2 版）"
        #expect(outcome.outcome.warnings.contains { $0.hasPrefix(warning) }, "\(outcome.outcome.warnings)")
        #expect(outcome.outcome.revision.content.message.contains("按李四的第 1 版核对"))
    }
}
