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

/// Next year's draft sent to this year's report is refused with the way to next year's report: choose 全部 under
/// 年度 and find it. The 全部 upload list offered no year after the one being collected, and the year menu has none,
/// so the way led nowhere (rv120 F5): the list now offers next year's report of each office the person uploads to.
@Suite struct WebNextYearUploadTests {
    @Test func theWayTheRefusalGivesLeadsToNextYearsReport() async throws {
        let (people, collected) = try await WebFirstDayBoardTests.county()
        let repository = people.fixture.repository
        let next = collected + 1
        let file = [UInt8](try DocxWriter.write(SampleReport.make(agency: "常张乡人民政府", year: next)))
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            // Sent to this year's report, it is refused, pointing to 全部
            let refused = try await WebUploadTests.upload(
                ("常张乡\(next)年草稿.docx", file), to: "/upload", fields: [("report", "changzhang/\(collected)")],
                session: clerk, client: client)
            #expect(refused.status == .badRequest)
            #expect(
                Web.text(refused).contains("请在概览的“年度”里选“全部”，找到 常张乡人民政府 \(next) 年度报告上传"),
                "\(Web.text(refused))")

            // 全部 offers it in the upload list, for her office only
            let board = Web.text(try await client.execute(uri: "/?year=all", method: .get, headers: clerk))
            #expect(
                board.contains(
                    "<option value=\"changzhang/\(next)\">常张乡人民政府 \(next) 年度报告（下一年度，上传后为第 1 版）</option>"),
                "\(board)")
            #expect(!board.contains("dazhuang/\(next)"))
            // (the year being collected stays the one chosen first)
            #expect(!board.contains("<option value=\"changzhang/\(next)\" selected>"))

            // The reviewer's list under 全部 offers it for every office; a year's board does not
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let county = Web.text(try await client.execute(uri: "/?year=all", method: .get, headers: reviewer))
            #expect(county.contains("<option value=\"dazhuang/\(next)\">"), "\(county)")
            let thisYears = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            #expect(!thisYears.contains("changzhang/\(next)"))

            // Chosen there, the upload makes its 第 1 版, and the list then names it as begun, once
            let uploaded = try await WebUploadTests.upload(
                ("常张乡\(next)年草稿.docx", file), to: "/upload", fields: [("report", "changzhang/\(next)")],
                session: clerk, client: client)
            #expect(uploaded.status == .ok)
            #expect(try await repository.report(ReportKey(agency: "changzhang", year: next)) != nil)
            let after = Web.text(try await client.execute(uri: "/?year=all", method: .get, headers: clerk))
            #expect(after.components(separatedBy: "<option value=\"changzhang/\(next)\"").count == 2, "\(after)")
            #expect(!after.contains("（下一年度，上传后为第 1 版）"))
        }
    }

    /// In English the choice says the same.
    @Test func theChoiceIsWordedInEnglish() {
        let key = ReportKey(agency: "changzhang", year: 2026)
        let label = PageWords.english.overview.uploadChoice(
            key, name: "常张乡人民政府", awaited: false, published: false, next: true)
        #expect(label.hasSuffix(" (next year: the upload is version 1)"), "\(label)")
    }
}
