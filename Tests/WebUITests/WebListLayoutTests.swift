import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebUI

/// At 1280 px the history, 操作记录 and board pages broke a two-character name (`张` / `丽`), 第 N 版, a time
/// (`2026-12-` / `07 22:51`), 类别 and the offices' names over lines, while a long message took the width; the board
/// printed as a narrow column of broken names with its 查看 links and an empty 上级 column (user walk rv115, F2 and
/// F12). The cells that must stay whole say so in the markup, and the style sheets keep them whole.
@Suite struct WebListLayoutTests {
    /// The class of a row's cell, by its label (`data-label`): `""` for a cell without one, `nil` for no such cell.
    static func cellClass(_ label: String, in row: Substring) -> String? {
        guard let label = row.range(of: " data-label=\"\(label)\""),
            let open = row[..<label.lowerBound].range(of: "<td", options: .backwards)
        else { return nil }
        let tag = row[open.upperBound...].prefix { $0 != ">" }
        guard let value = tag.range(of: "class=\"") else { return "" }
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }

    /// The rows of a page's list table, each from its `<tr` to its `</tr>`.
    static func rows(_ html: String) -> [Substring] {
        guard let body = html.range(of: "<tbody>") else { return [] }
        return html[body.upperBound...].components(separatedBy: "</tr>").dropLast().map { Substring($0) }
            .filter { $0.contains("<td") }
    }

    static func asset(_ name: String, _ client: any TestClientProtocol) async throws -> String {
        Web.text(try await client.execute(uri: "/assets/\(name)", method: .get, headers: [:]))
    }

    @Test func theBoardKeepsNamesVersionsAndTimesOnOneLine() async throws {
        let fixture = try await WebBoardTests.fixture()
        try await fixture.test { client in
            let board = try await WebBoardTests.page("/?year=2024", fixture.county, client)
            let rows = Self.rows(board)
            #expect(rows.count == 4)
            for row in rows {
                #expect(Self.cellClass("机关", in: row) == "keep-words", "\(row)")
                #expect(Self.cellClass("类别", in: row) == "nowrap")
                #expect(Self.cellClass("检查", in: row) == "checks nowrap")
                #expect(Self.cellClass("距截止", in: row)?.hasPrefix("nowrap") == true)
                #expect(Self.cellClass("最新修订", in: row) == "message")
                #expect(row.contains("<div class=\"sub nowrap\">"))  // the time under 最后修改
            }
            // The version on one line; the message in its column, cut after three lines, whole in its title
            #expect(board.contains("<span class=\"nowrap\">第 2 版</span><div class=\"sub\" title=\"补充第一部分\">"))
            let site = try await Self.asset("site.css", client)
            #expect(site.contains(".nowrap{white-space:nowrap}"))
            #expect(site.contains(".keep-words{word-break:keep-all}"))
            // (but on the board's screen an office's name wraps within seven characters: kept whole, the longest
            // names of a county ran 距截止 and 查看 off a 1280 px screen, rv118 F4)
            #expect(site.contains(".overview td.keep-words{word-break:normal;min-width:7em}"))
            #expect(site.contains(".overview td.message .sub{display:-webkit-box;-webkit-box-orient:vertical;"))
            #expect(site.contains("-webkit-line-clamp:3;"))
        }
    }

    @Test func theHistoryKeepsNamesVersionsAndTimesOnOneLine() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let history = try await WebBoardTests.page("/reports/changzhang/2024/history", fixture.county, client)
            let rows = Self.rows(history)
            #expect(rows.count == 2)
            for row in rows {
                #expect(Self.cellClass("修订", in: row) == "nowrap", "\(row)")
                #expect(Self.cellClass("作者", in: row) == "nowrap")
                #expect(Self.cellClass("时间", in: row) == "nowrap")
                #expect(Self.cellClass("说明", in: row) == "wraps")
                #expect(Self.cellClass("标记", in: row) == "wraps")
            }
            #expect(history.contains("class=\"nowrap\">第 1 版</a>"))  // the parent
            // A name with its office and author may break before the bracket, never inside 第 6 版
            #expect(HistoryView.isQualified("第 6 版（常张乡 李明）") && HistoryView.isQualified("version 6 (Li Ming)"))
            #expect(!HistoryView.isQualified("第 6 版"))

        }
    }

    @Test func theAuditLogKeepsTimesPeopleAndActionsOnOneLine() async throws {
        let people = try await WebPeopleTests.People.make()
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)  // a line: 登录
            let audit = try await WebLanguageTests.get("/audit", session, client)
            let lines = Self.rows(audit)
            #expect(!lines.isEmpty)
            for line in lines {
                for label in ["时间", "操作人", "操作"] {
                    #expect(Self.cellClass(label, in: line) == "nowrap", "\(label): \(line)")
                }
                #expect(Self.cellClass("报告", in: line) == "keep-words")
                #expect(Self.cellClass("说明", in: line) == "wraps")
                #expect(Self.cellClass("节点", in: line) == "keep-words")
            }
        }
    }

    @Test func theBoardPrintsWithoutTickBoxesLinksOrAnEmptyParentColumn() async throws {
        let fixture = try await WebBoardTests.fixture()
        try await fixture.test { client in
            // 安阳乡 has a parent: the 上级 column is there, marked for print to leave out, as 查看 and 选择 are
            let board = try await WebBoardTests.page("/?year=2024&print=1", fixture.county, client)
            #expect(board.contains("<th class=\"pick\">选择</th>"))
            #expect(
                board.contains(" class=\"parent\"><a href=\"/?year=2024&amp;sort=parent&amp;order=asc\">上级</a></th>"))
            #expect(board.contains("<th class=\"links\">查看</th>"))
            for row in Self.rows(board) {
                #expect(Self.cellClass("选择", in: row) == "pick")
                #expect(Self.cellClass("上级", in: row) == "parent keep-words")
                #expect(Self.cellClass("查看", in: row) == "links")
            }
            let printing = try await Self.asset("printing.css", client)
            #expect(printing.contains(".overview .pick,.overview .links,.overview .parent{display:none!important}"))
            #expect(printing.contains("body:has(table.overview){page:wide}"))
            #expect(printing.contains(".overview td.message .sub{-webkit-line-clamp:2;line-clamp:2}"))
            #expect(printing.contains(".overview td.keep-words{white-space:nowrap}"))
        }
        // No office with a parent: no 上级 column at all, on the screen or on paper
        let plain = try await WebFixture.make()
        try await plain.test { client in
            let board = try await WebBoardTests.page("/?year=2024", plain.county, client)
            #expect(!board.contains("上级"))
            #expect(Self.rows(board).allSatisfy { Self.cellClass("上级", in: $0) == nil })
        }
    }
}
