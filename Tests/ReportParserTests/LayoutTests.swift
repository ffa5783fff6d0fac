import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The samples' tables are all zeros, so they cannot prove that a cell lands in the right place. These tests render
/// generated reports with a distinct number in every cell into every real layout, with the samples' noise, and
/// read them back: every cell the layout determines comes back with its keys and value, and every other cell is
/// missing — no cell is ever wrong.
@Suite struct LayoutTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

    static func headings(_ sections: [Section]) -> [String] {
        sections.flatMap { [$0.heading] + headings($0.sections) }
    }

    static func paragraphs(_ report: Report) -> [String] {
        report.preamble.compactMap(\.paragraph?.text)
            + report.sections.flatMap { section in
                section.allParagraphs.map(\.text)
            }
    }

    /// Every cell of the generated report's tables, read back: determined cells equal, the others missing.
    static func compareCells(_ report: Report, _ parsed: Report, undetermined: Set<CellKey>, _ what: String) throws {
        for number in [2, 3, 4] {
            let expected = try #require(report.table(number: number))
            let found = try #require(parsed.table(number: number), "\(what): table \(number)")
            #expect(found.template == expected.template, "\(what): table \(number)")
            for (row, cell) in expected.cells {
                let key = CellKey(table: number, row: row.key, column: cell.column)
                let got = found.cell(row: row.key, column: cell.column)
                if undetermined.contains(key) {
                    if got?.isMissing != true {
                        Issue.record("\(what): \(key) is \(got?.text ?? "nil"), but the text does not determine it")
                    }
                } else if got?.text?.trimmingLayoutSpace() != cell.text || got?.value != cell.value {
                    Issue.record("\(what): \(key) is \(got?.text ?? "missing"), expected \(cell.text ?? "nil")")
                }
            }
        }
    }

    @Test(arguments: ReportLayout.allCases)
    func everyDeterminedCellComesBackAndNoCellIsWrong(layout: ReportLayout) throws {
        for seed in Self.seeds {
            var generator = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct)
            generator.table2Format2019 = seed % 4 == 3
            let report = generator.make(seed: seed)
            let rendering = LayoutRenderer(layout: layout, seed: seed).rendering(report)
            let parsed = try ReportParser.parse(Array(rendering.text.utf8))
            try Self.compareCells(report, parsed.report, undetermined: rendering.undetermined, "\(layout) seed \(seed)")
            if layout.keepsParagraphs {
                #expect(Self.headings(parsed.report.sections) == Self.headings(report.sections), "seed \(seed)")
                #expect(Self.paragraphs(parsed.report) == Self.paragraphs(report), "seed \(seed)")
            } else {
                #expect(parsed.report.sections.map(\.heading) == report.sections.map(\.heading), "seed \(seed)")
            }
            #expect(parsed.report.title == report.title)
            #expect(parsed.report.agency == report.agency)
            #expect(parsed.report.year == report.year)
            let errors = parsed.diagnostics.filter { $0.severity == .error }
            if rendering.undetermined.isEmpty {
                #expect(errors.isEmpty, "\(layout) seed \(seed): \(errors)")
            } else {
                // What the text does not determine is said to be unreadable, never read.
                #expect(errors.allSatisfy { $0.code == .tableUnreadable }, "\(layout) seed \(seed): \(errors)")
                let tables = Set(rendering.undetermined.map(\.table))
                let said = Set(parsed.diagnostics.filter(\.code.isReadingProblem).compactMap(\.subject?.table))
                #expect(tables.isSubset(of: said), "\(layout) seed \(seed): \(tables) unread, diagnostics for \(said)")
            }
        }
    }

    @Test func theLayoutsLeaveCellsUndeterminedOnlyWhereTheySay() {
        let report = ReportGenerator(numbers: .distinct).make(seed: 3)
        for layout in ReportLayout.complete {
            #expect(LayoutRenderer(layout: layout, seed: 3).rendering(report).undetermined.isEmpty, "\(layout)")
        }
        #expect(LayoutRenderer(layout: .scrambled, seed: 3).rendering(report).undetermined.count == 10 + 25 * 7 + 15)
        #expect(!LayoutRenderer(layout: .shortRows, seed: 3).rendering(report).undetermined.isEmpty)
    }
}
