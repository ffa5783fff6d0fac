import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The checks never blame a report for what could not be read: a consistent report gives no arithmetic or
/// missing-section error in any layout, and what the text does not let the parser read is a reading problem.
@Suite struct ReadingFindingTests {
    static let arithmetic: Set<String> = ["t3-identity", "t3-row-total", "t3-result-total", "t4-total"]

    @Test(arguments: ReportLayout.allCases)
    func aConsistentReportHasNoErrorInAnyLayout(layout: ReportLayout) throws {
        for seed: UInt64 in [1, 2, 3, 4] {
            let report = ReportGenerator(numbers: .balanced).make(seed: seed)
            let rendering = LayoutRenderer(layout: layout, seed: seed).rendering(report)
            let parsed = try ReportParser.parse(text: rendering.text)
            let findings = ReportChecker().check(parsed.report, diagnostics: parsed.diagnostics)
            let blamed = findings.filter { $0.kind == .report && $0.severity == .error }
            #expect(blamed.isEmpty, "\(layout) seed \(seed): \(blamed)")
            let wrong = findings.filter {
                Self.arithmetic.contains($0.rule) || $0.rule == "section-missing" || $0.rule == "table-missing"
            }
            #expect(wrong.isEmpty, "\(layout) seed \(seed): \(wrong)")
            let reading = findings.filter { $0.kind == .reading }
            if rendering.undetermined.isEmpty {
                #expect(reading.isEmpty, "\(layout) seed \(seed): \(reading)")
            } else {
                // Each table with cells the text does not determine is named as a reading problem, never an error.
                let tables = Set(rendering.undetermined.map(\.table))
                #expect(Set(reading.compactMap(\.place.table)).isSuperset(of: tables), "\(layout) seed \(seed)")
                #expect(reading.allSatisfy { $0.severity != .error })
            }
        }
    }

    @Test func aScrambledTableIsAReadingProblemWithThePromisedMessage() throws {
        let report = ReportGenerator(numbers: .balanced).make(seed: 7)
        let parsed = try ReportParser.parse(text: LayoutRenderer(layout: .scrambled, seed: 7).render(report))
        let findings = ReportChecker().check(parsed.report, diagnostics: parsed.diagnostics)
        let table4 = try #require(findings.first { $0.rule == "table-unreadable" && $0.place.table == 4 })
        #expect(table4.kind == .reading)
        #expect(table4.message.hasPrefix("表四无法从文本中可靠读取，请核对原件"))
        // Without the parser's word, the same missing cells are the report's.
        let blind = ReportChecker().check(parsed.report)
        #expect(blind.contains { $0.rule == "table-incomplete" && $0.kind == .report && $0.severity == .error })
    }

    @Test func sectionsNotFoundInAnUnreadableOutlineAreReadingProblems() {
        var report = ReportGenerator(numbers: .balanced).make(seed: 2)
        report.sections = [report.sections[1]]
        let findings = ReportChecker().check(report).filter { $0.rule == "section-missing" }
        #expect(findings.count == 5)
        #expect(findings.allSatisfy { $0.kind == .reading && $0.severity == .warning })
        var readable = ReportGenerator(numbers: .balanced).make(seed: 2)
        readable.sections.remove(at: 3)
        let missing = ReportChecker().check(readable).filter {
            $0.rule == "section-missing" || $0.rule == "table-missing"
        }
        #expect(missing.map(\.kind) == [.report, .report])
    }

    @Test func aTableWhoseNumbersStayInTheTextIsNotSaidToBeMissingFromTheReport() {
        var report = ReportGenerator(numbers: .balanced).make(seed: 2)
        report.sections[3].blocks = [.paragraph(Paragraph("行政复议 行政诉讼 结果维持 1 0 0 0 1 总计 0 0 0 0 0 0 0 0 0 0"))]
        let finding = ReportChecker().check(report).first { $0.rule == "table-missing" }
        #expect(finding?.kind == .reading)
        #expect(finding?.message == "表四（政府信息公开行政复议、行政诉讼情况）无法从文本中识别，请核对原件")
    }

