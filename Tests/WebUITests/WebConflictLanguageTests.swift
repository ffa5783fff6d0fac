import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The conflict page in English, for one who chose it, on a real server on 127.0.0.1 over a repository file: its
/// explanation, the sides, what each did, the choices and the buttons in English; the place, the report's text on
/// each side and the names of people, offices and nodes as written; the Chinese page as it was.
@Suite struct WebConflictLanguageTests {
    typealias People = WebDiffLanguageTests.People

    @Test func theConflictPageInEnglishNamesTheChoicesInEnglish() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        let written =
            try await WebDiffLanguageTests.written(
                fixture.repository, [fixture.revisions2024[0].id.hex, fixture.revisions2024[1].id.hex, theirs.hex])
            + ["county", "changzhang"]
            // (the edit box's mark of two figures to settle, which the server looks for, as the English refusal
            // names it: “〔待改定：…｜…〕”, rv120 M4)
            + ["〔待改定：3｜4〕"]
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(session, "lang=en")
            let path = "/reports/changzhang/2024/conflict"
            let page = try await WebLanguageTests.get(path, english, client)
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains("<h1>常张乡人民政府 2024 report · Conflict</h1>"), "\(page)")
            #expect(page.contains("both changed this report from the same version, some places differently."))
            #expect(
                page.contains("<bdi>revisions pushed by changzhang</bdi>: Version 2 (changzhang 常张乡党政办)"), "\(page)")
            #expect(page.contains("<dt>李明 (county)</dt>"))
            #expect(page.contains("<h3>三、Table 3 · 本年新收 · 自然人</h3>"), "\(page)")
            #expect(page.contains("<p class=\"sub\">Both sides changed it</p>"))
            #expect(page.contains("<dt>李明 changed it to</dt><dd><del>0</del><ins>3</ins></dd>"))
            #expect(page.contains("value=\"ours\" required> Keep what 李明 has</label>"))
            #expect(page.contains(">Keep what 常张乡党政办 has everywhere</button>"))
            #expect(Web.chineseOutside(Web.pageWords(page, written: written), written: written) == [])
            let chinese = try await WebLanguageTests.get(path, session, client)
            #expect(chinese.contains("<h1>常张乡人民政府 2024 年度报告 · 冲突</h1>"))
            #expect(chinese.contains("都在同一稿的基础上改动了这份报告，有些地方改得不一样。"))
            #expect(chinese.contains("<bdi>changzhang 推送的修订</bdi>："))
            #expect(chinese.contains("<dt>李明（county）</dt>"))
            #expect(chinese.contains("<h3>三、表三 · 本年新收 · 自然人</h3>"))
            #expect(chinese.contains("<dt>李明 改为</dt><dd><del>0</del><ins>3</ins></dd>"))
            #expect(chinese.contains("value=\"ours\" required> 保留李明的</label>"))
            #expect(!chinese.contains("Keep what"))
        }
    }

    @Test func aReportWithoutAConflictSaysSoInEnglish() async throws {
        let people = try await People.make()
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let page = try await WebLanguageTests.get(
                "/reports/changzhang/2024/conflict", try WebLanguageTests.cookies(session, "lang=en"), client)
            #expect(page.contains("This report has no open conflict."))
            #expect(Web.chineseOutside(page, written: WebLanguageTests.written) == [])
        }
    }
}
