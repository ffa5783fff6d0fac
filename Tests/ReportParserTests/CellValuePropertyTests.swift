import Foundation
import PropertyBased
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A cell's value is always one number token of the source, never digits joined across spaces or lines nor a value
/// moved along its row: over random line wrapping of labels, numbers alone on their line, missing values and
/// scrambled tables, every cell read is the generated report's own, and every cell the text determines is read.
@Suite struct CellValuePropertyTests {
    /// The words of a text: what stands between spaces of any width, line breaks and `|`.
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).map(String.init))
    }

    /// Every cell with a value in the report's template tables is one word of the text.
    static func valuesAreWords(_ report: Report, of text: String) -> [String] {
        let words = Self.words(text)
        var strays: [String] = []
        for (_, table) in report.tables where table.template != nil {
            for (row, cell) in table.cells where cell.value != nil {
                let typed = cell.text?.trimmingLayoutSpace() ?? ""
                if !words.contains(typed) { strays.append("\(row.key) × \(cell.column): \(typed)") }
            }
        }
        return strays
    }

    @Test func aCellsValueIsAlwaysOneNumberTokenOfTheSource() async {
        await propertyCheck(
            count: 40, input: Gen.int(in: 1...1_000_000), Gen.double(in: 0...1), Gen.double(in: 0...1),
            Gen.double(in: 0...0.4), Gen.double(in: 0...0.6)
        ) { seed, wrap, alone, drop, scramble in
            let noise = TextNoise(wrapLabels: wrap, numbersAlone: alone, dropValue: drop, scrambleTable: scramble)
            let report = ReportGenerator(numbers: .distinct).make(seed: UInt64(seed))
            let rendering = LayoutRenderer(layout: .rawRows, seed: UInt64(seed), noise: noise).rendering(report)
            let parsed = try ReportParser.parse(text: rendering.text).report
            #expect(Self.valuesAreWords(parsed, of: rendering.text) == [], "seed \(seed), \(noise)")
            try LayoutTests.compareCells(
                report, parsed, undetermined: rendering.undetermined, "seed \(seed), \(noise)")
        }
    }

    @Test func rowsWithALostValueAreMissingWholeNeverShifted() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 42)
        let noise = TextNoise(wrapLabels: 0.5, numbersAlone: 0.5, dropValue: 1)
        let rendering = LayoutRenderer(layout: .rawRows, seed: 42, noise: noise).rendering(report)
        let parsed = try ReportParser.parse(text: rendering.text)
        for (_, table) in parsed.report.tables where table.template != nil {
            #expect(table.cells.allSatisfy { $0.cell.isMissing })
        }
        #expect(parsed.diagnostics.contains { $0.code == .rowIncomplete && $0.subject?.table == 2 })
    }
}
