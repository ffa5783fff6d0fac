import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing
import WebUI
import ZIPFoundation

/// The county workbook's properties counted the county's own upload of a township's file, not yet submitted on its
/// behalf, among the reports 已报来但未公开 (county reviewer, rv101): they count what was reported — submitted, or sent
/// back since — and not published; a draft nobody submitted is said to be one.
@Suite struct WebWorkbookReportedTests {
    @Test func aCountyUploadNotSubmittedIsNotCountedAsReported() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let time = Date(timeIntervalSince1970: 1_736_400_000)
        // Given 常张乡 submitted, 大庄乡 submitted and sent back, and 长乐乡's file uploaded by the county, not submitted
        try await repository.mark("changzhang/2024", as: .submitted, author: "王芳", time: time)
        try await repository.mark("dazhuang/2024", as: .submitted, author: "赵强", time: time)
        try await repository.mark(
            "dazhuang/2024", as: .returned, comment: "表三不平衡", author: "县政务公开办", time: time + 60)
        try await repository.commit(
            SampleReport.make(agency: "长乐乡人民政府", year: 2024), to: ReportKey(agency: "changle", year: 2024),
            author: "县政务公开办", message: "代传乡里QQ发来的文件", agency: Agency(id: "changle", name: "长乐乡人民政府"),
            time: time + 120)

        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/workbook/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            let entry = try #require(archive["docProps/core.xml"])
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            let properties = String(decoding: bytes, as: UTF8.self)
            #expect(properties.contains("3 个单位，1 个有草稿但未报送，2 个已报来但未公开。"), "\(properties)")
        }
    }
}
