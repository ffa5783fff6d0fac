import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// A report holding two tables 3 in one section (last year's left above this year's) is merged as two blocks: one
/// block id for both trapped the merge — `merge`, `merge3` and the county's conflict page, whose server process died
/// (review rv113 F4).
@Suite struct TwoTablesOfOneTemplateMergeTests {
    /// The sample report with a copy of its table 3, its first row's first cell `old`, before its own.
    static func withCopy(_ old: String) throws -> Report {
        SampleReport.withLastYearsTable3(old)
    }

    @Test func editsOnBothSidesMergeAndKeepBothTables() throws {
        let base = try Self.withCopy("500")
        var ours = base
        ours.sections[0].blocks.append(.paragraph(Paragraph("县里补充的一段。")))
        var theirs = base
        theirs.sections[5].blocks.append(.paragraph(Paragraph("乡里补充的一段。")))
        let result = ReportMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let merged = result.resolvingAll(with: .ours).merged
        #expect(merged.copies(ofTable: 3).count == 2)
        #expect(merged.copies(ofTable: 3).first?.table.cell(row: "received", column: "natural-person")?.text == "500")
        #expect(merged.sections[0].blocks.last?.paragraph?.text == "县里补充的一段。")
        #expect(merged.sections[5].blocks.last?.paragraph?.text == "乡里补充的一段。")
    }

    @Test func theSameReportThreeTimesMergesToItself() throws {
        let report = try Self.withCopy("500")
        let result = ReportMerge.merge(base: report, ours: report, theirs: report)
        #expect(result.conflicts.isEmpty)
        #expect(result.resolvingAll(with: .ours).merged == report)
    }
}
