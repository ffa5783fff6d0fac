import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// A report's page in English, for one who chose it, on a real server on 127.0.0.1 over a repository file: its frame,
/// facts, buttons, marks, workflow, comments and check findings in English; the report's text, its tables' labels,
/// the national format's titles and what people wrote (comments, notes, names, messages) as written; the Chinese page
/// as it was.
@Suite struct WebReportLanguageTests {
    typealias People = WebPeopleTests.People

    /// What the report itself says, which its page shows as written in both languages: its title, headings (with
    /// their numbers and titles, whole and shortened as places name them), paragraphs, its tables' labels and cells,
    /// the national format's table names and notes.
    static func written(in report: Report, findings: [Finding]) -> [String] {
        var texts = [report.title, report.agency].compactMap { $0 }
        func short(_ text: String) -> [String] { [text, String(text.prefix(18)) + "…"] }
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): texts += short(paragraph.text)
                case .table(let table):
                    texts += table.rows.flatMap { $0.path + $0.cells.compactMap(\.text) }
                    texts += table.columns.flatMap(\.path)
                    if let definition = table.templateDefinition {
                        texts += [definition.name, definition.note].compactMap { $0 }
                        texts += definition.rows.flatMap(\.path) + definition.columns.flatMap(\.path)
                        // (the form's printed row numbers, which table 3's places name a row by: （七）总计, rv115 M3)
                        texts += ["一", "二", "三", "四", "五", "六", "七"].map { "（\($0)）" }
                    }
                }
            }
        }
        func walk(_ sections: [Section]) {
            for section in sections {
                let heading = Heading(section.heading)
                texts += [section.heading, heading.number?.text].compactMap { $0 } + short(heading.title)
                add(section.blocks)
                walk(section.sections)
            }
        }
        add(report.preamble)
        walk(report.sections)
        // (the ids of the places a comment can be on, in the comment form's choices, name the report's sections)
        texts += CommentAnchor.all(in: report).map(\.unit)
        // (each finding brings its English, which quotes the report's labels; numbers named by the format's labels)
        texts += findings.compactMap(\.english) + findings.flatMap(\.numbers.keys).filter(NumberNames.isFormatLabel)
        var chinese = Set(texts).filter { $0.unicodeScalars.contains(where: Web.isChinese) }
        // (places name a cell by its row and column labels shortened to what tells them apart in the table: parts
        // of the labels above, as the report has them)
        let parts = CommentAnchor.all(in: report, language: .english).flatMap {
            $0.label.components(separatedBy: CharacterSet(charactersIn: "·:")).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        let labels = chinese
        chinese.formUnion(
            Set(parts).filter { part in
                part.unicodeScalars.contains(where: Web.isChinese) && labels.contains { $0.contains(part) }
            })
        return Array(chinese.union(chinese.map(Escape.html)))
    }

    /// What the people of the fixture wrote, and what they wrote here.
    static let said =
        WebLanguageTests.written + [
            "李四", "请核对表三的数字。", "请写明主动公开的栏目。", "已改。", "数字已与原件核对。", "常张乡党政办", "新收申请改为4件",
        ]

    @Test func theReportPageInEnglishKeepsTheReportAndWhatPeopleWroteAsWritten() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        let repository = fixture.repository
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await repository.mark("changzhang/2024", as: .returned, comment: "请核对表三的数字。", author: "王审核")
        let head = fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let county = Principal(author: "王审核")
        let paragraph = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("paragraph:") })
        let comment = try await repository.addComment(
            on: head.id.hex, at: paragraph.unit, text: "请写明主动公开的栏目。", by: county)
        try await repository.answer(
            comment: comment.id.hex, in: WebFixture.changzhang2024, text: "已改。", by: Principal(author: "李四"))
        let decided = try await repository.decidedFindings(of: [head])[head.id] ?? []
        let finding = try #require(decided.first { $0.finding.kind == .report })
        try await repository.decide(
            finding: finding.key, on: head.id.hex, verdict: .dismissed, reason: "数字已与原件核对。", by: county)
        try await ConflictMaker.openConflict(in: fixture)
        let written = Self.written(in: report, findings: try await repository.findings(of: head.id.hex)) + Self.said
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(session, "lang=en")
            // (the pages are checked for Chinese once all are read: the check takes longer than a connection waits)
            var pages: [String: String] = [:]
            for path in ["/reports/changzhang/2024", "/reports/changzhang/2024?rev=\(head.id.hex)"] {
                let page = try await WebLanguageTests.get(path, english, client)
                #expect(page.contains("<html lang=\"en\">"))
                #expect(
                    page.contains("<dt>Status</dt><dd><span class=\"status st-conflict\">Conflict</span>"), "\(page)")
                #expect(page.contains("<h2>Workflow</h2>"))
                #expect(page.contains("Two lines of changes must be merged: resolve the conflict first."))
                #expect(page.contains("<bdi>王审核</bdi>&#39;s comment 1") || page.contains("<bdi>王审核</bdi>'s comment 1"))
                #expect(page.contains("Reply: <bdi class=\"said\">已改。</bdi>"))
                #expect(page.contains("correction request: 请核对表三的数字。"))
                #expect(page.contains("Not adopted by the county, not counted"))
                #expect(page.contains("<h2>Check findings (1 not adopted, not counted)</h2>"))
                pages[path] = page
            }
            // The history of the two lines, both of version 2, told apart in English.
            pages["history"] = try await WebLanguageTests.get("/reports/changzhang/2024/history", english, client)
            let chinese = try await WebLanguageTests.get("/reports/changzhang/2024", session, client)
            #expect(chinese.contains("<html lang=\"zh-CN\">"))
            #expect(chinese.contains("<dt>状态</dt><dd><span class=\"status st-conflict\">有冲突</span>"))
            #expect(chinese.contains("<bdi>王审核</bdi>的批注 1"))
            #expect(chinese.contains("回复：<bdi class=\"said\">已改。</bdi>"))
            #expect(chinese.contains("<h2>检查结果（1 个不予采纳，不计入）</h2>"))
            #expect(chinese.contains("两条修改线需要合并：请先处理冲突。"))
            #expect(!chinese.contains("Not adopted"))
            for (path, page) in pages { #expect(Web.chineseOutside(page, written: written) == [], "\(path)") }
        }
    }

    @Test func anUploadRefusedOnTheEnglishPageSaysWhyInEnglish() async throws {
        let people = try await WebPublishedUploadTests.published()
        let repository = people.fixture.repository
        let report = try await repository.report(at: "changzhang/2024")
        let written =
            Self.written(in: report, findings: try await repository.findings(of: "changzhang/2024")) + Self.said
            + ["县政府已审定", "常张乡2024年报.docx"]
        let bytes = try await WebPublishedUploadTests.edited(repository)
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let english = try WebLanguageTests.cookies(clerk, "lang=en")
            let page = try await WebLanguageTests.get("/reports/changzhang/2024", english, client)
            #expect(page.contains("This report is <strong>published</strong>: the published one is Version 2"))
            let refused = try await WebUploadTests.upload(
                ("常张乡2024年报.docx", bytes), to: "/reports/changzhang/2024/upload", session: english, client: client)
            let text = Web.text(refused)
            #expect(refused.status == .conflict)
            #expect(text.contains("&quot;常张乡2024年报.docx&quot; was not uploaded: this report is published"), "\(text)")
            #expect(Web.chineseOutside(page, written: written) == [])
            #expect(Web.chineseOutside(text, written: written) == [])
        }
    }

    @Test func theRedlineInEnglishKeepsTheReportsWordsAsWritten() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        let repository = fixture.repository
        let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
        var written = Self.said
        for ref in [first.id.hex, second.id.hex, fixture.revision2023.id.hex] {
            written += Self.written(
                in: try await repository.report(at: ref), findings: try await repository.findings(of: ref))
        }
        let texts = written
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(session, "lang=en")
            var pages: [String: String] = [:]
            for path in [
                "/reports/changzhang/2024/redline",
                "/reports/changzhang/2024/redline?from=\(first.id.hex)&to=\(second.id.hex)",
            ] {
                let page = try await WebLanguageTests.get(path, english, client)
                #expect(page.contains("<html lang=\"en\">"))
                #expect(page.contains("<h1>常张乡人民政府 2024 report · Redline</h1>"), "\(page)")
                #expect(page.contains("<dd id=\"redline-counts\">Insertions <strong>"))
                pages[path] = page
            }
            let chinese = try await WebLanguageTests.get("/reports/changzhang/2024/redline", session, client)
            #expect(chinese.contains("<h1>常张乡人民政府 2024 年度报告 · 修订视图</h1>"))
            #expect(chinese.contains("<dd id=\"redline-counts\">插入 <strong>"))
            // (a struck or underlined piece is a piece of the report's text, cut where it changed)
            for (path, page) in pages {
                let marked = try Regex("<(del|ins)>([^<]*)</(del|ins)>")
                let unmarked = page.replacing(marked) { match in
                    let piece = String(match.output[2].substring ?? "")
                    return texts.contains { $0.contains(piece) } ? "\u{1}" : String(match.output[0].substring ?? "")
                }
                // (and so is what stayed the same between them)
                let cut = unmarked.replacing(try Regex("<p>([^<]*\u{1}[^<]*)</p>")) { match in
                    let parts = String(match.output[1].substring ?? "").components(separatedBy: "\u{1}")
                    return "<p>" + parts.map { part in texts.contains { $0.contains(part) } ? " " : part }.joined()
                        + "</p>"
                }
                #expect(Web.chineseOutside(cut, written: texts) == [], "\(path)")
            }
        }
    }
}
