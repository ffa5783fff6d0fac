import ReportModel

/// What a person chose for one conflicting unit: one side's version, both versions of a paragraph, or a text of
/// their own.
public enum MergeChoice: Sendable, Hashable {
    /// That side's version of the unit.
    case side(MergeSide)
    /// For a paragraph: both versions, ours first then theirs, as two paragraphs for the person to edit later.
    case both
    /// A text the person wrote for the unit: a paragraph (empty: the paragraph goes), a cell, a heading or a field.
    case edit(String)

    /// Our version.
    public static let ours = MergeChoice.side(.ours)
    /// Their version.
    public static let theirs = MergeChoice.side(.theirs)
}

/// A choice that goes beyond taking a side, made ready while the conflict is known: the merge takes ``side`` for
/// the unit, then puts ``replacement`` where the unit's text stands (``anchor``, the text it has after taking the side).
struct MergeFinish: Sendable, Hashable {
    /// What the person chose.
    var choice: MergeChoice
    /// The side the merge takes for the unit before it is finished.
    var side: MergeSide
    /// The unit's text once that side is taken, by which the paragraph is found again in the merged report.
    var anchor: String
    /// The texts that stand in its place: one for an edit, two for both paragraphs, none for a paragraph edited away.
    var replacement: [String]
    /// For an edit, the side whose text it is word for word (``MergeResult/decidedChoices``), if any.
    var sameAsSide: MergeSide?

    /// Prepares a choice for a conflict; `nil` with the reason when the choice does not fit the unit.
    static func prepare(
        _ choice: MergeChoice, for conflict: MergeConflict
    ) throws(MergeChoiceError.Reason) -> MergeFinish? {
        if case .side = choice { return nil }
        guard let texts = textOnEachSide(of: conflict) else { throw .notText }
        let side: MergeSide = texts.ours != nil ? .ours : .theirs
        let anchor = (side == .ours ? texts.ours : texts.theirs) ?? ""
        switch choice {
        case .side:
            return nil
        case .both:
            guard conflict.unit.isParagraph else { throw .notParagraph }
            return MergeFinish(
                choice: choice, side: side, anchor: anchor, replacement: [texts.ours, texts.theirs].compactMap { $0 })
        case .edit(let text):
            guard !text.contains(MergedTextPiece.unsettledOpening) else { throw .unsettled }
            guard !text.hasUnkeptControlCharacter else { throw .controlCharacter }
            // A paragraph edited into several lines becomes several paragraphs; other texts are one line.
            let lines = Self.lines(of: text)
            let isParagraph = conflict.unit.isParagraph
            guard isParagraph || !lines.isEmpty else { throw .emptyEdit }
            let replacement = isParagraph ? lines : [lines.joined()]
            var finish = MergeFinish(choice: choice, side: side, anchor: anchor, replacement: replacement)
            finish.sameAsSide = MergeSide.allCases.first { side in
                Self.sideTexts(of: conflict, texts, side).contains { text in
                    let sideLines = Self.lines(of: text ?? "")
                    return (isParagraph ? sideLines : [sideLines.joined()]) == replacement
                }
            }
            return finish
        }
    }

    /// A text's lines as an edit keeps them: without the spaces around each, empty ones left out.
    private static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingLayoutSpace() }.filter { !$0.isEmpty }
    }

    /// What taking a side gives at a conflict (`nil`: the side deleted the unit), and that side's whole text of the
    /// unit (for a paragraph both edited in places, the side's own paragraph, not only its words at those places).
    private static func sideTexts(
        of conflict: MergeConflict, _ texts: (ours: String?, theirs: String?), _ side: MergeSide
    ) -> [String?] {
        let value = side == .ours ? conflict.ours : conflict.theirs
        var found = [side == .ours ? texts.ours : texts.theirs]
        if case .text(let whole)? = value { found.append(whole ?? "") }
        return found
    }

    /// The unit's text on each side (`nil` where the side deleted it), or `nil` when the unit is not a text.
    private static func textOnEachSide(of conflict: MergeConflict) -> (ours: String?, theirs: String?)? {
        if !conflict.pieces.isEmpty {
            return (
                MergedTextPiece.text(of: conflict.pieces, taking: .ours),
                MergedTextPiece.text(of: conflict.pieces, taking: .theirs)
            )
        }
        guard conflict.kind != .order, conflict.kind != .bothMoved else { return nil }
        func text(_ value: MergeValue?) -> String?? {
            switch value {
            case nil: .some(nil)
            case .text(let text)?: .some(text ?? "")
            default: nil
            }
        }
        guard let ours = text(conflict.ours), let theirs = text(conflict.theirs) else { return nil }
        return (ours, theirs)
    }
}

extension MergeConflict {
    /// Whether both versions can be kept (a paragraph, one after the other).
    public var canKeepBoth: Bool {
        (try? MergeFinish.prepare(.both, for: self)) != nil
    }

    /// Whether a person can write the unit's text themselves (a paragraph, a cell, a heading, a field).
    public var canEdit: Bool {
        (try? MergeFinish.prepare(.edit("-"), for: self)) != nil
    }

    /// The text an edit starts from: the text both sides settled, with both sides' words at each span they edited
    /// differently, marked to be settled (``MergedTextPiece/textWithBothSides(of:)``: `〔待改定：121｜125〕`) — it
    /// held our words only there, a finished-looking sentence without the township's `，并建立台账` (rv103 F12), and
    /// joined without marks two figures read as one (rv104 F11); our version of the unit where the sides are not spans of one text, or theirs where
    /// ours deleted it; `nil` when the unit is not a text.
    /// A cell, a field or a heading both sides changed starts from both values marked the same way
    /// (`〔待改定：41｜43〕`): the box had opened on our figure alone, and 编辑 saved with nothing typed kept it unseen
    /// (rv120 M4).
    public var editableText: String? {
        guard let finish = try? MergeFinish.prepare(.edit("-"), for: self) else { return nil }
        guard pieces.isEmpty else { return MergedTextPiece.textWithBothSides(of: pieces) }
        if kind == .bothChanged, !unit.isParagraph, case .text(let ours?)? = ours, case .text(let theirs?)? = theirs,
            ours != theirs
        {
            return MergedTextPiece.unsettledOpening + ours + "｜" + theirs + "〕"
        }
        return finish.anchor
    }
}

extension UnitID {
    /// Whether the unit is a paragraph.
    var isParagraph: Bool {
        if case .paragraph? = components.last { return true }
        return false
    }
}
