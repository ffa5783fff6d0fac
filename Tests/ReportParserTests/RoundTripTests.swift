import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// `export` writes the canonical layout; reading it back must give the same report, for every real file.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct RoundTripTests {
    @Test(arguments: Corpus.seedNames.map { "seeds/\($0)" } + Corpus.realNames.map { "real/\($0)" })
    func canonicalTextReadsBackToTheSameReport(path: String) throws {
        let report = try ReportParser.parse(try Corpus.data(path)).report
        let text = ReportText.render(report)
        let again = try ReportParser.parse(text: text).report
        #expect(again == report)
        if again != report {
            for (index, (a, b)) in zip(again.sections, report.sections).enumerated() where a != b {
                Issue.record("section \(index) differs: \(a.heading) vs \(b.heading)")
            }
        }
        // Rendering is stable: the text of the re-read report is the same text.
        #expect(ReportText.render(again) == text)
    }
}
