import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// Another office's report committed or uploaded to 常张乡's after someone else changed 常张乡's draft is refused as the
/// wrong report, before it is compared with the draft's versions: it used to be told it was an older version of
/// 常张乡's (两边都改了 / 会把别人改过的地方改回以前的内容), whose `--force` then committed 大庄乡's text as 常张乡's.
@Suite struct WrongReportFirstTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// 常张乡's draft in a repository file: 第 1 版 by 李四, 第 2 版 by 王审核 correcting table 3's first cell to 9; and
    /// 大庄乡 registered.
    static func drafts(
        in store: TemporaryDirectory
    ) async throws -> (ReportRepository, first: Revision, second: Revision) {
        let repository = try RepositoryTestSupport.fileRepository(in: store)
        try await repository.save(Agency(id: "dazhuang", name: "大庄乡人民政府"))
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(
            report, to: key, author: "李四", message: "初稿", time: RepositoryTestSupport.time
        ).revision
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9"), to: key, author: "王审核", message: "县里更正",
            time: RepositoryTestSupport.time + 60
        ).revision
        return (repository, first, second)
    }

    /// Whether an error is the wrong-report refusal naming 大庄乡 and 常张乡's report.
    static func isDazhuangRefused(_ error: any Error) -> Bool {
        guard case RepositoryError.wrongReport(let mismatch) = error else { return false }
        return mismatch.textAgency == "大庄乡人民政府" && mismatch.target == key
    }

    @Test func anotherOfficesReportIsRefusedAsTheWrongReportNotAsAnOlderVersion() async throws {
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let (repository, first, second) = try await Self.drafts(in: store)
        let dazhuang = SampleReport.make(agency: "大庄乡人民政府", year: 2024)
        // A person with no version of 常张乡's: their file would put back the 0 王审核 corrected
        await #expect(
            performing: {
                try await repository.commit(
                    dazhuang, to: Self.key, author: "新人", message: "提交",
                    source: OwnCopyRebaseTests.ownFile("大庄乡.docx"))
            }, throws: Self.isDazhuangRefused)
        // The upload of its text file, by the same person
        await #expect(
            performing: {
                try await repository.commit(
                    bytes: Array(ReportText.render(dazhuang).utf8), named: "dz.txt", to: Self.key, author: "新人")
            }, throws: Self.isDazhuangRefused)
        // A Word file of 常张乡's 第 1 版 holding 大庄乡's text, which changed the corrected cell too
        let clash = SampleReport.settingTable3Cell(of: dazhuang, index: 0, to: "5")
        await #expect(
            performing: {
                try await repository.commit(
                    bytes: [UInt8](try DocxWriter.write(clash, revision: first.id)), named: "dz.docx", to: Self.key,
                    author: "李四")
            }, throws: Self.isDazhuangRefused)
        #expect(try await repository.resolve(Self.key.description).id == second.id)
    }
}
