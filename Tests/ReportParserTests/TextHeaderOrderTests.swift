import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Text reports whose table 3 header names the columns in another order than the format's, in the layouts a header is
/// typed in: one line whose first cell is empty (tab or space layout), 法人或其他组织 before 自然人, 总计 first, one
/// cell per line. Text keeps no positions, so the numbers of the rows cannot be placed by the header: every cell of
/// the rows of more than one column is missing, with one `columns-out-of-order` for the table, never a number read
/// by position into another column. The same header in the format's order is read as before.
@Suite struct TextHeaderOrderTests {
    static let note = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)"
    static let leaves = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

    /// A text report (tab rows, distinct numbers) and what it reads as with its own header.
    static func report(seed: UInt64 = 7) throws -> (text: String, table3: Table) {
        let report = ReportGenerator(numbers: .distinct).make(seed: seed)
        let text = LayoutRenderer(layout: .tabRows, seed: seed).render(report)
        let parsed = try ReportParser.parse(text: text)
        let table3 = try #require(parsed.report.table(number: 3))
        #expect(table3.cells.allSatisfy { !$0.cell.isMissing })
        #expect(!parsed.diagnostics.contains { $0.code == .columnsOutOfOrder })
        return (text, table3)
    }

    /// Every cell of table 3 is missing, with one diagnostic for the table naming two columns.
    static func expectUnread(
        _ text: String, _ names: (String, String), sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let result = try ReportParser.parse(text: text)
        let table3 = try #require(result.report.table(number: 3), sourceLocation: sourceLocation)
        let read = table3.cells.filter { !$0.cell.isMissing }
        #expect(read.isEmpty, "\(read.count) cells read", sourceLocation: sourceLocation)
        let outOfOrder = result.diagnostics.filter { $0.code == .columnsOutOfOrder }
        #expect(outOfOrder.count == 1, "\(outOfOrder)", sourceLocation: sourceLocation)
        let diagnostic = try #require(outOfOrder.first, sourceLocation: sourceLocation)
        #expect(diagnostic.subject?.table == 3 && diagnostic.subject?.column == nil, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == .warning && diagnostic.code.isReadingProblem, sourceLocation: sourceLocation)
        #expect(
            diagnostic.message.hasPrefix(
                "表三的栏目顺序与规定格式不同（表头中「\(names.0)」在「\(names.1)」之前），从文本中无法确定各数字属于哪一栏：25行共175个单元格未读取"),
            "\(diagnostic.message)", sourceLocation: sourceLocation)
        // The rows were found: none is said to be missing from the text.
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing }, sourceLocation: sourceLocation)
    }

    /// The same text with the header in the format's order reads every cell as the report holds it.
    static func expectRead(_ text: String, as table3: Table, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try ReportParser.parse(text: text)
        #expect(result.report.table(number: 3) == table3, sourceLocation: sourceLocation)
        #expect(!result.diagnostics.contains { $0.code == .columnsOutOfOrder }, sourceLocation: sourceLocation)
    }

    static func line(_ cells: [String]) -> String { "\t\t" + cells.joined(separator: "\t") }

    @Test func aOneLineHeaderWithAnEmptyFirstCell() throws {
        let (text, table3) = try Self.report()
        let swapped = ["自然人", "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他", "总计"]
        try Self.expectUnread(try #require(text.replacingTable3Header(with: [Self.line(swapped)])), ("科研机构", "商业企业"))
        let ordered = ["自然人"] + Self.leaves + ["总计"]
        try Self.expectRead(try #require(text.replacingTable3Header(with: [Self.line(ordered)])), as: table3)
    }

    @Test func aOneLineHeaderInSpaceLayout() throws {
        let (text, table3) = try Self.report()
        let spaced = try #require(text.table3RowsInSpaces())
        let before = try #require(try ReportParser.parse(text: spaced).report.table(number: 3))
        #expect(before == table3)
        let swapped = String(repeating: " ", count: 30) + "自然人  科研机构  商业企业  社会公益组织  法律服务机构  其他  总计"
        try Self.expectUnread(try #require(spaced.replacingTable3Header(with: [swapped])), ("科研机构", "商业企业"))
        let ordered = String(repeating: " ", count: 30) + "自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计"
        try Self.expectRead(try #require(spaced.replacingTable3Header(with: [ordered])), as: table3)
    }

    @Test func legalPersonsBeforeNaturalPersons() throws {
        let (text, table3) = try Self.report()
        let header = [
            Self.line(["法人或其他组织", "", "", "", "", "自然人", "总计"]), Self.line(Self.leaves + ["", ""]),
        ]
        try Self.expectUnread(try #require(text.replacingTable3Header(with: header)), ("法人或其他组织", "自然人"))
        let ordered = [Self.line(["自然人", "法人或其他组织", "", "", "", "", "总计"]), Self.line([""] + Self.leaves + [""])]
        try Self.expectRead(try #require(text.replacingTable3Header(with: ordered)), as: table3)
    }

    @Test func theTotalFirstOnOneLine() throws {
        let (text, _) = try Self.report()
        let header = [Self.line(["总计", "自然人"] + Self.leaves)]
        try Self.expectUnread(try #require(text.replacingTable3Header(with: header)), ("总计", "自然人"))
    }

    /// With the 勾稽 note and three header lines: the check then says the columns could not be told apart, not that
    /// the clerk's 总计 is wrong.
    @Test func theTotalFirstUnderTheNote() throws {
        let (text, table3) = try Self.report()
        let header = [
            Self.note + "\t\t总计\t申请人情况\t\t\t\t\t\t", "\t\t\t自然人\t法人或其他组织\t\t\t\t\t",
            "\t\t\t\t" + Self.leaves.joined(separator: "\t") + "\t",
        ]
        let swapped = try #require(text.replacingTable3Header(with: header))
        try Self.expectUnread(swapped, ("总计", "申请人情况"))
        let parsed = try ReportParser.parse(text: swapped)
        let findings = ReportChecker().check(parsed.report, diagnostics: parsed.diagnostics)
        let unread = try #require(findings.first { $0.rule == "cells-unread" && $0.place.table == 3 })
        #expect(unread.kind == .reading && unread.message.hasPrefix("表三的栏目顺序与规定格式不同，有175个单元格"))
        #expect(
            !findings.contains { $0.place.table == 3 && ($0.rule.hasPrefix("t3-") || $0.rule == "table-incomplete") })

        let ordered = [
            Self.note + "\t\t申请人情况\t\t\t\t\t\t总计", "\t\t自然人\t法人或其他组织\t\t\t\t\t",
            "\t\t\t" + Self.leaves.joined(separator: "\t") + "\t",
        ]
        try Self.expectRead(try #require(text.replacingTable3Header(with: ordered)), as: table3)
    }

    /// The layout of sample 000: one cell per line, a blank line after each row of the table.
    @Test func oneCellPerLine() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 7)
        let text = LayoutRenderer(layout: .cellPerLineTabbed, seed: 7).render(report)
        let parsed = try ReportParser.parse(text: text)
        let table3 = try #require(parsed.report.table(number: 3))
        #expect(table3.cells.allSatisfy { !$0.cell.isMissing })
        #expect(!parsed.diagnostics.contains { $0.code == .columnsOutOfOrder })
        try Self.expectUnread(try #require(text.swappingLines("\t商业企业", "\t科研机构")), ("科研机构", "商业企业"))
        try Self.expectUnread(try #require(text.swappingLines("\t自然人", "\t法人或其他组织")), ("法人或其他组织", "自然人"))
    }

    /// One cell per line with no blank line between the header's rows (a converter that writes none): each row of
    /// the header starts at the first column of a group named before it, which is no disorder; a swap within a row
    /// is. Table 4 of sample 001 (`行政复议 |` / `行政诉讼 |` / `结果维持 |` …) is read as before.
    @Test func oneCellPerLineWithoutBlankLines() throws {
        let (text, table3) = try Self.report()
        let cells = [Self.note, "申请人情况", "总计", "自然人", "法人或其他组织"] + Self.leaves
        try Self.expectRead(try #require(text.replacingTable3Header(with: cells.map { "\t" + $0 })), as: table3)
        // 法人或其他组织 cannot start the row under 申请人情况: 自然人 is its first column.
        let swapped = [Self.note, "申请人情况", "总计", "法人或其他组织", "自然人"] + Self.leaves
        try Self.expectUnread(
            try #require(text.replacingTable3Header(with: swapped.map { "\t" + $0 })), ("总计", "法人或其他组织"))
        let leaves = [Self.note, "申请人情况", "总计", "自然人", "法人或其他组织", "科研机构", "商业企业"] + Self.leaves.dropFirst(2)
        try Self.expectUnread(
            try #require(text.replacingTable3Header(with: leaves.map { "\t" + $0 })), ("科研机构", "商业企业"))

        let report = ReportGenerator(numbers: .distinct).make(seed: 7)
        let pipe = try ReportParser.parse(text: LayoutRenderer(layout: .cellPerLinePipe, seed: 7).render(report))
        #expect(!pipe.diagnostics.contains { $0.code == .columnsOutOfOrder })
        for number in [3, 4] {
            #expect(try #require(pipe.report.table(number: number)).cells.allSatisfy { !$0.cell.isMissing })
        }
    }
}
