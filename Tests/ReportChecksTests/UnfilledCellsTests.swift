import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Unfilled cells are one finding per table, saying how many and where; a table's only unfilled cell is still named
/// at its cell (ux96 finding 15: an empty draft had 194 warnings, a township writing 无 across table 4 had 15).
@Suite struct UnfilledCellsTests {
    /// The bundled sample 000 (常张乡 2024), every table filled with 0.
    static func sample() throws -> Report {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        return try ReportParser.parse(Data(contentsOf: url)).report
    }

    static func unfilled(_ report: Report) -> [Finding] {
        ReportChecker().check(report).filter { $0.rule == "cell-not-filled" }
    }

    @Test func nextYearsUnfilledDraftHasOneFindingPerTable() throws {
        let draft = try #require(try Self.sample().nextYearDraft())
        let findings = Self.unfilled(draft)
        #expect(findings.map(\.place.table) == [2, 3, 4])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.place.rowKey == nil })
        #expect(findings.first?.message == "表二有 10 格空白，应填写数字（没有则填0）：整张表都没有填数字")
        // Table 3's 上年结转 holds last year's 结转下年度: the rest is blank, named by row.
        #expect(
            findings.dropFirst().first?.message
                == "表三有 168 格空白，应填写数字（没有则填0）：「一、本年新收政府信息公开申请数量」行 7 格、"
                + "「（一）予以公开」行 7 格、「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行 7 格、"
                + "「1.属于国家秘密」行 7 格 等 24 行")
        #expect(findings.first?.numbers["未填写格数"] == 10)
        // The board's count: three warnings for the cells, not one per cell.
        let all = ReportChecker().check(draft)
        let others = all.filter { $0.rule != "cell-not-filled" && $0.kind == .report && $0.severity == .warning }
        #expect(FindingCounts(all).warnings == others.count + 3)
    }

    @Test func wuAcrossTable4IsOneFinding() throws {
        let report = GeneratedCheckTests.editing(try Self.sample(), table: 4) { table in
            for (row, cell) in table.cells { table.setText("无", row: row.key, column: cell.column) }
        }
        let findings = Self.unfilled(report)
        #expect(findings.count == 1)
        #expect(findings.first?.place.table == 4)
        #expect(findings.first?.message == "表四有 15 格写作「无」，应填写数字（没有则填0）：整张表都没有填数字")
        let partly = GeneratedCheckTests.editing(try Self.sample(), table: 3) { table in
            table.setText("", row: "received", column: "natural-person")
            table.setText("无", row: "received", column: "business")
            table.setText("/", row: "total", column: "total")
        }
        #expect(
            Self.unfilled(partly).map(\.message) == [
                "表三有 1 格空白、1 格写作「无」、1 格写作「/」，应填写数字（没有则填0）："
                    + "「一、本年新收政府信息公开申请数量」行 2 格、「（七）总计」行 1 格"
            ])
    }

    @Test func aTablesOnlyUnfilledCellIsNamedAtTheCell() throws {
        let report = GeneratedCheckTests.editing(try Self.sample(), table: 2) { table in
            table.setText("", row: "regulations", column: "issued")
        }
        let findings = Self.unfilled(report)
        #expect(findings.count == 1)
        #expect(findings.first?.place.rowKey == "regulations")
        #expect(findings.first?.place.columnKey == "issued")
        #expect(findings.first?.message == "表二「规章」行「本年制发件数」列为空白，应填写数字（没有则填0）")
    }
}
