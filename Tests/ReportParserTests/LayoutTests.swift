import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The samples' tables are all zeros, so they cannot prove that a cell lands in the right place. These tests render
/// generated reports with a distinct number in every cell into every real layout, with the samples' noise, and
/// read them back.
@Suite struct LayoutTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

    static func cells(_ table: Table) -> [String: Decimal?] {
        var cells: [String: Decimal?] = [:]
        for (row, cell) in table.cells { cells["\(row.key) × \(cell.column)"] = cell.value }
        return cells
    }

    static func headings(_ sections: [Section]) -> [String] {
        sections.flatMap { [$0.heading] + headings($0.sections) }
    }

    static func paragraphs(_ report: Report) -> [String] {
        report.preamble.compactMap(\.paragraph?.text) + report.sections.flatMap { section in
            section.allParagraphs.map(\.text)
        }
    }

    @Test(arguments: ReportLayout.allCases)
    func everyCellComesBackWithItsKeysAndValue(layout: ReportLayout) throws {
        for seed in Self.seeds {
            var generator = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct)
            generator.table2Format2019 = seed % 4 == 3
            let report = generator.make(seed: seed)
            let text = LayoutRenderer(layout: layout, seed: seed).render(report)
            let parsed = try ReportParser.parse(Array(text.utf8))
            for number in [2, 3, 4] {
                let expected = try #require(report.table(number: number))
                let found = try #require(parsed.report.table(number: number), "table \(number), seed \(seed)")
                #expect(found.template == expected.template, "table \(number), seed \(seed)")
                #expect(found.missingCount == 0, "table \(number), seed \(seed)")
                let want = Self.cells(expected)
                let got = Self.cells(found)
                for key in want.keys.sorted() where want[key] != got[key] {
                    Issue.record("\(layout) seed \(seed) table \(number): \(key) is \(String(describing: got[key])), expected \(String(describing: want[key]))")
                }
            }
            #expect(Self.headings(parsed.report.sections) == Self.headings(report.sections), "seed \(seed)")
            #expect(Self.paragraphs(parsed.report) == Self.paragraphs(report), "seed \(seed)")
            #expect(parsed.report.title == report.title)
            #expect(parsed.report.agency == report.agency)
            #expect(parsed.report.year == report.year)
            let errors = parsed.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "seed \(seed): \(errors)")
        }
    }
}
