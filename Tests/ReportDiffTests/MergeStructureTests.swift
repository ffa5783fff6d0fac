import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Merges of structure: a paragraph moved to another subsection, the same reorder on both sides, the same new
/// section on both sides; each checked both ways round.
@Suite struct MergeStructureTests {
    static let base = ReportGenerator().make(seed: 31)

    /// Merges both ways round and checks that the two agree (conflicts mirrored, the same text at every choice).
    static func merge(
        _ ours: Report, _ theirs: Report, sourceLocation: SourceLocation = #_sourceLocation
    ) -> MergeResult {
        let forward = ReportMerge.merge(base: base, ours: ours, theirs: theirs)
        let backward = ReportMerge.merge(base: base, ours: theirs, theirs: ours)
        #expect(Set(forward.conflicts) == Set(backward.conflicts.map(\.mirrored)), sourceLocation: sourceLocation)
        #expect(
            forward.resolvingAll(with: .ours).merged == backward.resolvingAll(with: .theirs).merged,
            sourceLocation: sourceLocation)
        #expect(
            forward.resolvingAll(with: .theirs).merged == backward.resolvingAll(with: .ours).merged,
            sourceLocation: sourceLocation)
        return forward
    }

    static func text(_ report: Report, _ section: Int, _ subsection: Int, _ block: Int) -> String? {
        let blocks = report.sections[section].sections[subsection].blocks
        return blocks.indices.contains(block) ? blocks[block].paragraph?.text : nil
    }

    @Test func aParagraphMovedToAnotherSubsectionMergesWithAnEditOfIt() throws {
        let moved = try #require(Self.text(Self.base, 0, 0, 1))
        var ours = Self.base
        ours.sections[0].sections[0].blocks.remove(at: 1)
        ours.sections[0].sections[2].blocks.append(.paragraph(Paragraph(moved)))
        var theirs = Self.base
        let edited = moved.replacingOccurrences(of: "。", with: "，取得明显成效。")
        theirs.sections[0].sections[0].blocks[1] = .paragraph(Paragraph(edited))
        let result = Self.merge(ours, theirs)
        #expect(result.isClean, "\(result.conflicts.map(\.unit))")
        // The edited paragraph is where ours moved it, and nowhere else.
        #expect(
            result.merged.sections[0].sections[0].blocks.count == Self.base.sections[0].sections[0].blocks.count - 1)
        #expect(result.merged.sections[0].sections[2].blocks.last?.paragraph?.text == edited)
        #expect(!result.merged.sections[0].sections[0].blocks.contains { $0.paragraph?.text == moved })
    }

    @Test func aParagraphMovedAndEditedOnOneSideAndEditedElsewhereOnTheOther() throws {
        let moved = try #require(Self.text(Self.base, 0, 1, 0))
        var ours = Self.base
        ours.sections[0].sections[1].blocks.remove(at: 0)
        ours.sections[0].sections[3].blocks.insert(.paragraph(Paragraph(moved)), at: 0)
        var theirs = Self.base
        theirs.sections[0].sections[1].blocks[0] = .paragraph(Paragraph("今年以来，" + moved))
        let result = Self.merge(ours, theirs)
        #expect(result.isClean)
        #expect(result.merged.sections[0].sections[3].blocks.first?.paragraph?.text == "今年以来，" + moved)
    }

    @Test func aParagraphMovedToTwoPlacesIsOneConflict() throws {
        let moved = try #require(Self.text(Self.base, 0, 0, 0))
        var ours = Self.base
        ours.sections[0].sections[0].blocks.remove(at: 0)
        ours.sections[0].sections[2].blocks.append(.paragraph(Paragraph(moved)))
        var theirs = Self.base
        theirs.sections[0].sections[0].blocks.remove(at: 0)
        theirs.sections[0].sections[4].blocks.append(.paragraph(Paragraph(moved)))
        let result = Self.merge(ours, theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1 && conflict.kind == .bothMoved)
        #expect(result.merged.sections[0].sections[2].blocks.last?.paragraph?.text == moved)
        let theirsTaken = result.resolving(conflict.unit, with: .theirs).merged
        #expect(theirsTaken.sections[0].sections[4].blocks.last?.paragraph?.text == moved)
        #expect(theirsTaken.sections[0].sections[2] == Self.base.sections[0].sections[2])
    }

    @Test func theSameReorderOnBothSidesMerges() {
        var ours = Self.base
        ours.sections[4].blocks.reverse()
        ours.sections[0].sections.swapAt(1, 2)
        var theirs = ours
        // Theirs also edits a cell, so that the two differ.
        theirs.modifyTable(number: 3) { $0.setText("77", row: "received", column: "total") }
        let result = Self.merge(ours, theirs)
        #expect(result.isClean)
        #expect(result.merged == theirs)
    }

    @Test func theSameNewSectionOnBothSidesIsOne() {
        let added = Section(
            heading: "（六）其他需要说明的情况",
            blocks: [.paragraph(Paragraph("本年度未发生需要说明的其他情况。")), .paragraph(Paragraph("特此报告。"))])
        var ours = Self.base
        ours.sections[0].sections.append(added)
        var theirs = Self.base
        var spaced = added
        spaced.blocks[0] = .paragraph(Paragraph("本年度未发生需要说明的 其他情况。"))
        theirs.sections[0].sections.append(spaced)
        let result = Self.merge(ours, theirs)
        #expect(result.isClean)
        #expect(result.merged.sections[0].sections.count == Self.base.sections[0].sections.count + 1)
    }

    @Test func theSameNewSectionWithDifferentTextsConflictsPerUnit() {
        let added = Section(
            heading: "（六）其他需要说明的情况",
            blocks: [
                .paragraph(Paragraph("本年度未发生需要说明的其他情况，各项工作有序推进。")),
                .paragraph(Paragraph("特此报告，请予审阅。")),
            ])
        var ours = Self.base
        ours.sections[0].sections.append(added)
        var theirs = Self.base
        var other = added
        other.blocks[0] = .paragraph(Paragraph("本年度未发生需要说明的其他情况，各项工作平稳推进。"))
        theirs.sections[0].sections.append(other)
        let result = Self.merge(ours, theirs)
        #expect(result.conflicts.map(\.unit.description) == ["section:一/section:六/paragraph:1"])
        #expect(result.conflicts.first?.kind == .bothAdded)
        #expect(result.merged.sections[0].sections.count == Self.base.sections[0].sections.count + 1)
        #expect(result.merged.sections[0].sections.last?.blocks.last?.paragraph?.text == "特此报告，请予审阅。")
    }

    @Test func aCellOfATableBothAddedConflictsAlone() throws {
        var table = try #require(Self.base.table(number: 3))
        var ours = Self.base
        ours.sections[5].blocks.append(.table(table))
        table.setText("999", row: "received", column: "total")
        var theirs = Self.base
        theirs.sections[5].blocks.append(.table(table))
        let result = Self.merge(ours, theirs)
        // Two table 3s in one report: the added one is a second `table3` block of 六.
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.unit.components.last == .cell(row: "received", column: "total"))
    }
}
