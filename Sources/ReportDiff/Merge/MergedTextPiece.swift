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

    /// The text of pieces with both sides' words at every span, ours first (one side's alone where the other's is
    /// empty or the same): what a person editing the text starts from.
    public static func textWithBothSides(of pieces: [MergedTextPiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .settled(let text): text
            case .conflict(let span):
                span.ours == span.theirs || span.theirs.isEmpty
                    ? span.ours : span.ours.isEmpty ? span.theirs : span.ours + span.theirs
            }
        }.joined()
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
