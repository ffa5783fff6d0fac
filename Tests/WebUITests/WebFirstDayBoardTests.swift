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

/// The first day of a collection: last year's reports are all in, this year's not one yet. The board opened at last
/// year's, its 年度 menu and upload list offered nothing of this year, and the reviewer's upload of a township's
/// file (this year's, mailed to her) to the only 常张乡 the list offered was refused as "the wrong file", the error
/// page telling her, the county's office, to ask the county's office for help (user review ux98, finding A).
@Suite struct WebFirstDayBoardTests {
    /// A county whose offices reported and published last year (the year before the one being collected).
    static func county() async throws -> (WebPeopleTests.People, collected: Int) {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let collected = ReportRepository.collectedYear()
        for (agency, name) in [("changzhang", "常张乡人民政府"), ("dazhuang", "大庄乡人民政府")] {
            let key = ReportKey(agency: agency, year: collected - 1)
            try await repository.commit(
                SampleReport.make(agency: name, year: collected - 1), to: key, author: "李明", message: "初稿",
                agency: Agency(id: agency, name: name))
            _ = try await repository.mark(key.description, as: .submitted, author: "李明")
            _ = try await repository.mark(key.description, as: .published, author: "王审核")
        }
        return (people, collected)
    }

    @Test func theBoardOpensAtTheYearBeingCollectedBeforeAnyReportOfIt() async throws {
        let (people, collected) = try await Self.county()
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))

            #expect(board.contains("\(collected) 年度报送情况"), "\(board)")
            #expect(board.contains("<option value=\"\(collected)\" selected>"))
            #expect(board.contains("<option value=\"\(collected - 1)\">"))
            // Every office 未报送, each offered in the upload list
            #expect(WebBoardTests.rows(board).contains("changzhang/\(collected)"))
            #expect(board.contains("<option value=\"changzhang/\(collected)\""))
            // Last year's board keeps this year in its menu
            let last = Web.text(
                try await client.execute(uri: "/?year=\(collected - 1)", method: .get, headers: reviewer))
            #expect(last.contains("<option value=\"\(collected)\">"), "\(last)")
        }
    }

    @Test func anUploadOfAnotherYearOfTheSameOfficeSaysWhichYearToChoose() async throws {
        let (people, collected) = try await Self.county()
        let file = [UInt8](try DocxWriter.write(SampleReport.make(agency: "常张乡人民政府", year: collected)))
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let refused = try await WebUploadTests.upload(
                ("常张乡年报.docx", file), to: "/upload", fields: [("report", "changzhang/\(collected - 1)")],
                session: reviewer, client: client)

            #expect(refused.status == .badRequest)
            let page = Web.text(refused)
            #expect(
                page.contains(
                    "这份文件是 常张乡人民政府 \(collected) 年度的报告，不是 \(collected - 1) 年度的。"
                        + "请在概览的“年度”里选 \(collected) 年，再选 常张乡人民政府 \(collected) 年度报告上传。草稿没有改动。"),
                "\(page)")
            #expect(!page.contains("请确认选对了文件"))
            // A refused file is no fault of the request: the page says it was not done (rv103 F4)
            #expect(page.contains("<h1>未能完成</h1>") && !page.contains("请求有误"), "\(page)")
            // A refusal that says what to do is no fault: no code to report (rv120 M7)
            #expect(!page.contains("错误代码") && !page.contains("求助时请告诉对方"), "\(page)")
            // A page not there has one; she is the county's office: she is not told to ask it
            let missing = Web.text(try await client.execute(uri: "/no/such/page", method: .get, headers: reviewer))
            #expect(missing.contains("错误代码 404") && missing.contains("向系统管理员求助时请告诉对方"))
            #expect(!missing.contains("向县政务公开办"))
            // The clerk is told to ask the county
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let clerks = try await WebUploadTests.upload(
                ("常张乡年报.docx", file), to: "/upload", fields: [("report", "changzhang/\(collected - 1)")],
                session: clerk, client: client)
            #expect(!Web.text(clerks).contains("求助时请告诉对方"))
            let clerksMissing = Web.text(try await client.execute(uri: "/no/such/page", method: .get, headers: clerk))
            #expect(clerksMissing.contains("向县政务公开办或管理员求助时请告诉对方"))
            // Uploaded to this year's report, as the message says, it starts it
            let taken = try await WebUploadTests.upload(
                ("常张乡年报.docx", file), to: "/upload", fields: [("report", "changzhang/\(collected)")],
                session: reviewer, client: client)
            #expect(taken.status == .ok)
            #expect(try await people.fixture.repository.report(ReportKey(agency: "changzhang", year: collected)) != nil)
        }
    }

    /// Last year's file uploaded as this year's is most often the wrong file picked, and last year's report long
    /// published: the person is asked to choose this year's file first, not sent to upload it over last year's
    /// (rv103 F8).
    @Test func anEarlierYearsFileAsksWhetherItIsTheWrongFile() throws {
        let mismatch = ReportMismatch.between(
            agency: "常张乡人民政府", year: 2023, target: ReportKey(agency: "changzhang", year: 2024),
            agencies: [Agency(id: "changzhang", name: "常张乡人民政府")])
        let error = UploadController.refusal(.wrongReport(try #require(mismatch)), file: "a.docx")
        #expect(
            error.description(in: .chinese)
                == "这份文件是 常张乡人民政府 2023 年度的报告，不是 2024 年度的：是不是选错了文件？请选 2024 年度的报告上传。"
                + "（要改的确实是 2023 年度的报告时，请在概览的“年度”里选 2023 年。）草稿没有改动。")
        #expect(
            error.description(in: .english).hasPrefix("This file is 常张乡人民政府's 2023 report, not its 2024 report: is it"))
    }

    /// The same in English (`--lang en` of the pages).
    @Test func theYearToChooseIsSaidInEnglish() throws {
        let mismatch = ReportMismatch.between(
            agency: "常张乡人民政府", year: 2025, target: ReportKey(agency: "changzhang", year: 2024),
            agencies: [Agency(id: "changzhang", name: "常张乡人民政府")])
        let error = UploadController.refusal(.wrongReport(try #require(mismatch)), file: "a.docx")
        #expect(
            error.description(in: .english)
                == "This file is 常张乡人民政府's 2025 report, not its 2024 report. On the overview, choose 2025 under "
                + "Year, then choose 常张乡人民政府's 2025 report and upload it there. The draft was not changed.")
    }

    /// Next year's draft, downloaded beside 下载 Word on this year's page and filled in with this year's figures, is
    /// refused as next year's report: the person was sent to choose next year in a year menu that does not offer it
    /// (rv119 F5). She is told what the file most likely is and how to hand in this year's.
    @Test func nextYearsDraftOnThisYearsReportSaysWhatItIs() throws {
        let collected = ReportRepository.collectedYear()
        let mismatch = ReportMismatch.between(
            agency: "常张乡人民政府", year: collected + 1, target: ReportKey(agency: "changzhang", year: collected),
            agencies: [Agency(id: "changzhang", name: "常张乡人民政府")])
        let error = UploadController.refusal(.wrongReport(try #require(mismatch)), file: "a.docx")
        let chinese = error.description(in: .chinese)
        #expect(chinese.contains("多半是从“下载 \(collected + 1) 年草稿”得到的明年的草稿"), "\(chinese)")
        #expect(chinese.contains("请用这一页的“下载 Word”取 \(collected) 年度的报告修改后上传"))
        #expect(!chinese.contains("里选 \(collected + 1) 年"))
        #expect(chinese.hasSuffix("草稿没有改动。"))
        #expect(error.description(in: .english).contains("most likely next year's draft"))
        // Two years on, the file is no draft of this page's, nor a year any list offers: the year is not here yet
        // (rv120 F5: it had been sent to 全部, which offers next year's report only)
        let later = ReportMismatch.between(
            agency: "常张乡人民政府", year: collected + 2, target: ReportKey(agency: "changzhang", year: collected),
            agencies: [Agency(id: "changzhang", name: "常张乡人民政府")])
        let laterError = UploadController.refusal(.wrongReport(try #require(later)), file: "a.docx")
        #expect(
            laterError.description(in: .chinese)
                == "这份文件是 常张乡人民政府 \(collected + 2) 年度的报告，不是 \(collected) 年度的：\(collected + 2) 年还没有到，"
                + "是不是文件里的年份写错了？请改正后再上传。草稿没有改动。")
        #expect(!laterError.description(in: .chinese).contains("“全部”"))
    }
}
