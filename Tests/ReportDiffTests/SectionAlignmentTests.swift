import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Sections aligned by number and title, tolerant of numbering style, unnumbered headings, title edits and moves;
/// paragraphs aligned as units, tables on their keys whatever the template.
@Suite struct SectionAlignmentTests {
    static let base = ReportGenerator().make(seed: 11)

    static func section(_ script: ReportEditScript, titled title: String) -> SectionDiff? {
        script.allSections.first { $0.shown.title == title }
    }

    @Test func parenthesisWidthIsNoRenumbering() {
        var new = Self.base
        for index in new.sections[0].sections.indices {
            new.sections[0].sections[index].heading = new.sections[0].sections[index].heading
                .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        }
        let script = DiffEngine().diff(from: Self.base, to: new)
        #expect(!script.hasChanges)
    }

    @Test func numberingStyleChangeIsRenumbering() {
        var new = Self.base
        new.sections[0].sections[2].heading = "3." + new.sections[0].sections[2].title
        let script = DiffEngine().diff(from: Self.base, to: new)
        let changed = script.allSections.filter { $0.status.isChange }
        #expect(changed.map(\.status) == [.modified, .renumbered])
        #expect(changed.last?.old?.number == "（三）" && changed.last?.new?.number == "3.")
    }

    @Test func aSectionTypedWithoutItsNumberStillMatches() {
        var new = Self.base
        new.sections[4].heading = "存在的主要问题及改进情况"
        let script = DiffEngine().diff(from: Self.base, to: new)
        let five = Self.section(script, titled: "存在的主要问题及改进情况")
        #expect(five?.status == .renumbered)
        #expect(five?.old?.unit.description == "section:五")
        #expect(five?.new?.unit.description == "section:存在的主要问题及改进情况")
        #expect(script.allSections.filter { $0.status == .added || $0.status == .removed }.isEmpty)
    }

    @Test func aTitleVariantOrSmallEditIsRetitling() {
        var new = Self.base
        new.sections[4].heading = "五、政府信息公开工作存在的主要问题及改进情况"
        new.sections[0].sections[3].heading = "（四）政府信息公开平台建设"
        let script = DiffEngine().diff(from: Self.base, to: new)
        let retitled = script.allSections.filter(\.isRetitled).compactMap(\.new?.heading)
        #expect(retitled == ["（四）政府信息公开平台建设", "五、政府信息公开工作存在的主要问题及改进情况"])
        #expect(script.allSections.allSatisfy { $0.status != .added && $0.status != .removed })
    }

    @Test func swappedSubsectionsAreAMove() {
        var new = Self.base
        new.sections[0].sections.swapAt(0, 4)
        let script = DiffEngine().diff(from: Self.base, to: new)
        let moved = script.allSections.filter(\.isMoved)
        #expect(!moved.isEmpty && moved.count <= 2)
        #expect(script.changedParagraphs.isEmpty)
    }

    @Test func aSubsectionMovedToAnotherSectionIsAMove() {
        var new = Self.base
        let moved = new.sections[0].sections.remove(at: 4)
        new.sections[5].sections.append(moved)
        let script = DiffEngine().diff(from: Self.base, to: new)
        let diff = Self.section(script, titled: moved.title)
        #expect(diff?.status == .moved)
        #expect(diff?.old?.path == [0, 4] && diff?.new?.path == [5, 0])
        #expect(script.allSections.filter { $0.status == .added || $0.status == .removed }.isEmpty)
    }

    @Test func aParagraphBrokenInTwoIsNoChange() throws {
        var new = Self.base
        let text = try #require(new.sections[4].blocks[0].paragraph?.text)
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        new.sections[4].blocks.replaceSubrange(
            0...0,
            with: [.paragraph(Paragraph(String(text[..<middle]))), .paragraph(Paragraph(String(text[middle...])))])
        let script = DiffEngine().diff(from: Self.base, to: new)
        #expect(!script.hasChanges)
    }

    @Test func aTemplateChangeComparesTheSharedCellsAndListsTheRest() throws {
        var generator2019 = ReportGenerator()
        generator2019.table2Format2019 = true
        let old = generator2019.make(seed: 11)
        var new = old
        let table2021 = try #require(Self.base.table(number: 2))
        new.sections[1].blocks = [.table(table2021)]
        let script = DiffEngine().diff(from: old, to: new)
        let table = try #require(script.tables.first { $0.name == "table2" })
        #expect(table.templateChanged && table.oldTemplate == "table2-2019" && table.newTemplate == "table2-2021")
        // The two templates share the 本年处理决定数量 cells of 行政许可, 行政处罚 and 行政强制.
        let shared = Set(table.cells.map { "\($0.rowKey):\($0.columnKey)" })
        #expect(shared.isSubset(of: ["licensing:decisions", "penalties:decisions", "enforcement:decisions"]))
        let oldCells = try #require(old.table(number: 2)).cells.count
        #expect(table.onlyOld.count == oldCells - 3)
        #expect(table.onlyNew.count == table2021.cells.count - 3)
    }
}