    /// A table read as lines of text, a row per line (`行政许可 9487`), or typed down the page as a table that matches
    /// no template: its numbers are in the section, so the table is a reading problem, not missing from the report.
    @Test func aTableReadAsRowsOfTextOrTypedDownThePageIsAReadingProblem() {
        var rows = ReportGenerator(numbers: .balanced).make(seed: 2)
        rows.sections[1].blocks = ["规章 0 0 0", "行政规范性文件 3 1 8", "行政许可 9487", "行政处罚 2776"].map {
            .paragraph(Paragraph($0))
        }
        var down = ReportGenerator(numbers: .balanced).make(seed: 2)
        down.sections[3].blocks = [
            .table(
                Table(
                    template: nil,
                    columns: [TableColumn(key: "c0", path: ["项目"]), TableColumn(key: "c1", path: ["数量"])],
                    rows: ["维持", "纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉"].enumerated().map { index, label in
                        TableRow(key: "r\(index)", path: [label], cells: [Cell(column: "c1", text: "\(index)")])
                    }))
        ]
        for (report, name) in [(rows, "表二"), (down, "表四")] {
            let finding = ReportChecker().check(report).first { $0.rule == "table-missing" }
            #expect(finding?.kind == .reading, "\(name)")
            #expect(finding?.severity == .warning)
        }
        // A section of prose without the table's numbers: the table is missing from the report
        var prose = ReportGenerator(numbers: .balanced).make(seed: 2)
        prose.sections[1].blocks = [.paragraph(Paragraph("本年度主动公开政府信息情况见下。"))]
        #expect(ReportChecker().check(prose).first { $0.rule == "table-missing" }?.kind == .report)
    }

    @Test func theProseCountIsTheClauseOwnNotItsQualifiers() throws {
        var report = ReportGenerator(numbers: .balanced).make(seed: 5)
        let handled = try #require(report.table(number: 3)?.value(Table3Row.total, Table3Column.total))
        report.sections[0].blocks.append(
            .paragraph(Paragraph("全年办结政府信息公开申请\(handled)件（含上年度结转申请34件，另有103件顺延到下年度答复），其中予以公开5件。")))
        #expect(!ReportChecker().check(report).contains { $0.rule == "prose-table" })
        report.sections[0].blocks.append(.paragraph(Paragraph("全年办结政府信息公开申请\(handled + 1)件。")))
        #expect(ReportChecker().check(report).contains { $0.rule == "prose-table" && $0.numbers["正文"] == handled + 1 })
    }

    @Test func aSplitDigitIsHintedNeverChanged() throws {
        let report = GeneratedCheckTests.editing(ReportGenerator(numbers: .balanced).make(seed: 5), table: 4) { table in
            for (part, text) in zip(Table4Part.allCases, ["1", "0", "0", "0", "10"]) {
                table.setText(text, row: Table4Row.cases.rawValue, column: Table4Column(.review, part).rawValue)
            }
        }
        let findings = ReportChecker().check(report)
        let total = try #require(findings.first { $0.rule == "t4-total" })
        #expect(total.numbers["各项之和"] == 1)
        let hint = try #require(findings.first { $0.rule == "split-digits" })
        #expect(hint.severity == .note)
        #expect(hint.kind == .reading)
        #expect(hint.numbers["可能的原数"] == 10)
        #expect(report.table(number: 4)?.value(Table4Row.cases, Table4Column(.review, .upheld)) == 1)
    }

    @Test func numbersWrittenInWordsAreCheckedWithANote() throws {
        let report = GeneratedCheckTests.editing(ReportGenerator(numbers: .zeros).make(seed: 5), table: 3) { table in
            table.setText("零", row: Table3Row.received.rawValue, column: Table3Column.business.rawValue)
            table.setText("0件", row: Table3Row.received.rawValue, column: Table3Column.research.rawValue)
        }
        let findings = ReportChecker().check(report)
        #expect(findings.filter { $0.rule == "cell-written-number" }.count == 2)
        #expect(!findings.contains { $0.rule == "cell-not-filled" || Self.arithmetic.contains($0.rule) })
    }
}

