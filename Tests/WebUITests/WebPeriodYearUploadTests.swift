import DocxWriter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

@testable import WebUI

/// Last year's Word file, downloaded from Nianbao, with only the title's year changed (the statistics period still
/// last year's): its upload replaced this year's draft, one check error the only sign (rv120 F2). It is refused at
/// the door, saying which of last year's versions it came from — to the office's own clerk only.
@Suite struct WebPeriodYearUploadTests {
    /// An office's report of `year` with the next year in its title, as a Word file naming `revision`.
    static func titleChanged(_ name: String, year: Int, revision: ObjectID) throws -> [UInt8] {
        var report = SampleReport.make(agency: name, year: year)
        report.title = "\(name)\(year + 1)年政府信息公开工作年度报告"
        report.year = year + 1
        return [UInt8](try DocxWriter.write(report, revision: revision))
    }

    @Test func lastYearsFileWithItsTitleChangedIsRefusedNamingTheVersion() async throws {
        let (people, collected) = try await WebFirstDayBoardTests.county()
        let repository = people.fixture.repository
        _ = try await repository.addPerson(
            name: "赵六", role: .clerk, agencies: ["dazhuang"], password: WebPeopleTests.People.password, by: "管理员")
        let thisYear = ReportKey(agency: "changzhang", year: collected)
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: collected), to: thisYear, author: "李四", message: "初稿")
        let draft = try await repository.resolve(thisYear.description).id
        let lastYears = try await repository.resolve("changzhang/\(collected - 1)").id
        let number = try #require(try await repository.generations(of: [lastYears])[lastYears])
        let file = try Self.titleChanged("常张乡人民政府", year: collected - 1, revision: lastYears)
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let refused = try await WebUploadTests.upload(
                ("年报.docx", file), to: "/upload", fields: [("report", thisYear.description)], session: clerk,
                client: client)

            #expect(refused.status == .badRequest)
            let (last, page) = (collected - 1, Web.text(refused))
            #expect(
                page.contains(
                    "“年报.docx”：文件的标题写 \(collected) 年，统计期限却还是 \(last) 年：多半是拿 \(last) 年度的报告只改了"
                        + "标题里的年份，内容还是 \(last) 年的（这份文件是从 \(last) 年度报告（第 \(number) 版）下载的）。"
                        + "要起草 \(collected) 年度的报告，请在 \(last) 年度报告的页面上用“下载 \(collected) 年草稿”"
                        + "（上年结转已填好），或把这份文件的统计期限和内容改为 \(collected) 年的再上传。草稿没有改动。"),
                "\(page)")
            #expect(try await repository.resolve(thisYear.description).id == draft)

            // Another office's clerk whose file names 常张乡's revision: refused, and nothing of 常张乡 is said
            let other = try Self.titleChanged("大庄乡人民政府", year: collected - 1, revision: lastYears)
            let zhao = try await WebPeopleTests.session("赵六", client: client)
            let theirs = try await WebUploadTests.upload(
                ("年报.docx", other), to: "/upload", fields: [("report", "dazhuang/\(collected)")], session: zhao,
                client: client)
            #expect(theirs.status == .badRequest)
            let text = Web.text(theirs)
            #expect(text.contains("统计期限却还是 \(last) 年"), "\(text)")
            #expect(!text.contains("下载的") && !text.contains("常张乡"), "\(text)")
            #expect(try await repository.report(ReportKey(agency: "dazhuang", year: collected)) == nil)
        }
    }
}
