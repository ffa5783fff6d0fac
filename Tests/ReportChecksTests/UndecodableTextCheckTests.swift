import DocumentLayout
import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A PDF whose figures are set in a font without a ToUnicode map (review rv112 F8): MuPDF reads each digit as U+FFFD.
/// The report is not to blame: the cells holding it, and what could not be found (the year, table 4), are reading
/// problems naming the page, never the report's errors.
@Suite struct UndecodableTextCheckTests {
    static let unknown = "\u{FFFD}\u{FFFD}\u{FFFD}"

    /// The parser's note for a page with characters it could not tell.
    static let note = Diagnostic(
        .warning, line: nil, code: .pageTextUndecodable, "第2页有无法识别的字符",
        subject: DiagnosticSubject(page: 2))

    @Test func cellsOfUndecodableDigitsAreAReadingProblemNotUnfilledCells() throws {
        let report = GeneratedCheckTests.editing(ReportGenerator(numbers: .balanced).make(seed: 5), table: 3) { table in
            for column in Table3Column.allCases {
                table.setText(Self.unknown, row: Table3Row.received.rawValue, column: column.rawValue)
            }
        }
        let findings = ReportChecker().check(report, diagnostics: [Self.note])
        let unread = try #require(findings.first { $0.rule == "cell-undecodable" })
        #expect(unread.kind == .reading && unread.severity == .warning && unread.place.table == 3)
        #expect(unread.numbers["未能读取的单元格"] == 7)
        #expect(findings.contains { $0.rule == "page-text-undecodable" && $0.kind == .reading })
        #expect(!findings.contains { $0.rule == "cell-not-filled" })
        #expect(!findings.contains { $0.kind == .report && $0.severity == .error })
    }

    @Test func whatCouldNotBeFoundOnSuchAPageIsAReadingProblem() throws {
        var report = ReportGenerator(numbers: .balanced).make(seed: 5)
        // Table 4's section without its table, and no year (its digits were the font's too).
        for index in report.sections.indices {
            report.sections[index].blocks.removeAll {
                if case .table(let table) = $0 { return table.templateDefinition?.table == 4 }
                return false
            }
        }
        report.year = nil
        let findings = ReportChecker().check(report, diagnostics: [Self.note])
        let missing = try #require(findings.first { $0.rule == "table-missing" && $0.place.table == 4 })
        #expect(missing.kind == .reading && missing.severity == .warning)
        #expect(missing.message.contains("第2页有无法识别的字符"))
        let year = try #require(findings.first { $0.rule == "year-missing" })
        #expect(year.kind == .reading && year.severity == .warning)
        // Without the parser's note, the same gap is the report's.
        let blind = ReportChecker().check(report)
        #expect(blind.contains { $0.rule == "table-missing" && $0.severity == .error })
        #expect(blind.contains { $0.rule == "year-missing" && $0.severity == .error })
    }

    @Test func theParserNamesThePage() throws {
        var document = LaidOutDocument(
            format: .pdf, blocks: [.paragraph(LayoutParagraph("一、总体情况", page: 1))], pageCount: 2)
        document.undecodablePages = [2]
        let result = try ReportParser.parse(document: document)
        let note = try #require(result.diagnostics.first { $0.code == .pageTextUndecodable })
        #expect(note.severity == .warning && note.subject?.page == 2)
        #expect(note.message.hasPrefix("第2页有无法识别的字符"))
    }
}
