import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The diff page in the reader's words: changed cells by row, no ids, every finding in full (an implausible jump
/// among them), and how much of each section is last year's text.
@Suite struct WebDiffWordingTests {
    @Test func theYearDiffSpeaksOfPlacesFindingsAndTextCarriedOver() async throws {
        let fixture = try await WebFixture.make()
        // The township types 9487 where last year had 5: more than ten times, a finding to check
        let draft = try await fixture.repository.report(at: fixture.revisions2024[1].id.hex)
        _ = try await fixture.repository.commit(
            SampleReport.settingTable3Cell(of: draft, index: 0, to: "9487"), to: WebFixture.changzhang2024,
            author: "李明", message: "改表三", agency: Agency(id: "changzhang", name: "常张乡人民政府"),
            time: Date(timeIntervalSince1970: 1_736_310_000))
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/diff", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            let html = Web.text(response)
            // One line for the changed row, by its labels
            #expect(html.contains("<th scope=\"row\">本年新收</th>"))
            #expect(html.contains("自然人 <del>5</del> → <ins>9487</ins>"))
            // The implausible change is a finding to check, listed in full, with the others
            #expect(html.contains("请核实"))
            #expect(html.contains("数字与上年相差悬殊"))
            #expect(html.contains("照搬上年"))
            let styles = try await client.execute(uri: "/assets/diff.css", method: .get, headers: [:])
            #expect(!Web.text(styles).contains("max-height"), "no finding hides in a scroll box")
            // How much of each section is last year's word for word, with room below it before 年报比较 (rv108
            // F22 m: the comparison's heading sat flush against this table)
            #expect(html.contains("<h2>与上年相同的文字</h2>"))
            let site = Web.text(try await client.execute(uri: "/assets/site.css", method: .get, headers: [:]))
            #expect(site.contains(".carried-over,.cross-year{margin-bottom:1.6rem}"))
            #expect(
                html.range(of: "<th scope=\"row\">一、总体情况</th><td class=\"num\">[0-9]+%", options: .regularExpression)
                    != nil)
            // No template or unit ids in what a person reads
            let visible = Web.visibleText(html)
            for id in ["table3-2021", "table2-20", "section:", "cell:", "received", "natural-person"] {
                #expect(!visible.contains(id), "\(id)")
            }
        }
    }

    @Test func twoDraftsOfOneYearHaveNoCarriedOverShares() async throws {
        let fixture = try await WebFixture.make()
        let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/diff?from=\(first.id.hex)&to=\(second.id.hex)", method: .get,
                headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            #expect(!Web.text(response).contains("与上年相同的文字"))
        }
    }

    /// Last year's report, corrected after it was published and not published again, is compared as published: the
    /// figure the county's workbook and the checks use. The page had compared the unpublished correction.
    @Test func theYearDiffComparesLastYearAsPublished() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let changzhang = Agency(id: "changzhang", name: "常张乡人民政府")
        try await repository.mark("changzhang/2023", as: .published, author: "王审核", overriding: "测试")
        let published = try await repository.report(at: fixture.revision2023.id.hex)
        _ = try await repository.commit(
            SampleReport.settingTable3Cell(of: published, index: 0, to: "99"), to: WebFixture.changzhang2023,
            author: "李明", message: "更正2023年", agency: changzhang, time: Date(timeIntervalSince1970: 1_736_320_000))
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/diff", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            let html = Web.text(response)
            #expect(html.contains("自然人 <del>5</del> → <ins>3</ins>"), "\(html)")
            #expect(!html.contains("<del>99</del>"))
        }
    }
}
