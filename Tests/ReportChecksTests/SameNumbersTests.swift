import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A table whose numbers were all left as last year's is a warning with last year's report; an all-zero table, a
/// table with one number changed and too few numbers to mean anything are not (ux96 finding 9).
@Suite struct SameNumbersTests {
    /// The bundled sample 000 (常张乡 2024, every table 0) and the same report a year on.
    static func pair() throws -> (old: Report, new: Report) {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let moved = text.replacingOccurrences(of: "2025年1月8日", with: "2026年1月8日")
            .replacingOccurrences(of: "2024", with: "2025")
        return (try ReportParser.parse(text: text).report, try ReportParser.parse(text: moved).report)
    }

    /// Table 2's 行政许可, 行政处罚 and 行政强制 decisions set, as the ux review's clerk had them.
    static func decisions(_ report: Report, _ licensing: Int, _ penalties: Int, _ enforcement: Int) -> Report {
        GeneratedCheckTests.editing(report, table: 2) { table in
            table.setText("\(licensing)", row: "licensing", column: "decisions")
            table.setText("\(penalties)", row: "penalties", column: "decisions")
            table.setText("\(enforcement)", row: "enforcement", column: "decisions")
        }
    }

    static func sameNumbers(_ report: Report, previous: Report) -> [Finding] {
        ReportChecker().check(report, previous: previous).filter { $0.rule == "cross-year-same-numbers" }
    }

    @Test func table2LeftAsLastYearsIsAWarning() throws {
        let (old, new) = try Self.pair()
        let findings = Self.sameNumbers(Self.decisions(new, 12, 3, 3), previous: Self.decisions(old, 12, 3, 3))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.kind == .report)
        #expect(finding.place.table == 2)
        #expect(finding.message == "表二的数字与 2024 年完全相同（12、3、3），请确认是本年的数字")
    }

    @Test func allZeroOneChangeOrTooFewAreNoFinding() throws {
        let (old, new) = try Self.pair()
        // Every table 0 both years: nothing happened, twice.
        #expect(Self.sameNumbers(new, previous: old).isEmpty)
        // One number changed.
        #expect(Self.sameNumbers(Self.decisions(new, 12, 4, 3), previous: Self.decisions(old, 12, 3, 3)).isEmpty)
        // Two non-zero numbers the same: a quiet office's ordinary year.
        #expect(Self.sameNumbers(Self.decisions(new, 2, 1, 0), previous: Self.decisions(old, 2, 1, 0)).isEmpty)
        // Without last year's report, or with a report of another year, nothing is compared.
        #expect(Self.sameNumbers(Self.decisions(new, 12, 3, 3), previous: Self.decisions(new, 12, 3, 3)).isEmpty)
    }

    @Test func aStockLeftUnchangedIsNoFinding() throws {
        // 现行有效件数 stays as it was when nothing was issued or repealed: not the year's own figure.
        let (old, new) = try Self.pair()
        func inForce(_ report: Report) -> Report {
            GeneratedCheckTests.editing(Self.decisions(report, 0, 0, 0), table: 2) { table in
                table.setText("7", row: "regulations", column: "in-force")
                table.setText("15", row: "normative-documents", column: "in-force")
            }
        }
        #expect(Self.sameNumbers(inForce(new), previous: inForce(old)).isEmpty)
    }
}

/// The real 洪泽区 reports: the 2023/2024 pair is no finding; the 2024 report's tables handed in again as 2025 are.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct SameNumbersCorpusTests {
    @Test func hongzesRealPairIsNoFindingAndACopiedYearIs() throws {
        let old = try ReportParser.parse(try Corpus.data("real/hongze-2023-pdftotext-layout.txt")).report
        let text = String(decoding: try Corpus.data("real/hongze-2024-pdftotext-layout.txt"), as: UTF8.self)
        let new = try ReportParser.parse(text: text).report
        #expect(SameNumbersTests.sameNumbers(new, previous: old).isEmpty)
        let copied = try ReportParser.parse(text: text.replacingOccurrences(of: "2024", with: "2025")).report
        let findings = SameNumbersTests.sameNumbers(copied, previous: new)
        #expect(findings.map(\.place.table).contains(3), "\(findings.map(\.message))")
        let table3 = try #require(findings.first { $0.place.table == 3 })
        #expect(table3.message.hasPrefix("表三的数字与 2024 年完全相同（"))
        #expect(table3.message.hasSuffix("），请确认是本年的数字"))
    }
}
