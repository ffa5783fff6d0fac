import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Three-way merge inside one paragraph: edits to different phrases merge; overlapping edits are a conflict of
/// exactly the span they cover; the order of the sides does not matter.
@Suite struct TextMergeTests {
    static let base = "本年共收到申请133件，办结120件。进一步加强监督检查工作。群众满意度有所提升。"

    /// The pieces as text, each conflict `<<base|ours|theirs>>`.
    static func marked(_ pieces: [MergedTextPiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .settled(let text): text
            case .conflict(let span): "<<\(span.base)|\(span.ours)|\(span.theirs)>>"
            }
        }.joined()
    }

    @Test func editsToDifferentSentencesMerge() {
        let ours = "本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度有所提升。"
        let theirs = "本年共收到申请133件，办结120件。进一步加强监督检查工作。群众满意度明显提升。"
        let pieces = TextMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(Self.marked(pieces) == "本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度明显提升。")
        #expect(Self.marked(TextMerge.merge(base: Self.base, ours: theirs, theirs: ours)) == Self.marked(pieces))
    }

    @Test func editsToTwoNumbersOfOneSentenceMerge() {
        let ours = "本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度有所提升。"
        let theirs = "本年共收到申请133件，办结128件。进一步加强监督检查工作。群众满意度有所提升。"
        #expect(
            Self.marked(TextMerge.merge(base: Self.base, ours: ours, theirs: theirs))
                == "本年共收到申请150件，办结128件。进一步加强监督检查工作。群众满意度有所提升。")
    }

    @Test func overlappingEditsConflictOnExactlyTheirSpan() throws {
        let ours = "本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度有所提升。"
        let theirs = "本年共收到申请140件，办结120件。进一步加强监督检查工作。群众满意度明显提升。"
        let pieces = TextMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        // The clean edit of the last sentence is applied; the number both changed is the one conflict.
        #expect(Self.marked(pieces) == "本年共收到申请<<133|150|140>>件，办结120件。进一步加强监督检查工作。群众满意度明显提升。")
        let mirrored = TextMerge.merge(base: Self.base, ours: theirs, theirs: ours)
        #expect(mirrored == pieces.map(\.mirrored))
        #expect(MergedTextPiece.text(of: pieces, taking: .theirs).hasPrefix("本年共收到申请140件"))
        #expect(MergedTextPiece.text(of: pieces, taking: .ours).hasSuffix("群众满意度明显提升。"))
    }

    @Test func theSameEditOnBothSidesIsNoConflict() {
        let edited = "本年共收到申请150件，办结120件。持续强化督查工作。群众满意度有所提升。"
        let spaced = "本年共收到申请 150 件，办结120件。持续强化督查工作。群众满意度有所提升。"
        let pieces = TextMerge.merge(base: Self.base, ours: edited, theirs: spaced)
        #expect(!pieces.contains { if case .conflict = $0 { true } else { false } })
        #expect(Self.marked(pieces) == Self.marked(TextMerge.merge(base: Self.base, ours: spaced, theirs: edited)))
    }

    @Test func insertionsAtOnePlaceConflict() {
        let ours = Self.base + "下一步将加强培训。"
        let theirs = Self.base + "下一步将完善制度。"
        let pieces = TextMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(Self.marked(pieces) == Self.base + "<<|下一步将加强培训。|下一步将完善制度。>>")
    }

    /// Through the report merge: the paragraph merges clean, or conflicts with its spans, and taking a side for
    /// the conflict keeps the other side's edits elsewhere in the paragraph.
    @Test func aParagraphEditedTwiceMergesInTheReport() throws {
        var base = ReportGenerator().make(seed: 5)
        base.sections[4].blocks[0] = .paragraph(Paragraph(Self.base))
        var ours = base
        var theirs = base
        ours.sections[4].blocks[0] = .paragraph(Paragraph("本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度有所提升。"))
        theirs.sections[4].blocks[0] = .paragraph(Paragraph("本年共收到申请133件，办结120件。进一步加强监督检查工作。群众满意度明显提升。"))
        let clean = ReportMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(clean.isClean)
        #expect(
            clean.merged.sections[4].blocks[0].paragraph?.text == "本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度明显提升。")

        theirs.sections[4].blocks[0] = .paragraph(Paragraph("本年共收到申请140件，办结120件。进一步加强监督检查工作。群众满意度明显提升。"))
        let result = ReportMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.unit.description == "section:五/paragraph:1")
        #expect(conflict.spans == [MergedTextPiece.Span(base: "133", ours: "150", theirs: "140")])
        let taken = result.resolving(conflict.unit, with: .theirs)
        #expect(taken.isClean)
        #expect(
            taken.merged.sections[4].blocks[0].paragraph?.text == "本年共收到申请140件，办结120件。进一步加强监督检查工作。群众满意度明显提升。")
        #expect(
            result.merged.sections[4].blocks[0].paragraph?.text == "本年共收到申请150件，办结120件。进一步加强监督检查工作。群众满意度明显提升。")
    }
}
