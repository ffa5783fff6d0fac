import DocxWriter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// A report of this year whose title alone still names last year (the statistics period, the text and the file's
/// name all say this year): its upload is refused saying what the year check knows, and never sends the person to
/// last year's report (user review ux98, finding P: 南陈乡's 2025 file was refused as "2024's report — choose the
/// right file", and the year message of finding A would have said to choose 2024).
@Suite struct WebTitleYearUploadTests {
    /// 常张乡's report of a year with last year's year in its title.
    static func titleYearLeft(_ year: Int) -> Report {
        var report = SampleReport.make(agency: "常张乡人民政府", year: year)
        report.title = "常张乡人民政府\(year - 1)年政府信息公开工作年度报告"
        report.year = year - 1
        return report
    }

    @Test func anUploadWhoseTitleAloneKeepsLastYearSaysSo() async throws {
        let (people, collected) = try await WebFirstDayBoardTests.county()
        let file = [UInt8](try DocxWriter.write(Self.titleYearLeft(collected)))
        let name = "常张乡\(collected)年报告.docx"
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let refused = try await WebUploadTests.upload(
                (name, file), to: "/upload", fields: [("report", "changzhang/\(collected)")], session: reviewer,
                client: client)

            #expect(refused.status == .badRequest)
            let page = Web.text(refused)
            #expect(
                page.contains(
                    "“\(name)”：文件的标题写 \(collected - 1) 年，统计期限却是 \(collected) 年（文件名也是 \(collected) 年）："
                        + "多半是标题里的年份没改。请把标题里的年份改为 \(collected) 年后再上传。草稿没有改动。"),
                "\(page)")
            #expect(!page.contains("请在概览的“年度”里选"))
            #expect(!page.contains("请确认选对了文件"))
            #expect(try await people.fixture.repository.report(ReportKey(agency: "changzhang", year: collected)) == nil)
        }
    }

    @Test func theCommandLineAndEnglishSayTheSame() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try ReportRepository.create(
            at: folder.path("repo.sqlite").path, node: "county", logger: WebFixture.logger)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        var source = ReportSource(diagnostics: [])
        source.fileName = "changzhang-2025.docx"
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                Self.titleYearLeft(2025), to: ReportKey(agency: "changzhang", year: 2025), author: "李四", message: "初稿",
                source: source)
        }
        guard case .wrongReport(let left) = try #require(error) else {
            Issue.record("not refused as another report: \(String(describing: error))")
            return
        }
        #expect(left.isTitleYearLeft && !left.isOtherYear)
        #expect(
            error?.description(in: .chinese)
                == "文件的标题写 2024 年，统计期限却是 2025 年（文件名也是 2025 年）：多半是标题里的年份没改。"
                + "请把标题里的年份改为 2025 年后再提交。草稿没有改动。")
        #expect(
            error?.description(in: .english)
                == "The file's title says 2024, but its statistics period is 2025 (so is its file name): most likely"
                + " the title's year was not changed. Change the title's year to 2025, then commit again. The draft"
                + " was not changed.")
        // A file whose name states no year is told the two years alone
        let mismatch = try #require(
            ReportMismatch.between(
                agency: "常张乡人民政府", year: 2024, target: ReportKey(agency: "changzhang", year: 2025),
                agencies: [Agency(id: "changzhang", name: "常张乡人民政府")], statedYears: (2024, 2025, nil)))
        let refusal = UploadController.refusal(.wrongReport(mismatch), file: "年报.docx")
        #expect(
            refusal.description(in: .english)
                == "\"年报.docx\": The file's title says 2024, but its statistics period is 2025: most likely the title's"
                + " year was not changed. Change the title's year to 2025, then upload it again. The draft was not"
                + " changed.")
        // Last year's report indeed (its period last year's too) is still told the year to choose
        let lastYears = try #require(
            ReportMismatch.between(
                agency: "常张乡人民政府", year: 2024, target: ReportKey(agency: "changzhang", year: 2025),
                agencies: [Agency(id: "changzhang", name: "常张乡人民政府")], statedYears: (2024, 2024, 2025)))
        #expect(lastYears.isOtherYear && !lastYears.isTitleYearLeft)
    }
}
