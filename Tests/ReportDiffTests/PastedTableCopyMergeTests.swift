import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// One side pasted last year's table 3 above this year's, the other corrected a cell of this year's: the merge pairs
/// each side's copies with the base's by what they hold (``TableCopies``), so the correction lands on this year's table
/// and last year's is kept as pasted. Paired by order, the pasted copy stood where the corrected table was: the merge
/// called it a conflict of the whole table or laid the correction onto last year's figures (review rv114 F5).
@Suite struct PastedTableCopyMergeTests {
    static let base = PastedTable3.thisYear()

    /// The figure of 本年新收 · 自然人 in each table 3 of a report, in order.
    static func received(_ report: Report) -> [String?] {
        report.copies(ofTable: 3).map { $0.table.cell(row: "received", column: "natural-person")?.text ?? nil }
    }

    @Test func aCorrectionOfTheYearsTableLandsThereWhicheverSidePasted() throws {
        let pasted = PastedTable3.pastedAbove(Self.base)
        let corrected = PastedTable3.setting("99999", row: "received", column: "natural-person", in: Self.base)
        let lastYears = try #require(Self.received(pasted).first ?? nil)
        for (ours, theirs) in [(pasted, corrected), (corrected, pasted)] {
            let result = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
            #expect(result.conflicts.isEmpty, "\(result.conflicts.map(\.unit))")
            let merged = result.merged
            #expect(Self.received(merged) == [lastYears, "99999"])
            #expect(merged.copies(ofTable: 3).first?.table == pasted.copies(ofTable: 3).first?.table)
        }
    }

    @Test func bothSidesPastingTheSameTableKeepOneCopy() throws {
        let pasted = PastedTable3.pastedAbove(Self.base)
        let corrected = PastedTable3.setting("99999", row: "received", column: "natural-person", in: pasted)
        let result = ReportMerge.merge(base: Self.base, ours: pasted, theirs: corrected)
        #expect(result.conflicts.isEmpty, "\(result.conflicts.map(\.unit))")
        #expect(Self.received(result.merged).count == 2)
        #expect(Self.received(result.merged).last == "99999")
    }

    @Test func copiesAreFollowedByWhatTheyHoldNotByTheirOrder() {
        let base = PastedTable3.thisYear()
        let years = base.copies(ofTable: 3).map(\.table)
        let both = PastedTable3.pastedAbove(base).copies(ofTable: 3).map(\.table)
        // (last year's above this year's: this year's is the one paired; the pasted copy has none)
        #expect(TableCopies.partners(old: years, new: both) == [nil, 0])
        #expect(TableCopies.partners(old: both, new: years) == [1])
        // (two copies as alike to both: by order)
        #expect(TableCopies.partners(old: [years[0], years[0]], new: [years[0], years[0]]) == [0, 1])
        // (one copy on each side, alike in nothing: still a pair)
        #expect(TableCopies.partners(old: [both[0]], new: years) == [0])
    }
}
