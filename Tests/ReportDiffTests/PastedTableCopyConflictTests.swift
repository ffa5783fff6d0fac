import Foundation
import ReportModel
import ReportParser
import Testing

@testable import ReportDiff

/// Both sides pasted last year's table 3 above this year's, and each set this year's 本年新收 · 自然人 its own way
/// (100 → 98 and 100 → 99; the triple of review rv116, as text files): the conflict is in this year's table 3, which
/// both sides and the merged text hold as their second table 3. It is named so — `table3#2`, 「表三（第 2 个）」 — not
/// by the base's one table 3 (`table3`, 「三、表三」, which sent the person to last year's copy at the top of her file),
/// and a choice made for that name is taken there (rv116 F7: `--unit …table3#2…` was refused as no conflict, and a
/// text written for the conflict went into last year's copy).
@Suite struct PastedTableCopyConflictTests {
    static let unit = UnitID("section:三/table:table3#2/cell:received:natural-person")

    static func report(_ name: String) throws -> Report {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try ReportParser.parse(text: String(decoding: try Data(contentsOf: url), as: UTF8.self)).report
    }

    /// The figure of 本年新收 · 自然人 in each table 3 of the report's section 三, in order.
    static func received(_ report: Report) -> [String?] {
        report.copies(ofTable: 3).map { $0.table.cell(row: "received", column: "natural-person")?.text ?? nil }
    }

    @Test func theConflictIsNamedAsTheMergedTextHoldsTheCopy() throws {
        let (base, ours, theirs) = (
            try Self.report("table3-pasted-base"), try Self.report("table3-pasted-ours"),
            try Self.report("table3-pasted-theirs")
        )
        let unit = try #require(Self.unit)
        for (first, second) in [(ours, theirs), (theirs, ours)] {
            let result = ReportMerge.merge(base: base, ours: first, theirs: second)
            #expect(result.conflicts.map(\.unit) == [unit])
            #expect(UnitPlace.label(of: unit, in: result.merged) == "三、表三（第 2 个） · 本年新收 · 自然人")
        }
    }

    @Test func aSideOrATextChosenForThatNameGoesIntoThisYearsCopy() throws {
        let result = ReportMerge.merge(
            base: try Self.report("table3-pasted-base"), ours: try Self.report("table3-pasted-ours"),
            theirs: try Self.report("table3-pasted-theirs"))
        let unit = try #require(Self.unit)
        let theirs = try result.resolving([(unit: unit, side: .theirs)])
        #expect(theirs.isClean)
        #expect(Self.received(theirs.merged) == ["500", "99"])
        let edited = try result.resolving(choices: [(unit: unit, choice: .edit("97"))])
        #expect(edited.isClean)
        #expect(Self.received(edited.merged) == ["500", "97"])
    }
}
