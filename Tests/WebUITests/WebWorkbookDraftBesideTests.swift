import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing
import WebUI

/// The county's workbook of a report published and changed since (the board's 草稿（公开后有修改）): its row says the
/// draft differs and is not counted, and last year's row of an office with no report that year says 未报送 (user
/// review rv120, M9).
@Suite struct WebWorkbookDraftBesideTests {
    @Test func aPublishedReportWithANewerDraftIsSaidSoInTheWorkbook() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        // 大庄乡 2024 published, then a newer draft; 大庄乡 has no report of 2023
        try await repository.mark("dazhuang/2024", as: .submitted, author: "赵强")
        try await repository.mark("dazhuang/2024", as: .published, author: "王审核")
        let published = try await repository.report(at: people.fixture.dazhuang.id.hex)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: published, index: 0, to: "9"), to: WebFixture.dazhuang2024,
            author: "赵强", message: "公开后改了表三")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: reviewer))
            #expect(board.contains("草稿（公开后有修改）"))
            let response = try await client.execute(uri: "/workbook/2024", method: .get, headers: reviewer)
            #expect(response.status == .ok)
            let strings = try WebDownloadTests.sharedStrings(Data(response.body.readableBytesView))
            #expect(strings.contains("大庄乡人民政府（已公开；草稿另有修改，未计入）"), "\(strings)")
            #expect(strings.contains("大庄乡人民政府（未报送）"), "\(strings)")
            // 常张乡's report is a draft never published: nothing of the kind
            #expect(!strings.contains("常张乡人民政府（已公开"))
        }
    }
}
