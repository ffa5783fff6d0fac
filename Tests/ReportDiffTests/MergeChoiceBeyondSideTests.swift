import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// The choices beyond a side on the conflict page: "两者都保留" for a paragraph, "编辑" for any text.
@Suite struct MergeChoiceBeyondSideTests {
    static let base = ReportMergeTests.base

    /// A paragraph (五/3) both sides edited differently, and a cell (表三 本年新收 总计) both changed.
    static func conflicting(oursFirst: Bool = true) -> MergeResult {
        let one = ReportMergeTests.applying([.lastProblem, .cellReceived], to: base, variant: 1)
        let two = ReportMergeTests.applying([.lastProblem, .cellReceived], to: base, variant: 2)
        return ReportMerge.merge(base: base, ours: oursFirst ? one : two, theirs: oursFirst ? two : one)
    }

    static let paragraph = UnitID("section:五/paragraph:3")!
    static let cell = UnitID("section:三/table:table3/cell:received:total")!

    static func text(_ report: Report, section: Int, block: Int) -> String? {
        let blocks = report.sections[section].blocks
        return blocks.indices.contains(block) ? blocks[block].paragraph?.text : nil
    }

    @Test func keepingBothPutsOursThenTheirs() throws {
        let result = Self.conflicting()
        #expect(Set(result.conflicts.map(\.unit)) == [Self.paragraph, Self.cell])
        let conflict = try #require(result.conflicts.first { $0.unit == Self.paragraph })
        #expect(conflict.canKeepBoth && conflict.canEdit)
        let both = try result.resolving(choices: [
            (unit: Self.paragraph, choice: .both), (unit: Self.cell, choice: .theirs),
        ])
        #expect(both.isClean)
        let count = Self.base.sections[4].blocks.count
        #expect(both.merged.sections[4].blocks.count == count + 1)
        let ours = try #require(Self.text(result.ours, section: 4, block: 2))
        let theirs = try #require(Self.text(result.theirs, section: 4, block: 2))
        #expect(Self.text(both.merged, section: 4, block: 2) == ours)
        #expect(Self.text(both.merged, section: 4, block: 3) == theirs)
        #expect(both.merged.table(number: 3)?.cell(row: "received", column: "total")?.text == "902")
        #expect(both.choices[Self.paragraph] == .both)
        // The paragraphs around it are untouched.
        #expect(Self.text(both.merged, section: 4, block: 1) == Self.text(Self.base, section: 4, block: 1))
    }

