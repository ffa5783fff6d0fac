import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A row of table 3 typed with six numbers for its seven columns (自然人 … 总计) in a text report: which column is empty
/// cannot be told, so the row stays missing — and its diagnostic keeps the row as the clerk typed it, so that the
/// reviewer sees the numbers the report has and the clerk sees what to mend (they were kept nowhere).
@Suite struct RowTypedShortTests {
    static let numbers = ["101", "102", "103", "104", "105", "106", "621"]

    /// A generated report whose row 一、本年新收 reads `numbers`, written in a layout, with 102 taken out of the text.
    static func text(layout: ReportLayout) throws -> (text: String, row: String) {
        var report = ReportGenerator(numbers: .distinct).make(seed: 5)
        guard case .table(var table) = report.sections[2].blocks[0] else { throw CorpusError.notFound("table 3") }
        for (column, text) in zip(Table3Column.allCases, numbers) {
            table.setText(text, row: Table3Row.received.rawValue, column: column.rawValue)
        }
        report.sections[2].blocks[0] = .table(table)
        var lines = LayoutRenderer(layout: layout, seed: 5).render(report).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("101") })
        if lines[line].contains("102") {
            // `| 101 | 102 | 103 |` or `101    102    103`: the row on one line.
            lines[line] = lines[line].replacingOccurrences(of: "| 102 |", with: "|")
                .replacingOccurrences(of: "[ \t]+102", with: "", options: .regularExpression)
            return (lines.joined(separator: "\n"), lines[line])
        }
        // One cell per line: the row runs from its label's line to its last number's.
        let label = try #require(lines[..<line].lastIndex { $0.contains("本年新收") })
        let removed = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "102" })
        lines.remove(at: removed)
        let last = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "621" })
        return (lines.joined(separator: "\n"), lines[label...last].joined(separator: "\n"))
    }

    @Test(arguments: [ReportLayout.inlinePipes, .pdfLayout, .cellPerLineTabbed])
    func aRowWithANumberTooFewKeepsItsNumbersInItsDiagnostic(layout: ReportLayout) throws {
        let (text, row) = try Self.text(layout: layout)
        let result = try ReportParser.parse(text: text)
        // Not guessed into cells: the whole row is missing.
        let table = try #require(result.report.table(number: 3))
        #expect(
            Table3Column.allCases.map { table.cell(Table3Row.received, $0)?.text } == Array(repeating: nil, count: 7))
        let short = try #require(result.diagnostics.first { $0.code == .rowIncomplete })
        #expect(short.subject == DiagnosticSubject(table: 3, row: Table3Row.received.rawValue, text: row))
        let typed = row.components(separatedBy: "\n").map { $0.trimmingLayoutSpace() }.filter { !$0.isEmpty }
        #expect(
            short.message
                == "表三「一、本年新收政府信息公开申请数量」行只有6个数，应有7个：少了1个数，无法确定缺的是哪一栏，"
                + "所以该行未填入表中，按缺失处理（请核对原件）；原文：\(typed.joined(separator: " / "))")
        for number in Self.numbers where number != "102" { #expect(short.message.contains(number)) }
    }

    /// The rows of sample 002, as Word pasted its table into text: the label, an empty cell under the label's second
    /// column, the seven numbers, a trailing tab. With six numbers, or with 总计 left empty, which blank is the
    /// layout's and which an empty cell cannot be told: the row was read with 自然人 empty and every number one column
    /// to the right (5 under 商业企业, a wrong number whose row still added up); it is missing now, its numbers in
    /// the diagnostic.
    @Test(arguments: ["\t\t5\t3\t1\t2\t4\t15\t", "\t\t5\t3\t1\t2\t4\t0\t\t", "\t\t\t3\t1\t2\t4\t0\t10\t"])
    func aRowWhoseBlanksCannotBeToldApartIsMissing(cells: String) throws {
        let path = "Scripts/samples/002_a820d62a7dc226b5.txt"
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        let sample = String(decoding: data, as: UTF8.self)
        let row = "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t"
        #expect(sample.contains(row))
        let typed = "一、本年新收政府信息公开申请数量" + cells
        let result = try ReportParser.parse(text: sample.replacingOccurrences(of: row, with: typed))
        let table = try #require(result.report.table(number: 3))
        #expect(
            Table3Column.allCases.map { table.cell(Table3Row.received, $0)?.text } == Array(repeating: nil, count: 7))
        // The next row, laid out the same with its seven numbers, is read.
        #expect(Table3Column.allCases.map { table.value(Table3Row.carriedOver, $0) } == Array(repeating: 0, count: 7))
        let short = try #require(result.diagnostics.first { $0.code == .rowIncomplete })
        #expect(short.subject?.text == typed)
    }
}
