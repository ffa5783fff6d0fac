import Foundation
import ReportModel
import ReportParser
import Testing

/// Tables typed as tab-separated rows (a Word table pasted as text), with what clerks and extractions add: a note in
/// one cell (`190 （注1）`, `20（注）`) keeps that cell as text, its value missing, and the row's other numbers read, as
/// the .docx reader does; a page number left alone between two rows (`3`) is left out as one. They had made a whole
/// row, or all of table 4, missing as 文字顺序错乱 (review rr94 F8).
@Suite struct TabbedTableNoteTests {
    static var template3: TableTemplate {
        get throws { try #require(TemplateCatalog.standard.tables.first { $0.table == 3 && $0.format == 2021 }) }
    }

    /// Section 三 with table 3 as tab-separated rows, row i holding `100 + 10·i + column`; `edit` changes the lines.
    static func table3(_ edit: (inout [String]) -> Void = { _ in }) throws -> String {
        let template = try template3
        var lines = ["三、收到和处理政府信息公开申请情况", "", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
        lines.append((["申请人情况"] + template.columns.map(\.label)).joined(separator: "\t"))
        for row in template.rows {
            guard !row.group, let index = template.dataRows.firstIndex(where: { $0.key == row.key }) else {
                lines.append(row.label)
                continue
            }
            lines.append(([row.label] + (0..<7).map { String(100 + 10 * index + $0) }).joined(separator: "\t"))
        }
        edit(&lines)
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ key: String, of result: ParseResult, table: Int = 3) throws -> [Cell] {
        try #require(result.report.table(number: table)?.rows.first { $0.key == key }).cells
    }

    static func replace(_ old: String, with new: String, in lines: inout [String]) {
        guard let index = lines.firstIndex(where: { $0.contains(old) }) else { return }
        lines[index] = lines[index].replacingOccurrences(of: old, with: new)
    }

    @Test func aNoteInOneCellOfATabbedRowKeepsTheRow() throws {
        let text = try Self.table3 { Self.replace("\t190\t", with: "\t190 （注1）\t", in: &$0) }
        #expect(text.contains("190 （注1）"))
        let result = try ReportParser.parse(text: text)
        let cells = try Self.row("withheld.process-information", of: result)
        #expect(cells.map(\.text) == ["190 （注1）"] + (191...196).map { String($0) })
        #expect(cells.map(\.value) == [nil] + (191...196).map { Decimal($0) })
        #expect(!result.diagnostics.contains { $0.code == .tableUnreadable }, "\(result.diagnostics.map(\.message))")
        #expect(!result.diagnostics.contains { $0.code == .tableTextKept })
    }

    @Test func aNoteInOneCellOfTable4KeepsTheOtherFourteen() throws {
        let template = try #require(TemplateCatalog.standard.tables.first { $0.table == 4 && $0.format == 2021 })
        let text = """
            四、政府信息公开行政复议、行政诉讼情况

            行政复议 | 行政诉讼
            \((["项目"] + template.columns.map { $0.path.joined(separator: "/") }).joined(separator: "\t"))
            案件数量\t20（注）\t\((21...34).map { String($0) }.joined(separator: "\t"))

            五、存在的主要问题及改进情况
            """
        let result = try ReportParser.parse(text: text)
        let row = try #require(template.dataRows.first)
        let cells = try Self.row(row.key, of: result, table: 4)
        #expect(cells.map(\.text) == ["20（注）"] + (21...34).map { String($0) })
        #expect(!result.diagnostics.contains { $0.code == .tableUnreadable }, "\(result.diagnostics.map(\.message))")
    }

    @Test func aPageNumberAloneBetweenTwoRowsIsLeftOut() throws {
        let text = try Self.table3 { lines in
            let index = lines.firstIndex { $0.hasPrefix("6.属于四类过程性信息") } ?? 0
            lines.insert(contentsOf: ["", "3", ""], at: index + 1)
        }
        let result = try ReportParser.parse(text: text)
        #expect(try Self.row("withheld.process-information", of: result).map(\.text) == (190...196).map { String($0) })
        #expect(try Self.row("withheld.enforcement-files", of: result).map(\.text) == (200...206).map { String($0) })
        #expect(!result.diagnostics.contains { $0.code == .tableUnreadable }, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.contains { $0.code == .pageNumbers })
    }

    /// Right below a row, with no blank line, a lone number may be the end of a number wrapped in its cell: the
    /// table stays unreadable, and the message shows the number it saw.
    @Test func aLoneNumberRightBelowARowIsNoPageNumber() throws {
        let text = try Self.table3 { lines in
            let index = lines.firstIndex { $0.hasPrefix("6.属于四类过程性信息") } ?? 0
            lines.insert("3", at: index + 1)
        }
        let result = try ReportParser.parse(text: text)
        let unreadable = try #require(result.diagnostics.first { $0.code == .tableUnreadable })
        #expect(unreadable.message.contains("1个数不属于任何一行") && unreadable.message.contains("：3）"))
        #expect(!result.diagnostics.contains { $0.code == .pageNumbers })
    }
}
