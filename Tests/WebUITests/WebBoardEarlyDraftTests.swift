import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// One township starting next year's draft early (the report page offers 下载 2025 年草稿 once 2024 is published)
/// turned every reviewer's board to 2025, all other offices 未报送 for a year not yet due and the 2024 round she is
/// still reviewing gone from the default view (user review ux96, finding 8). The board opens at the year being
/// collected (last calendar year: ``ReportRepository/reportingYear(scope:now:)``) and names the early draft under
/// its heading.
@Suite struct WebBoardEarlyDraftTests {
    @Test func anEarlyDraftOfNextYearLeavesTheBoardOnTheYearBeingCollected() async throws {
        // The years as the served board reads the clock: `collected` is being collected, `early` is under way
        let collected = ReportRepository.collectedYear()
        let early = collected + 1
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        for (agency, name) in [("changzhang", "常张乡人民政府"), ("dazhuang", "大庄乡人民政府")] {
            try await repository.commit(
                SampleReport.make(agency: name, year: collected), to: ReportKey(agency: agency, year: collected),
                author: "李明", message: "初稿", agency: Agency(id: agency, name: name))
        }
        try await repository.addAgency(id: "xihe", name: "西河乡人民政府", by: "管理员")
        // Given 常张乡 starts next year's draft early
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: early), to: ReportKey(agency: "changzhang", year: early),
            author: "李明", message: "提前开始")
        try await fixture.test { client in
            for token in [fixture.county, fixture.township] {
                let board = Web.text(try await client.execute(uri: "/", method: .get, headers: Web.cookie(token)))

                #expect(board.contains("\(collected) 年度报送情况"), "\(board)")
                #expect(!board.contains("\(early) 年度报送情况"))
                #expect(board.contains("<option value=\"\(collected)\" selected>"))
                #expect(
                    board.contains(
                        "\(early) 年度已有 1 份报告提前开始（常张乡人民政府），还没到报送的时候：<a href=\"/?year=\(early)\">查看 \(early) 年度</a>"
                    ), "\(board)")
            }
            let county = Web.text(try await client.execute(uri: "/", method: .get, headers: Web.cookie(fixture.county)))
            #expect(WebBoardTests.rows(county).contains("xihe/\(collected)"))
            #expect(!WebBoardTests.rows(county).contains("xihe/\(early)"))
            // The year asked for is shown, the early one too
            let asked = Web.text(
                try await client.execute(uri: "/?year=\(early)", method: .get, headers: Web.cookie(fixture.county)))
            #expect(asked.contains("\(early) 年度报送情况"))
            #expect(!asked.contains("early-year"))
        }
    }
}
