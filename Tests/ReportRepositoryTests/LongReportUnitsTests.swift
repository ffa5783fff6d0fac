import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff
@testable import ReportRepository

/// The places of a report of thousands of paragraphs are named in one walk of it, and its units found in its index:
/// a reviewer's page of a 4,000-paragraph report took 14 s on every view (the comment form's list of places), each
/// unit counting the paragraphs before it (rv107 F7).
@Suite struct LongReportUnitsTests {
    @Test func theCommentFormsPlacesOfALongReportReadEachBlockAFewTimes() {
        // Given a report whose section 一（一） has 4,000 paragraphs (4,007 blocks in all)
        let report = SampleReport.make(paragraphs: 4_000)
        // When the comment form lists its places, counting the blocks looked at to name and find units
        let counter = NamingWork.Counter()
        let anchors = NamingWork.$counter.withValue(counter) { CommentAnchor.all(in: report) }
        // Then every paragraph is listed, and each block was looked at a few times, not once for each unit before it
        #expect(anchors.contains { $0.unit == "section:一/section:一/paragraph:4000" })
        #expect(counter.blocks <= 4 * 4_007)
    }
}
