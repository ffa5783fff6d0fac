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

/// An upload's warnings and the restore form's list of places others changed, in English on the English report page
/// (a real server on 127.0.0.1 over a repository file), in Chinese on the Chinese one; the places' own words (the
/// report's numbers and the format's labels) and people's names as written.
@Suite struct WebUploadLanguageTests {
    @Test func anUploadsWarningsAreListedInEnglish() async throws {
        let people = try await WebPublishedUploadTests.published()
        let repository = people.fixture.repository
        let report = try await repository.report(at: "changzhang/2024")
        let written =
            WebReportLanguageTests.written(in: report, findings: try await repository.findings(of: "changzhang/2024"))
            + WebReportLanguageTests.said + ["县政府已审定", "常张乡2024年报.docx", "常张乡2024年报-2.docx"]
        let bytes = try await WebPublishedUploadTests.edited(repository)
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let english = try WebLanguageTests.cookies(clerk, "lang=en")
            let taken = try await WebUploadTests.upload(
                ("常张乡2024年报.docx", bytes), to: "/reports/changzhang/2024/upload",
                fields: [("confirmPublished", "1")], session: english, client: client)
            let page = Web.text(taken)
            #expect(taken.status == .ok)
            // (the new draft's findings bring their English, which quotes its labels)
            let findings = try await repository.findings(of: "changzhang/2024")
            let said = written + findings.compactMap(\.english) + ["上传 常张乡2024年报.docx"]
            #expect(
                page.contains(
                    "<li>the published version of this report is version 2: these changes are a draft, and version 2 "
                        + "stays published; once it is right, submit it for the county to publish again</li>"),
                "\(page)")
            #expect(!page.contains("worded in Chinese only"))
            #expect(Web.chineseOutside(page, written: said) == [])
            // The same upload on the Chinese page lists the warning in Chinese.
            let again = [UInt8](
                try DocxWriter.write(
                    SampleReport.settingTable3Cell(
                        of: try await repository.report(at: "changzhang/2024"), index: 1, to: "41")))
            let chinese = Web.text(
                try await WebUploadTests.upload(
                    ("常张乡2024年报-2.docx", again), to: "/reports/changzhang/2024/upload", session: clerk, client: client))
            #expect(chinese.contains("<li>这份报告已公开的是第 2 版：这次的修改是草稿，公开的仍是第 2 版；改好后请报送，由县里重新公开</li>"))
        }
    }

    @Test func theRestoreFormNamesThePlacesOthersChangedInEnglish() async throws {
        let people = try await WebPeopleTests.People.make()
        let fixture = people.fixture
        let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
        let repository = fixture.repository
        let written =
            try await WebDiffLanguageTests.written(repository, [first.id.hex, second.id.hex])
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let english = try WebLanguageTests.cookies(clerk, "lang=en")
            let path = "/reports/changzhang/2024?rev=\(first.id.hex)"
            let page = try await WebLanguageTests.get(path, english, client)
            // (李明's version 2 changed a paragraph and a cell of table 3 since version 1)
            #expect(page.contains("(version 2, 李明)"), "\(page)")
            #expect(page.contains("Table 3"))
            #expect(!page.contains("第 2 版，李明"))
            #expect(Web.chineseOutside(Web.pageWords(page, written: written), written: written) == [])
            let chinese = try await WebLanguageTests.get(path, clerk, client)
            #expect(chinese.contains("（第 2 版，李明）"))
        }
    }
}
