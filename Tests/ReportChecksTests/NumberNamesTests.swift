import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import Testing

/// The numbers a finding shows are named in English on English pages: the checks' own names in English, only the
/// national format's labels as written (user review ux98, J2: `与上年相同的非零格 = 3` under the English cross-year
/// warning).
@Suite struct NumberNamesTests {
    /// The labels of the format's tables: the only names a finding's number keeps in Chinese in English.
    static let formatLabels: Set<String> = {
        var labels: Set<String> = []
        for number in [2, 3, 4] {
            for template in TemplateCatalog.standard.tables(number: number) {
                for row in template.dataRows {
                    labels.formUnion(row.path)
                    for column in template.columns(of: row) { labels.formUnion(column.path) }
                }
                labels.insert(template.shortName)
            }
        }
        return labels
    }()

    /// Every number the findings of these reports show, by the name it has.
    static func names(_ findings: [Finding]) -> Set<String> {
        Set(findings.flatMap(\.numbers.keys))
    }

    @Test func theCrossYearAndUnfilledFindingsNameTheirNumbersInEnglish() throws {
        let (old, new) = try SameNumbersTests.pair()
        let same = SameNumbersTests.sameNumbers(
            SameNumbersTests.decisions(new, 12, 3, 3), previous: SameNumbersTests.decisions(old, 12, 3, 3))
        let unfilled = UnfilledCellsTests.unfilled(try #require(try UnfilledCellsTests.sample().nextYearDraft()))
        let names = Self.names(same + unfilled)
        try #require(names.contains("与上年相同的非零格") && names.contains("未填写格数"))
        for name in names {
            let english = NumberNames.english(name)
            #expect(
                Self.formatLabels.contains(name) || !english.unicodeScalars.contains { $0.value >= 0x2E80 },
                "\(name) → \(english)")
        }
        #expect(NumberNames.english("与上年相同的非零格") == "non-zero cells the same as last year")
    }
}
