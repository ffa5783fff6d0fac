import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Year-over-year and draft pairs with known edits: the diff reports every intended change and nothing else.
@Suite struct GeneratedPairTests {
    /// Each edit alone, as a draft pair and as a year pair.
    @Test(arguments: ReportPairGenerator.Edit.allCases.filter { $0 != .yearMoved && $0 != .staleYearKept })
    func singleEdit(_ edit: ReportPairGenerator.Edit) {
        for seed in UInt64(1)...3 {
            let drafts = ReportPairGenerator().make(seed: seed, edits: [edit])
            PairCheck.verify(DiffEngine().diff(from: drafts.old, to: drafts.new), drafts.expected, yearMode: false)
            let years = ReportPairGenerator().make(seed: seed, edits: [edit, .yearMoved])
            PairCheck.verify(DiffEngine().diff(from: years.old, to: years.new), years.expected, yearMode: true)
        }
    }

    /// Seeded random sets of edits, bounded.
    @Test(arguments: UInt64(100)..<UInt64(140))
    func randomEdits(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var edits = Set(ReportPairGenerator.Edit.allCases.filter { _ in random.chance(0.5) })
        if !edits.contains(.yearMoved) { edits.remove(.staleYearKept) }
        var generator = ReportPairGenerator()
        generator.base.paragraphsPerSubsection = random.int(1...4)
        let pair = generator.make(seed: seed, edits: edits)
        let script = DiffEngine().diff(from: pair.old, to: pair.new)
        PairCheck.verify(script, pair.expected, yearMode: edits.contains(.yearMoved))
    }

    /// The year moving on alone is no change at all; forcing draft mode shows it.
    @Test func yearMovingOnAloneIsNoChange() {
        let pair = ReportPairGenerator().make(seed: 9, edits: [.yearMoved])
        let years = DiffEngine().diff(from: pair.old, to: pair.new)
        #expect(!years.hasChanges)
        #expect(years.yearShift == YearShift(from: 2024, to: 2025))
        let drafts = DiffEngine(options: DiffOptions(yearMode: .drafts)).diff(from: pair.old, to: pair.new)
        #expect(drafts.hasChanges)
        #expect(drafts.fields.map(\.unit.description).sorted() == ["title", "year"])
    }

    /// A report compared with itself has no change and, as drafts, no findings.
    @Test func identicalReports() {
        let report = ReportGenerator().make(seed: 4)
        let script = DiffEngine().diff(from: report, to: report)
        #expect(!script.hasChanges)
        #expect(script.findings.isEmpty)
        #expect(script.allSections.allSatisfy { $0.status == .unchanged })
    }
}
