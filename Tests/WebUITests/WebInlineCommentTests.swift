import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportDiff
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// Comments (批注) beside the text: each right after the unit it is on (a paragraph, a table cell's row), and the
/// comments block above the text a summary that links to them.
@Suite struct WebInlineCommentTests {
    @Test func eachCommentIsShownRightAfterItsParagraphAndItsCellsRow() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let head = fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let anchors = CommentAnchor.all(in: report)
        let paragraph = try #require(anchors.first { $0.unit.contains("paragraph:") && $0.label.contains("全年主动") })
        let cell = try #require(anchors.first { $0.unit.contains("table:table3/cell:") })
        let county = Principal(author: "王审核")
        let onParagraph = try await repository.addComment(
            on: head.id.hex, at: paragraph.unit, text: "请写明主动公开的栏目。", by: county,
            time: Date().addingTimeInterval(-120))
        _ = try await repository.addComment(
            on: head.id.hex, at: cell.unit, text: "这一格请与正文核对。", by: county, time: Date().addingTimeInterval(-60))
        try await fixture.test { client in
            let html = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            let document = try #require(html.range(of: "<section class=\"document\">"))
            let text = html[document.upperBound...]
            // The paragraph's comment right after the paragraph
            let sentence = try #require(text.range(of: "全年主动公开政府信息150条"))
            let paragraphEnd = try #require(text[sentence.upperBound...].range(of: "</p>\n"))
            let afterParagraph = text[paragraphEnd.upperBound...]
            #expect(
                afterParagraph.hasPrefix("<aside class=\"comment-inline\" id=\"ct-\(onParagraph.id.shortHex(12))\">"))
            #expect(afterParagraph.prefix(400).contains("请写明主动公开的栏目。"))
            #expect(afterParagraph.prefix(400).contains("王审核"))
            // Each named by its writer and number, as the CLI names it (王审核的批注 1)
            #expect(afterParagraph.prefix(400).contains("<span class=\"tag\"><bdi>王审核</bdi>的批注 1 · 未解决</span>"))
            // The cell's comment in a row of its own right after the cell's row
            let unit = try #require(UnitID(cell.unit))
            guard case .cell(let row, _) = unit.components.last else {
                Issue.record("not a cell: \(cell.unit)")
                return
            }
            let rowStart = try #require(text.range(of: "<tr id=\"\(TableView.anchor("t3", row))\">"))
            let rowEnd = try #require(text[rowStart.upperBound...].range(of: "</tr>\n"))
            let afterRow = text[rowEnd.upperBound...]
            #expect(afterRow.hasPrefix("<tr class=\"row-comments\">"))
            let nextRow = afterRow.range(of: "<tr id=")?.lowerBound ?? afterRow.endIndex
            #expect(afterRow[..<nextRow].contains("这一格请与正文核对。"))
            #expect(afterRow[..<nextRow].contains("批注 2 · 未解决"))
            // The block above the text lists them and links to each
            let summary = try #require(html.range(of: "<section class=\"comments\" id=\"comments\">"))
            #expect(summary.lowerBound < document.lowerBound)
            #expect(html[summary.upperBound...].contains("<span class=\"tag\">未解决</span> <bdi>王审核</bdi>的批注 1 <strong>"))
            #expect(html.contains("<a href=\"#ct-\(onParagraph.id.shortHex(12))\">在正文中查看</a>"))
        }
    }
}