/// A column the parser left missing because the table's headers put the columns out of the format's order and its
/// own header could not be read is a reading problem of the table, not cells the report left empty.
@Suite struct ColumnsOutOfOrderFindingTests {
    @Test func theUnplacedColumnIsAReadingProblem() throws {
        var report = ReportGenerator(numbers: .balanced).make(seed: 3)
        var count = 0
        for section in report.sections.indices {
            for block in report.sections[section].blocks.indices {
                guard case .table(var table) = report.sections[section].blocks[block],
                    table.templateDefinition?.table == 3
                else { continue }
                for row in table.rows.map(\.key) where table.setText(nil, row: row, column: "natural-person") {
                    count += 1
                }
                report.sections[section].blocks[block] = .table(table)
            }
        }
        #expect(count == 25)
        let diagnostic = Diagnostic(
            .warning, line: nil, code: .columnsOutOfOrder, "表三的栏目顺序与规定格式不同",
            subject: DiagnosticSubject(table: 3, column: "natural-person"))
        let findings = ReportChecker().check(report, diagnostics: [diagnostic])
        let unread = try #require(findings.first { $0.rule == "cells-unread" && $0.place.table == 3 })
        #expect(unread.kind == .reading && unread.severity == .warning)
        #expect(unread.message.hasPrefix("表三的栏目顺序与规定格式不同，有25个单元格无法确定属于哪一栏"))
        #expect(!findings.contains { $0.rule == "table-incomplete" })
        // Without the parser's word, the same missing cells are the report's.
        #expect(ReportChecker().check(report).contains { $0.rule == "table-incomplete" && $0.kind == .report })
    }

    /// A text report whose header names 科研机构 before 商业企业: the parser leaves table 3's rows missing, and the
    /// check says it could not tell the columns apart, not that the report left the cells empty.
    @Test func aTextTableWithItsHeaderOutOfOrderIsAReadingProblem() throws {
        let report = ReportGenerator(numbers: .balanced).make(seed: 3)
        let text = LayoutRenderer(layout: .tabRows, seed: 3).render(report)
        let swapped = try #require(text.swappingTabbedHeaderCells(startingWith: "商业", and: "科研"))
        let parsed = try ReportParser.parse(text: swapped)
        let findings = ReportChecker().check(parsed.report, diagnostics: parsed.diagnostics)
        let unread = try #require(findings.first { $0.rule == "cells-unread" && $0.place.table == 3 })
        #expect(unread.kind == .reading && unread.severity == .warning)
        #expect(unread.message.hasPrefix("表三的栏目顺序与规定格式不同，有"))
        #expect(
            !findings.contains { $0.rule == "table-incomplete" || ReadingFindingTests.arithmetic.contains($0.rule) })
    }

    /// A row of a text table typed with one number too few (rr89 F10): a reading finding of its own, at its row, that
    /// shows the numbers the clerk typed; the row stays missing and no other row is blamed.
    @Test func aRowTypedWithANumberTooFewShowsWhatWasTyped() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 5)
        let table = try #require(report.table(number: 3))
        let typed = try Table3Column.allCases.map { try #require(table.cell(Table3Row.received, $0)?.text) }
        var lines = LayoutRenderer(layout: .inlinePipes, seed: 5).render(report).components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("本年新收") && $0.contains("| \(typed[0]) |") })
        lines[row] = lines[row].replacingOccurrences(of: "| \(typed[1]) |", with: "|")
        let parsed = try ReportParser.parse(text: lines.joined(separator: "\n"))
        let findings = ReportChecker().check(parsed.report, diagnostics: parsed.diagnostics)
        let unread = findings.filter { $0.rule == "cells-unread" }
        #expect(unread.count == 1)
        let finding = try #require(unread.first)
        #expect(finding.kind == .reading && finding.severity == .warning)
        #expect(finding.place.rowKey == Table3Row.received.rawValue)
        #expect(finding.numbers["缺失单元格"] == 7)
        #expect(finding.message.hasPrefix("表三「一、本年新收政府信息公开申请数量」行只有6个数，应有7个：少了1个数"))
        #expect(finding.message.hasSuffix("原文：\(lines[row].trimmingLayoutSpace())"))
        #expect(!findings.contains { $0.rule == "table-incomplete" })
    }
}
