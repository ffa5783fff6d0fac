import ReportModel
import ReportRepository
import Testing

/// English sentences Nianbao writes read as English (user review ux98, J5: `if the office was renamed (a township
/// become a town)`).
@Suite struct EnglishGrammarTests {
    @Test func aNearNameRefusalSaysATownshipThatBecameATown() throws {
        var mismatch = try #require(
            ReportMismatch.between(
                agency: "常庄镇人民政府", year: 2024, target: ReportKey(agency: "changzhang", year: 2024),
                agencies: [Agency(id: "changzhang", name: "常张乡人民政府")]))
        mismatch.isNearName = true
        let english = RepositoryError.wrongReport(mismatch).description(in: .english)
        #expect(english.contains("(a township that became a town)"), "\(english)")
        #expect(!english.contains("become a town"), "\(english)")
    }
}
