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

/// A correction uploaded on the county's pages over a submitted report: the office's own clerk was told
/// 须由报送单位重新报送或由县里代为报送 — the county's words, though she is the 报送单位 (rv119 M6). She is told to submit
/// again; the county's reviewer keeps the county's words.
@Suite struct WebSubmittedUploadWordingTests {
    @Test func theOfficesClerkIsToldToSubmitAgainAndTheReviewerWhatItMeansAtTheCounty() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await people.live { client in
            for (person, value, told, notTold) in [
                ("李四", "41", "县里看到的也是草稿；改好后请重新报送。", "须由报送单位重新报送"),
                ("王审核", "43", "须由报送单位重新报送或由县里代为报送", "改好后请重新报送"),
            ] {
                try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
                let draft = try await repository.report(at: "changzhang/2024")
                let bytes = [UInt8](
                    try DocxWriter.write(SampleReport.settingTable3Cell(of: draft, index: 0, to: value)))
                let session = try await WebPeopleTests.session(person, client: client)
                let uploaded = try await WebUploadTests.upload(
                    ("常张乡2024.docx", bytes), to: "/reports/changzhang/2024/upload", session: session, client: client)
                let page = Web.text(uploaded)
                #expect(page.contains("这份报告已报送的是第 "), "\(person): \(page)")
                #expect(page.contains(told), "\(person): \(page)")
                #expect(!page.contains(notTold), "\(person)")
            }
        }
    }
}
