import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import Testing

/// The English of a finding counts its nouns in the number they need (user review ux98, J5: `7 cells in 1 rows hold
/// no data`).
@Suite struct EnglishCountTests {
    @Test(arguments: [
        (["licensing"], "1 cell in 1 row holds no data"),
        (["licensing", "penalties"], "2 cells in 2 rows hold no data"),
    ])
    func anIncompleteTableCountsItsCellsAndRows(rows: [String], said: String) throws {
        let (_, report) = try SameNumbersTests.pair()
        let edited = GeneratedCheckTests.editing(report, table: 2) { table in
            for row in rows { table.setText(nil, row: row, column: "decisions") }
        }
        let finding = try #require(ReportChecker().check(edited).first { $0.rule == "table-incomplete" })
        let english = try #require(finding.english)
        #expect(english.contains(said), "\(english)")
    }
}
