import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Three-way merge: disjoint edits merge to their union, same-unit edits conflict, and the merge is symmetric.
@Suite struct ReportMergeTests {
    static let base = ReportGenerator().make(seed: 21)

    /// Edits that touch one unit each, so that any two different ones are disjoint.
    enum Edit: CaseIterable {
        case cellReceived, cellBusiness, table4Cell, firstParagraph, lastProblem, addParagraphToFive,
            headingOfFourth, deleteSecondSubsection, addSubsectionToSix, title

        func apply(to report: inout Report, variant: Int = 0) {
            switch self {
            case .cellReceived:
                report.modifyTable(number: 3) { $0.setText("\(900 + variant)", row: "received", column: "total") }
            case .cellBusiness:
                report.modifyTable(number: 3) { $0.setText("\(700 + variant)", row: "disclosed", column: "business") }
            case .table4Cell:
                report.modifyTable(number: 4) { $0.setText("\(60 + variant)", row: "cases", column: "review.upheld") }
            case .firstParagraph:
                report.sections[0].blocks[0] = .paragraph(Paragraph(Self.edited(report.sections[0].blocks[0], variant)))
            case .lastProblem:
                report.sections[4].blocks[2] = .paragraph(Paragraph(Self.edited(report.sections[4].blocks[2], variant)))
            case .addParagraphToFive:
                report.sections[4].blocks.append(.paragraph(Paragraph("下一步，我们将建立健全信息发布协调机制（方案\(variant)）。")))
            case .headingOfFourth:
                report.sections[0].sections[3].heading = "（四）政务公开平台建设情况\(variant == 0 ? "" : "（\(variant)）")"
            case .deleteSecondSubsection:
                report.sections[0].sections.remove(at: 1)
            case .addSubsectionToSix:
                report.sections[5].sections.append(
                    Section(heading: "（一）收取信息处理费的情况", blocks: [.paragraph(Paragraph("本年度未收取信息处理费\(variant)。"))]))
            case .title:
                report.title = (report.title ?? "") + "（修订\(variant)）"
            }
        }

        static func edited(_ block: Block, _ variant: Int) -> String {
            var text = block.paragraph?.text ?? ""
            if text.hasSuffix("。") { text.removeLast() }
            return text + "，并取得新进展\(variant)。"
        }
    }

    static func applying(_ edits: [Edit], to report: Report, variant: Int = 0) -> Report {
        var result = report
        // Deletions last, so that the other edits find their places.
        for edit in edits.sorted(by: {
            ($0 == .deleteSecondSubsection ? 1 : 0) < ($1 == .deleteSecondSubsection ? 1 : 0)
        }) {
            edit.apply(to: &result, variant: variant)
        }
        return result
    }

    @Test func disjointEditsMergeToTheirUnion() {
        let ours = Self.applying([.cellReceived, .firstParagraph, .headingOfFourth], to: Self.base)
        let theirs = Self.applying([.cellBusiness, .addParagraphToFive, .deleteSecondSubsection], to: Self.base)
        let result = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(result.isClean)
        let union = Self.applying(
            [
                .cellReceived, .firstParagraph, .headingOfFourth, .cellBusiness, .addParagraphToFive,
                .deleteSecondSubsection,
            ],
            to: Self.base)
        #expect(result.merged == union)
    }

    /// Every pair of different edits, both ways round: clean, the union, symmetric.
    @Test(arguments: Edit.allCases)
    func everyPairOfDisjointEdits(_ first: Edit) {
        for second in Edit.allCases where second != first {
            let ours = Self.applying([first], to: Self.base)
            let theirs = Self.applying([second], to: Self.base)
            let result = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
            #expect(result.isClean, "\(first) + \(second): \(result.conflicts.map(\.unit))")
            #expect(result.merged == Self.applying([first, second], to: Self.base), "\(first) + \(second)")
            #expect(ReportMerge.merge(base: Self.base, ours: theirs, theirs: ours).merged == result.merged)
        }
    }

    @Test func sameChangeOnBothSidesIsNoConflict() {
        let edited = Self.applying([.cellReceived, .lastProblem, .addParagraphToFive], to: Self.base)
        let result = ReportMerge.merge(base: Self.base, ours: edited, theirs: edited)
        #expect(result.isClean)
        #expect(result.merged == edited)
    }

