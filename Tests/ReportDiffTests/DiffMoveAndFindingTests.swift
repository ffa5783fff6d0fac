import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// A paragraph moved to another section is a move in the diff; counts that jump between years are findings.
@Suite struct DiffMoveAndFindingTests {
    static let base = ReportGenerator().make(seed: 17)

    @Test func aParagraphMovedToAnotherSubsectionIsAMove() throws {
        var new = Self.base
        let moved = new.sections[0].sections[0].blocks.remove(at: 1)
        new.sections[0].sections[2].blocks.append(moved)
        let script = DiffEngine().diff(from: Self.base, to: new)
        let paragraphs = script.changedParagraphs
        #expect(paragraphs.count == 1, "\(paragraphs.map(\.status))")
        let paragraph = try #require(paragraphs.first)
        #expect(paragraph.status == .moved && paragraph.isMoved)
        #expect(paragraph.unit.description == "section:一/section:三/paragraph:3")
        #expect(paragraph.oldUnit?.description == "section:一/section:一/paragraph:2")
        let json = JSONDiffRenderer.document(script)
        #expect(json.paragraphs.map(\.oldUnit) == ["section:一/section:一/paragraph:2"])
        #expect(
            json.summary.paragraphsMoved == 1 && json.summary.paragraphsRemoved == 0
                && json.summary.paragraphsAdded == 0)
    }

    @Test func aParagraphMovedAndEditedIsAMoveWithItsCharacterDiff() throws {
        var new = Self.base
        guard case .paragraph(let paragraph) = new.sections[0].sections[1].blocks.remove(at: 0) else {
            Issue.record("no paragraph")
            return
        }
        new.sections[0].sections[4].blocks.insert(.paragraph(Paragraph("今年以来，" + paragraph.text)), at: 0)
        let script = DiffEngine().diff(from: Self.base, to: new)
        let moved = try #require(script.changedParagraphs.first)
        #expect(script.changedParagraphs.count == 1)
        #expect(moved.status == .modified && moved.isMoved)
        #expect(moved.segments.contains { $0.operation == .insert && $0.text == "今年以来，" })
    }

    @Test func historyFollowsAParagraphMovedToAnotherSection() throws {
        var new = Self.base
        let moved = new.sections[0].sections[0].blocks.remove(at: 1)
        new.sections[0].sections[2].blocks.append(moved)
        let index = ScriptIndex(DiffEngine().diff(from: Self.base, to: new))
        let previous = index.previous(of: .block(.section([0, 2]), 2))
        #expect(previous == .block(.section([0, 0]), 1))
    }

    @Test(arguments: [
        ("550", "9487", true), ("1200", "100", true), ("0", "150", true), ("150", "0", true), ("0", "100", false),
        ("40", "300", false), ("3", "40", true), ("5", "0", false), ("12", "1", true), ("12", "2", false),
    ])
    func implausibleCountsAreNotedBetweenYears(old: String, new: String, noted: Bool) throws {
        var older = Self.base
        older.modifyTable(number: 3) { $0.setText(old, row: "received", column: "natural-person") }
        var newer = older
        newer.year = 2025
        newer.modifyTable(number: 3) { $0.setText(new, row: "received", column: "natural-person") }
        let script = DiffEngine().diff(from: older, to: newer)
        let findings = script.findings.filter { $0.kind == .implausibleChange }
        #expect(findings.count == (noted ? 1 : 0))
        if noted {
            let finding = try #require(findings.first)
            #expect(finding.unit.description == "section:三/table:table3/cell:received:natural-person")
            #expect(finding.excerpt == "表三 · 本年新收 · 自然人：\(old) → \(new)")
            #expect(finding.oldValue == Decimal(string: old) && finding.newValue == Decimal(string: new))
            #expect(finding.section == ["三、"])
        }
        // Two drafts of one year are not compared for plausibility.
        let drafts = DiffEngine(options: DiffOptions(yearMode: .drafts)).diff(from: older, to: newer)
        #expect(!drafts.findings.contains { $0.kind == .implausibleChange })
    }

    @Test func amountsAreNotCounts() {
        var older = ReportGenerator().make(seed: 17)
        older.modifyTable(number: 2) { $0.setText("0.5", row: "fees", column: "fee-amount") }
        var newer = older
        newer.year = 2025
        newer.modifyTable(number: 2) { $0.setText("150", row: "fees", column: "fee-amount") }
        let script = DiffEngine().diff(from: older, to: newer)
        #expect(!script.findings.contains { $0.kind == .implausibleChange })
    }
}
