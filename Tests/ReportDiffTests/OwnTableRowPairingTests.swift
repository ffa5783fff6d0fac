import Foundation
import ReportModel
import Testing

@testable import ReportDiff

/// An office's own table (渠道 | 项目 | 条数, the 渠道 repeated on each of its rows) was compared row by row on its
/// keys, the first label and its occurrence (`政府网站#2`): a row 转载 added above 小计 made the year comparison say
/// 小计 fell from 10 to 2, where 10 became 12 beside a new row of 2 (wn99 F11). Rows pair by their labels.
@Suite struct OwnTableRowPairingTests {
    /// A table as the parser keeps a grid that matches no template.
    static func table(_ rows: [[String]]) -> Table {
        let columns = ["渠道", "项目", "条数"].map { TableColumn(key: $0, path: [$0]) }
        var seen: [String: Int] = [:]
        let tableRows = rows.map { row in
            seen[row[0], default: 0] += 1
            let count = seen[row[0], default: 1]
            return TableRow(
                key: count == 1 ? row[0] : "\(row[0])#\(count)", path: [row[0]],
                cells: zip(columns, row).map { Cell(column: $0.key, text: $1) })
        }
        return Table(template: nil, columns: columns, rows: tableRows)
    }

    @Test func aRowAddedAboveAnotherIsAddedNotComparedWithIt() {
        let old = Self.table([["政府网站", "本级发布", "10"], ["政府网站", "小计", "10"], ["微信公众号", "小计", "5"]])
        let new = Self.table([
            ["政府网站", "本级发布", "10"], ["政府网站", "转载", "2"], ["政府网站", "小计", "12"], ["微信公众号", "小计", "5"],
        ])
        let diff = TableComparer.compare(
            old: old, new: new, name: "table1", unit: UnitID.report, oldBlock: 0, newBlock: 0)
        #expect(
            diff.cells.map { "\($0.rowKey) \($0.columnKey) \($0.old ?? "-")→\($0.new ?? "-")" } == ["政府网站#3 条数 10→12"])
        #expect(diff.onlyNew.map(\.text) == ["政府网站", "转载", "2"])
        #expect(diff.onlyOld.isEmpty)
    }

    @Test func aRemovedRowIsRemovedAndTheRestStillCompare() {
        let old = Self.table([["政府网站", "本级发布", "10"], ["政府网站", "转载", "2"], ["政府网站", "小计", "12"]])
        let new = Self.table([["政府网站", "本级发布", "11"], ["政府网站", "小计", "11"]])
        let diff = TableComparer.compare(
            old: old, new: new, name: "table1", unit: UnitID.report, oldBlock: 0, newBlock: 0)
        #expect(
            diff.cells.map { "\($0.rowKey) \($0.old ?? "-")→\($0.new ?? "-")" } == ["政府网站 10→11", "政府网站#2 12→11"])
        #expect(diff.onlyOld.map(\.text) == ["政府网站", "转载", "2"])
    }
}