    @Test func sameCellChangedTwoWaysConflicts() throws {
        let ours = Self.applying([.cellReceived], to: Self.base, variant: 1)
        let theirs = Self.applying([.cellReceived], to: Self.base, variant: 2)
        let result = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.unit.description == "section:三/table:table3/cell:received:total")
        #expect(conflict.kind == .bothChanged)
        #expect(conflict.ours == .text("901") && conflict.theirs == .text("902"))
        #expect(conflict.base == .text(Self.base.table(number: 3)?.cell(row: "received", column: "total")?.text))
        #expect(result.merged == ours)
        let resolved = result.resolving(conflict.unit, with: .theirs)
        #expect(resolved.isClean)
        #expect(resolved.merged == theirs)
        #expect(UnitID(conflict.unit.description) == conflict.unit)
    }

    @Test func sameParagraphAndHeadingChangedTwoWaysConflict() {
        let ours = Self.applying([.lastProblem, .headingOfFourth, .title], to: Self.base, variant: 1)
        let theirs = Self.applying([.lastProblem, .headingOfFourth, .title], to: Self.base, variant: 2)
        let result = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(
            Set(result.conflicts.map(\.unit.description)) == [
                "title", "section:五/paragraph:3", "section:一/section:四/heading",
            ])
        #expect(result.resolvingAll(with: .theirs).merged == theirs)
        #expect(result.resolvingAll(with: .ours).merged == ours)
    }

    @Test func deletedOnOneSideChangedOnTheOtherConflicts() throws {
        var theirs = Self.base
        theirs.sections[0].sections[1].blocks.append(.paragraph(Paragraph("依申请公开工作规范有序。")))
        let ours = Self.applying([.deleteSecondSubsection], to: Self.base)
        let result = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.kind == .deletedChanged)
        #expect(conflict.unit.description == "section:一/section:二")
        #expect(conflict.ours == nil)
        #expect(result.merged == ours)
        #expect(result.resolving(conflict.unit, with: .theirs).merged == theirs)
        // Seen from the other side, the conflict is mirrored.
        let mirrored = ReportMerge.merge(base: Self.base, ours: theirs, theirs: ours)
        #expect(mirrored.conflicts == result.conflicts.map(\.mirrored))
    }

    @Test func bothSidesAddingParagraphsKeepBothInOneOrder() {
        let ours = Self.applying([.addParagraphToFive], to: Self.base, variant: 1)
        let theirs = Self.applying([.addParagraphToFive], to: Self.base, variant: 2)
        let forward = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let backward = ReportMerge.merge(base: Self.base, ours: theirs, theirs: ours)
        #expect(forward.isClean && backward.isClean)
        #expect(forward.merged == backward.merged)
        #expect(forward.merged.sections[4].blocks.count == Self.base.sections[4].blocks.count + 2)
    }

    /// Seeded random pairs of edit sets, overlapping or not: symmetric results and mirrored conflicts.
    @Test(arguments: UInt64(1)...UInt64(30))
    func symmetry(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let oursEdits = Edit.allCases.filter { _ in random.chance(0.3) }
        let theirsEdits = Edit.allCases.filter { _ in random.chance(0.3) }
        let ours = Self.applying(oursEdits, to: Self.base, variant: 1)
        let theirs = Self.applying(theirsEdits, to: Self.base, variant: random.chance(0.5) ? 1 : 2)
        let forward = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let backward = ReportMerge.merge(base: Self.base, ours: theirs, theirs: ours)
        #expect(Set(forward.conflicts) == Set(backward.conflicts.map(\.mirrored)))
        if forward.isClean { #expect(forward.merged == backward.merged) }
        #expect(forward.resolvingAll(with: .ours).merged == backward.resolvingAll(with: .theirs).merged)
    }
}

/// Choosing sides for single units: the one rule `merge3 --unit`, `merge --unit` and the conflict page share.
@Suite struct MergeChoiceTests {
    @Test func aChosenUnitMustNameAConflict() throws {
        let ours = ReportMergeTests.applying([.cellReceived], to: ReportMergeTests.base, variant: 1)
        let theirs = ReportMergeTests.applying([.cellReceived], to: ReportMergeTests.base, variant: 2)
        let result = ReportMerge.merge(base: ReportMergeTests.base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        // A unit with a conflict is resolved, and choosing it again (now resolved) is still accepted
        let resolved = try result.resolving([(unit: conflict.unit, side: .theirs), (unit: conflict.unit, side: .ours)])
        #expect(resolved.isClean && resolved.merged == ours)
        // A unit without one is refused, naming the open conflicts
        let elsewhere = try #require(UnitID("section:一/paragraph:1"))
        #expect(throws: MergeChoiceError(unit: elsewhere, open: [conflict.unit])) {
            try result.resolving([(unit: elsewhere, side: .theirs)])
        }
        #expect(
            MergeChoiceError(unit: elsewhere, open: [conflict.unit]).description
                == "No conflict on section:一/paragraph:1; open conflicts: \(conflict.unit)")
    }
}
