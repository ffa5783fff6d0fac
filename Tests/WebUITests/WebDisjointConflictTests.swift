import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// A sync conflict whose two sides changed different places only: the page had opened with "有些地方改得不一样。请逐处
/// 选择…", and then said there was nothing to choose (rv120 M5). It now says so first.
@Suite struct WebDisjointConflictTests {
    @Test func aConflictOfDifferentPlacesAsksForNoChoice() async throws {
        let fixture = try await WebFixture.make()
        try await ConflictMaker.openConflict(in: fixture, cell: 3, to: "9")
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("改的是不同的地方：不用选择，提交后两边的改动合在一起"), "\(page)")
            #expect(!page.contains("有些地方改得不一样"))
        }
    }
}
