/// A piece of a paragraph merged three ways: text the merge settled, or a span both sides edited differently.
public enum MergedTextPiece: Sendable, Hashable {
    /// The three versions of a span both sides edited differently.
    public struct Span: Sendable, Hashable {
        /// The span in the base (empty where both sides inserted text at one place).
        public var base: String
        /// The span in our version.
        public var ours: String
        /// The span in their version.
        public var theirs: String

        /// Creates a span.
        public init(base: String, ours: String, theirs: String) {
            self.base = base
            self.ours = ours
            self.theirs = theirs
        }

        /// The span's text on one side.
        public func text(on side: MergeSide) -> String { side == .ours ? ours : theirs }
    }

    /// Text the merge settled: unchanged, changed on one side, or changed alike on both.
    case settled(String)
    /// A span both sides edited differently.
    case conflict(Span)

    /// The piece seen from the other side.
    public var mirrored: MergedTextPiece {
        switch self {
        case .settled: self
        case .conflict(let span): .conflict(Span(base: span.base, ours: span.theirs, theirs: span.ours))
        }
    }

    /// How the edit box opens a span both sides wrote differently: `〔待改定：121｜125〕`, ours first.
    public static let unsettledOpening = "〔待改定："

    /// The text of pieces with both sides' words at every span they wrote differently, ours first, between
    /// ``unsettledOpening`` and `〕` (one side's alone where the other's is empty or the same): what a person editing
    /// the text starts from. Nothing of either side is dropped unseen, and nothing is joined into what reads as
    /// settled text — two figures side by side would read as one (121 and 125 as 121125) — so an edit still holding
    /// the marks is refused (``MergeChoiceError/Reason/unsettled``).
    /// A figure cut by a span (`12` `0→1|5` `条`) is shown whole on each side: `〔待改定：121｜125〕`.
    public static func textWithBothSides(of pieces: [MergedTextPiece]) -> String {
        var texts = pieces.map { piece -> String in
            if case .settled(let text) = piece { return text }
            return ""
        }
        for (index, piece) in pieces.enumerated() {
            guard case .conflict(let span) = piece else { continue }
            if span.ours == span.theirs || span.theirs.isEmpty {
                texts[index] = span.ours
                continue
            }
            if span.ours.isEmpty {
                texts[index] = span.theirs
                continue
            }
            // (the digits touching the span on either side, settled text, go into both sides)
            let before = index > 0 ? String(texts[index - 1].reversed().prefix { $0.isNumber }.reversed()) : ""
            let after = index + 1 < texts.count ? String(texts[index + 1].prefix { $0.isNumber }) : ""
            if index > 0 { texts[index - 1].removeLast(before.count) }
            if index + 1 < texts.count { texts[index + 1].removeFirst(after.count) }
            texts[index] =
                unsettledOpening + before + span.ours + after + "｜" + before + span.theirs + after + "〕"
        }
        return texts.joined()
    }

    /// The text of pieces with one side taken at every span.
    public static func text(of pieces: [MergedTextPiece], taking side: MergeSide) -> String {
        pieces.map { piece in
            switch piece {
            case .settled(let text): text
            case .conflict(let span): span.text(on: side)
            }
        }.joined()
    }
}
