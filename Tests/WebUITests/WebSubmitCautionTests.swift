import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// The report page's 报送 button of a revision whose checks find errors says so beside it, as `nianbao mark …
/// submitted` does (``MarkRules/submitCaution(_:)``): submitting is not refused, but the clerk is told that the
/// county will see the errors (user review ux96, finding 6: it was a bare button).
@Suite struct WebSubmitCautionTests {
    /// The text of the form that submits, or `nil` when the page offers none.
    static func submitForm(_ token: String, _ client: any TestClientProtocol) async throws -> String? {
        let page = Web.text(
            try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(token)))
        guard let button = page.range(of: "name=\"mark\" value=\"submitted\">"),
            let start = page[..<button.lowerBound].range(of: "<form", options: .backwards),
            let end = page[button.upperBound...].range(of: "</form>")
        else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func theSubmitButtonOfARevisionWithErrorsSaysTheCountyWillSeeThem() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        // Given a draft whose table 3 does not add up
        let draft = try await repository.report(at: fixture.revisions2024[1].id.hex)
        let bad = try await repository.commit(
            SampleReport.settingTable3Cell(of: draft, index: 0, to: "999"), to: WebFixture.changzhang2024,
            author: "李明", message: "改表三")
        let errors = try await repository.findingCounts(of: [bad.revision])[bad.revision.id]?.errors ?? 0
        try #require(errors > 0)
        try await fixture.test { client in
            let form = try #require(try await Self.submitForm(fixture.township, client))

            #expect(form.contains("class=\"alert submit-caution\""), "\(form)")
            #expect(form.contains("这一修订的检查有 \(errors) 个错误（见下面的检查结果）"), "\(form)")
            #expect(form.contains("县里会看到这些错误，多半会退回，最好改正后再报送。"), "\(form)")

            // And submitting it is not refused
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post,
                headers: Web.form(fixture.township),
                body: Web.body([
                    ("csrf", try await Web.csrf(for: fixture.township, client: client)), ("mark", "submitted"),
                    ("revision", bad.revision.id.hex), ("draft", bad.revision.id.hex),
                ]))
            #expect(response.status == .seeOther)
            #expect(try await repository.report(WebFixture.changzhang2024)?.status == .submitted)
        }
    }

    /// The county's own reviewer, submitting on a township's behalf, is the county the caution speaks of: it tells
    /// her what to do before publishing, not that "the county will likely return" it (user review ux98, J7).
    @Test func theCountyIsNotToldTheCountyWillReturnIt() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let draft = try await repository.report(at: fixture.revisions2024[1].id.hex)
        _ = try await repository.commit(
            SampleReport.settingTable3Cell(of: draft, index: 0, to: "999"), to: WebFixture.changzhang2024,
            author: "王审核", message: "改表三")
        try await fixture.test { client in
            let form = try #require(try await Self.submitForm(fixture.county, client))

            #expect(form.contains("公开前请处理这些错误"), "\(form)")
            #expect(!form.contains("县里会看到") && !form.contains("多半会退回"), "\(form)")
        }
    }

    @Test func theSubmitButtonOfACleanRevisionIsBare() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let clean = try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: WebFixture.changzhang2024, author: "李明",
            message: "改回")
        let counts = try #require(try await repository.findingCounts(of: [clean.revision])[clean.revision.id])
        try #require(counts.errors + counts.warnings == 0)
        try await fixture.test { client in
            let form = try #require(try await Self.submitForm(fixture.township, client))

            #expect(!form.contains("submit-caution"), "\(form)")
        }
    }
}