    /// The 编辑 box starts from both sides' words where they wrote one span differently, marked to be settled: the
    /// county added `，年底前完成栏目整合`, the township `半` and `，并建立台账`; the box held the county's span only, a
    /// finished-looking sentence without `，并建立台账` (rv103 F12). Joined without marks, two figures read as one —
    /// 121 and 125 as 121125 (rv104 F11) — so an edit still holding the marks is refused.
    @Test func anEditStartsFromBothSidesWordsMarkedToBeSettled() throws {
        func with(_ text: String) -> Report {
            var report = Self.base
            report.sections[4].blocks[2] = .paragraph(Paragraph(text))
            return report
        }
        let result = ReportMerge.merge(
            base: with("改进措施：每月检查一次网站栏目。"), ours: with("改进措施：每月检查一次网站栏目，年底前完成栏目整合。"),
            theirs: with("改进措施：每半月检查一次网站栏目，并建立台账。"))
        let conflict = try #require(result.conflicts.first)
        #expect(!conflict.pieces.isEmpty)
        #expect(conflict.editableText == "改进措施：每半月检查一次网站栏目〔待改定：，年底前完成栏目整合｜，并建立台账〕。")
        let figures = ReportMerge.merge(
            base: with("全年主动公开信息120条。"), ours: with("全年主动公开信息121条。"), theirs: with("全年主动公开信息125条。"))
        let figure = try #require(figures.conflicts.first)
        #expect(figure.editableText == "全年主动公开信息〔待改定：121｜125〕条。")
        // kept as it is, it is refused; settled, it is what the paragraph becomes
        #expect(throws: MergeChoiceError.self) {
            try figures.resolving(choices: [(unit: figure.unit, choice: .edit(figure.editableText ?? ""))])
        }
        let settled = try figures.resolving(choices: [(unit: figure.unit, choice: .edit("全年主动公开信息125条。"))])
        #expect(Self.text(settled.merged, section: 4, block: 2) == "全年主动公开信息125条。")
    }

    /// A cell both sides changed opens the 编辑 box on both figures marked, as a paragraph's span does: it had opened
    /// on the county's figure alone, and 编辑 saved with nothing typed kept it unseen (rv120 M4).
    @Test func aCellsEditStartsFromBothFiguresMarkedToBeSettled() throws {
        let base = SampleReport.make()
        let result = ReportMerge.merge(
            base: base, ours: SampleReport.settingTable3Cell(of: base, index: 0, to: "41"),
            theirs: SampleReport.settingTable3Cell(of: base, index: 0, to: "43"))
        let cell = try #require(result.conflicts.first)
        #expect(cell.pieces.isEmpty && cell.kind == .bothChanged)
        #expect(cell.editableText == "〔待改定：41｜43〕")
        #expect(throws: MergeChoiceError.self) {
            try result.resolving(choices: [(unit: cell.unit, choice: .edit(cell.editableText ?? ""))])
        }
        let settled = try result.resolving(choices: [(unit: cell.unit, choice: .edit("43"))])
        #expect(settled.merged == SampleReport.settingTable3Cell(of: base, index: 0, to: "43"))
    }

    /// A NUL typed into the 编辑 box went into the report: its text export no longer read back and its Word file
    /// silently dropped it (rv107 F5). An edit holding a control character no report file keeps is refused; a tab
    /// and line breaks are not.
    @Test func anEditHoldingANulIsRefused() throws {
        let result = Self.conflicting()
        // (the page break and U+FFFE too: the readers drop them, rv109 F7)
        for text in ["三是\u{0}优化。", "三是\u{7}优化。", "三是\u{1B}优化。", "三是\u{0C}优化。", "三是\u{FFFE}优化。"] {
            #expect(
                throws: MergeChoiceError(
                    unit: Self.paragraph, open: result.conflicts.map(\.unit), reason: .controlCharacter)
            ) {
                try result.resolving(choices: [(unit: Self.paragraph, choice: .edit(text))])
            }
            #expect(
                throws: MergeChoiceError(unit: Self.cell, open: result.conflicts.map(\.unit), reason: .controlCharacter)
            ) {
                try result.resolving(choices: [(unit: Self.cell, choice: .edit("9\u{0}02"))])
            }
        }
        let kept = try result.resolving(choices: [(unit: Self.paragraph, choice: .edit("三是\t优化。\n"))])
        #expect(Self.text(kept.merged, section: 4, block: 2) == "三是\t优化。")
    }

    @Test func anEditedParagraphReplacesIt() throws {
        let result = Self.conflicting()
        let edited = try result.resolving(choices: [
            (unit: Self.paragraph, choice: .edit("  两边的意见都已吸收，并取得新进展。\n")), (unit: Self.cell, choice: .ours),
        ])
        #expect(edited.isClean)
        #expect(Self.text(edited.merged, section: 4, block: 2) == "两边的意见都已吸收，并取得新进展。")
        #expect(edited.merged.sections[4].blocks.count == Self.base.sections[4].blocks.count)

        let split = try result.resolving(choices: [(unit: Self.paragraph, choice: .edit("第一段。\r\n\r\n第二段。"))])
        #expect(Self.text(split.merged, section: 4, block: 2) == "第一段。")
        #expect(Self.text(split.merged, section: 4, block: 3) == "第二段。")

        let removed = try result.resolving(choices: [(unit: Self.paragraph, choice: .edit(" "))])
        #expect(removed.merged.sections[4].blocks.count == Self.base.sections[4].blocks.count - 1)
    }

    @Test func anEditedCellTakesTheValue() throws {
        let result = Self.conflicting()
        let edited = try result.resolving(choices: [(unit: Self.cell, choice: .edit("905"))])
        #expect(edited.merged.table(number: 3)?.cell(row: "received", column: "total")?.text == "905")
        #expect(edited.conflicts.map(\.unit) == [Self.paragraph])
        // Choosing again for the same unit replaces the first choice.
        let again = try edited.resolving(choices: [(unit: Self.cell, choice: .theirs)])
        #expect(again.merged.table(number: 3)?.cell(row: "received", column: "total")?.text == "902")
    }

    @Test func choicesThatDoNotFitAreRefused() throws {
        let result = Self.conflicting()
        #expect(throws: MergeChoiceError(unit: Self.cell, open: [Self.cell, Self.paragraph], reason: .notParagraph)) {
            try result.resolving(choices: [(unit: Self.cell, choice: .both)])
        }
        #expect(throws: MergeChoiceError(unit: Self.cell, open: [Self.cell, Self.paragraph], reason: .emptyEdit)) {
            try result.resolving(choices: [(unit: Self.cell, choice: .edit("  "))])
        }
        let elsewhere = try #require(UnitID("title"))
        #expect(throws: MergeChoiceError(unit: elsewhere, open: [Self.cell, Self.paragraph], reason: .noConflict)) {
            try result.resolving(choices: [(unit: elsewhere, choice: .edit("标题"))])
        }
        // A whole subsection deleted on one side and changed on the other is no text: a side only.
        var theirs = Self.base
        theirs.sections[0].sections[1].blocks.append(.paragraph(Paragraph("依申请公开工作规范有序。")))
        let ours = ReportMergeTests.applying([.deleteSecondSubsection], to: Self.base)
        let sections = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let conflict = try #require(sections.conflicts.first)
        #expect(!conflict.canKeepBoth && !conflict.canEdit && conflict.editableText == nil)
        #expect(throws: MergeChoiceError(unit: conflict.unit, open: [conflict.unit], reason: .notText)) {
            try sections.resolving(choices: [(unit: conflict.unit, choice: .edit("x"))])
        }
    }

    /// The same choices give the same report whichever side is ours, but for "both", which puts ours first.
    @Test func editsDoNotDependOnWhichSideIsOurs() throws {
        let choices: [(unit: UnitID, choice: MergeChoice)] = [
            (unit: Self.paragraph, choice: .edit("统一后的表述。")), (unit: Self.cell, choice: .edit("903")),
        ]
        let forward = try Self.conflicting(oursFirst: true).resolving(choices: choices)
        let backward = try Self.conflicting(oursFirst: false).resolving(choices: choices)
        #expect(forward.isClean && backward.isClean)
        #expect(forward.merged == backward.merged)
        let bothForward = try Self.conflicting(oursFirst: true).resolving(choices: [
            (unit: Self.paragraph, choice: .both)
        ])
        let bothBackward = try Self.conflicting(oursFirst: false).resolving(choices: [
            (unit: Self.paragraph, choice: .both)
        ])
        #expect(
            Self.text(bothForward.merged, section: 4, block: 2) == Self.text(bothBackward.merged, section: 4, block: 3))
        #expect(
            Self.text(bothForward.merged, section: 4, block: 3) == Self.text(bothBackward.merged, section: 4, block: 2))
    }
}
