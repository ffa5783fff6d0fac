import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The diff page in English, for one who chose it, on a real server on 127.0.0.1 over a repository file: the year
/// comparison and the comparison of two drafts say their own words in English — the headings, the legend, the names
/// of the changes, the table of changed cells — and the reports' text, sections and labels as written; the Chinese
/// page as it was.
@Suite struct WebDiffLanguageTests {
    typealias People = WebPeopleTests.People

    /// The renderer's own Chinese words, each as a whole piece of text between two tags: what the Chinese page says
    /// and the English one must not.
    static let chineseLabels = [
        "年报比较", "旧", "新", "标题", "机关", "年度", "行", "变动的栏目", "总计", "逐节对照", "导语", "修改", "新增", "删除", "移动",
        "未变", "照搬上年", "对比", "返回报告", "修订视图", "选择其他修订",
    ]

    static func written(_ repository: ReportRepository, _ refs: [String]) async throws -> [String] {
        var written = WebReportLanguageTests.said
        for ref in refs {
            written += WebReportLanguageTests.written(
                in: try await repository.report(at: ref), findings: try await repository.findings(of: ref))
        }
        return written
    }

    @Test func theYearAndDraftComparisonsInEnglishKeepTheReportsWordsAsWritten() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
        let written = try await Self.written(
            fixture.repository, [first.id.hex, second.id.hex, fixture.revision2023.id.hex])
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(session, "lang=en")
            let year = "/reports/changzhang/2024/diff"
            let drafts = "/reports/changzhang/2024/diff?from=\(first.id.hex)&to=\(second.id.hex)"
            var pages: [String: String] = [:]
            for path in [year, drafts] {
                let page = try await WebLanguageTests.get(path, english, client)
                #expect(page.contains("<html lang=\"en\">"))
                #expect(page.contains("<h1>常张乡人民政府 2024 report · Comparison</h1>"), "\(page)")
                #expect(page.contains("<h1>Report comparison</h1>"))
                #expect(page.contains("<th>Row</th><th>Changed columns</th>"))
                #expect(page.contains("<h2>Section by section</h2>"))
                #expect(page.contains("<div>Old: 常张乡人民政府 20"))
                for label in Self.chineseLabels { #expect(!page.contains(">\(label)<"), "\(path): \(label)") }
                pages[path] = page
            }
            #expect(pages[year]?.contains("Comparing years: the change of year from 2023 to 2024 is expected") == true)
            #expect(pages[year]?.contains("<h2>Text the same as last year") == true)
            #expect(pages[drafts]?.contains("Comparing drafts: every difference is marked.") == true)
            #expect(pages[drafts]?.contains("<span class=\"badge b-modified\">modified</span>") == true)
            let chinese = try await WebLanguageTests.get(year, session, client)
            #expect(chinese.contains("<h1>常张乡人民政府 2024 年度报告 · 对比</h1>"))
            #expect(chinese.contains("<h1>年报比较</h1>"))
            #expect(chinese.contains("<th>行</th><th>变动的栏目</th>"))
            #expect(chinese.contains("按年度比较：2023年 → 2024年 的年份变化属正常，不标为修改。"))
            #expect(chinese.contains("<h2>与上年相同的文字</h2>"))
            #expect(!chinese.contains("Comparison"))
            for (path, page) in pages {
                #expect(Web.chineseOutside(Web.pageWords(page, written: written), written: written) == [], "\(path)")
            }
        }
    }
}
