import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// The three renderings of an edit script, and unit ids in their string form.
@Suite struct RendererTests {
    /// A year pair with a changed cell, an edited sentence, a moved paragraph and a stale year, and report text
    /// that needs escaping in HTML.
    static let script: ReportEditScript = {
        var pair = ReportPairGenerator().make(
            seed: 3, edits: [.cellsChanged, .sentenceEdited, .paragraphMoved, .yearMoved, .staleYearKept])
        pair.new.sections[5].blocks.append(.paragraph(Paragraph("<script>alert('x')</script> & “引号”")))
        return DiffEngine().diff(from: pair.old, to: pair.new)
    }()

    @Test func jsonHasTheDocumentedShape() throws {
        let text = try JSONDiffRenderer().render(Self.script)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "nianbao-diff")
        #expect(object["version"] as? Int == 1)
        for key in [
            "old", "new", "yearShift", "summary", "fields", "sections", "paragraphs", "tables", "cells", "findings",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let cells = try #require(object["cells"] as? [[String: Any]])
        let cell = try #require(cells.first)
        for key in [
            "unit", "table", "template", "section", "row", "column", "rowKey", "columnKey", "old", "new", "oldValue",
            "newValue", "delta",
        ] {
            #expect(cell.keys.contains(key), "cell lacks \(key)")
        }
        let sections = try #require(object["sections"] as? [[String: Any]])
        // Every optional field is written, null when absent (a section side's number included).
        let sides = sections.flatMap { [$0["old"], $0["new"]] }
        #expect(sections.allSatisfy { $0.keys.contains("old") && $0.keys.contains("new") })
        #expect(sides.compactMap { $0 as? [String: Any] }.allSatisfy { $0.keys.contains("number") })
        #expect(sections.allSatisfy { $0["numberPath"] is [String] && $0["title"] is String && $0["status"] is String })
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["kind"] as? String == "stale-year" })
        // It decodes back to the same document.
        let decoded = try JSONDecoder().decode(DiffDocument.self, from: Data(text.utf8))
        #expect(decoded == JSONDiffRenderer.document(Self.script))
    }

    @Test func jsonKeysAreSortedAndStable() throws {
        let first = try JSONDiffRenderer().render(Self.script)
        #expect(try JSONDiffRenderer().render(Self.script) == first)
        let keys = ["cells", "fields", "findings", "format", "new", "old"].map { "\n  \"\($0)\" :" }
        let offsets = keys.compactMap { first.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count && offsets == offsets.sorted())
    }

    @Test func htmlIsSelfContainedChineseAndEscaped() {
        let html = HTMLDiffRenderer().render(Self.script)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; “引号”"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("http"))
        for label in ["年报比较", "变动的单元格", "逐节对照", "年份未更新", "修改", "移动"] {
            #expect(html.contains(label), "missing \(label)")
        }
    }

    @Test func plainTextHasNoColourAndMarksChanges() {
        let text = TextDiffRenderer(colour: false).render(Self.script)
        #expect(!text.contains("\u{1B}["))
        #expect(text.contains("按年度比较：2024年 → 2025年"))
        #expect(text.contains("群众满意度明显提升"))
        #expect(text.contains("年份未更新 2024年"))
        let coloured = TextDiffRenderer(colour: true).render(Self.script)
        #expect(coloured.contains("\u{1B}[32m"))
    }

    @Test func replacementsReadAsOldArrowNew() {
        let renderer = TextDiffRenderer(colour: false)
        let segments = TextDiff.compare("本年共收到申请133件。", "本年共收到申请150件。").segments
        #expect(renderer.marked(segments) == "本年共收到申请[133→150]件。")
    }

    @Test func displayWidthCountsHanAsTwo() {
        #expect(DisplayWidth.of("总计") == 4)
        #expect(DisplayWidth.of("ab１") == 4)
        #expect(DisplayWidth.of("（一）") == 6)
    }

    @Test(arguments: [
        "title", "preamble/paragraph:1", "section:三/table:table3/cell:received:total", "section:一/section:二/heading",
        "section:存在的主要问题及改进情况/paragraph:2", "section:六/table:grid1/cell:a%2Fb:c%3Ad", "section:五/order",
        "section:一#2",
    ])
    func unitIDsReadBackFromTheirStringForm(_ text: String) throws {
        let unit = try #require(UnitID(text))
        #expect(unit.description == text)
    }

    @Test(arguments: ["", "section:", "paragraph:0", "cell:a", "bogus", "section:三/cell:a:b:c", "section:%zz"])
    func malformedUnitIDsAreRefused(_ text: String) {
        if text.isEmpty {
            #expect(UnitID(text) == .report)
        } else {
            #expect(UnitID(text) == nil)
        }
    }
}
