import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// A batch form edited by hand to tick a report that is not there: its row says so without the id that was typed
/// (rv120 M11), as it says of a report out of the person's reach.
@Suite struct WebBatchUnreachableTests {
    @Test func aReportNotThereIsListedWithoutItsId() async throws {
        let people = try await WebPeopleTests.People.make()
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await WebBatchOnBehalfTests.batch(
                "published", [ReportKey(agency: "nowhere", year: 2024)], session: reviewer, client: client)
            #expect(page.contains("一份报告"), "\(page)")
            #expect(page.contains("没有这份 2024 年的报告"))
            #expect(!page.contains("nowhere"), "\(page)")
        }
    }
}
