import ReportModel

/// What a token of report text is.
enum TokenKind: UInt8, Sendable {
    /// A run of digits, with inner decimal points and thousands separators (`133`, `1.5`, `1,234`).
    case number
    /// A run of Latin letters and digits starting with a letter (`APP`, `H5`).
    case word
    /// One punctuation mark or bracket (`。`, `，`, `（`).
    case punctuation
    /// Any other single character: a Han character, a symbol.
    case character
}

/// One token: where it is in the text and what it compares as.
struct TextToken: Sendable {
    /// The first scalar offset of the token in the text.
    var start: Int
    /// The scalar offset just past the token.
    var end: Int
    /// What the token is.
    var kind: TokenKind
    /// The comparison form (width folded, years shifted), interned.
    var key: Int
    /// The comparison form without the year shift, interned.
    var literal: Int
    /// The year a 4-digit number stood for before the year shift moved it; `nil` for any other token.
    var shiftedYear: Int?

    /// The token's length in characters.
    var length: Int { end - start }
}

/// A text cut into tokens for a character-level diff of Chinese text: numbers and Latin words stay whole,
/// every Han character and punctuation mark is a token of its own, and layout whitespace is no token at all.
struct TextTokens: Sendable {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]
    /// The tokens in order, whitespace left out.
    let tokens: [TextToken]

    /// The punctuation marks and brackets along which edits are cleaned up.
    static let punctuation: Set<Unicode.Scalar> = Set(
        "。，、；：！？,.;:!?（）()《》〈〉【】[]「」『』“”‘’\"'…—－-·～~／/".unicodeScalars)

    /// The clause-ending marks: an edit is best cut just after one of these.
    static let clauseEnds: Set<Unicode.Scalar> = Set("。，、；：！？,;:!?".unicodeScalars)

    /// Cuts a text into tokens, interning their comparison forms in `interner`.
    ///
    /// - Complexity: O(n) in the text's length.
    init(_ text: String, shift: YearShift?, interner: inout TokenInterner) {
        let scalars = Array(text.unicodeScalars)
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isLayoutSpace {
                index += 1
                continue
            }
            let folded = TextKey.fold(scalar)
            let start = index
            let kind: TokenKind
            if Self.isDigit(folded) {
                index += 1
                while index < scalars.count {
                    let next = TextKey.fold(scalars[index])
                    if Self.isDigit(next) {
                        index += 1
                    } else if next == "." || next == ",", index + 1 < scalars.count,
                        Self.isDigit(TextKey.fold(scalars[index + 1]))
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else if Self.isLetter(folded) {
                index += 1
                while index < scalars.count {
                    let next = TextKey.fold(scalars[index])
                    guard Self.isLetter(next) || Self.isDigit(next) else { break }
                    index += 1
                }
                kind = .word
            } else {
                index += 1
                kind = Self.punctuation.contains(folded) ? .punctuation : .character
            }
            // A single character is its own key; a run of digits or letters is interned.
            var key = Int(folded.value)
            var shifted: Int?
            if index - start > 1 || kind == .number {
                var literalText = String.UnicodeScalarView()
                for position in start..<index { literalText.append(TextKey.fold(scalars[position])) }
                let literal = String(literalText)
                key = interner.intern(literal)
                if kind == .number, let shift, let moved = shift.shifted(digits: literal) {
                    shifted = Int(literal)
                    let literalKey = key
                    key = interner.intern(moved)
                    tokens.append(
                        TextToken(
                            start: start, end: index, kind: kind, key: key, literal: literalKey, shiftedYear: shifted))
                    continue
                }
            }
            let literalKey = key
            tokens.append(
                TextToken(start: start, end: index, kind: kind, key: key, literal: literalKey, shiftedYear: shifted))
        }
        self.scalars = scalars
        self.tokens = tokens
    }

    /// The comparison keys in order.
    var keys: [Int] { tokens.map(\.key) }

    /// The text of the tokens in a range, with the whitespace that follows each of them; `leading` adds the
    /// whitespace before the first token when the range starts the text.
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let from = range.lowerBound == 0 ? 0 : tokens[range.lowerBound].start
        let to = range.upperBound < tokens.count ? tokens[range.upperBound].start : scalars.count
        return String(scalars: scalars[from..<to])
    }

    /// The length in characters of the tokens in a range, whitespace left out.
    func length(of range: Range<Int>) -> Int {
        range.reduce(0) { $0 + tokens[$1].length }
    }

    /// Whether token `index` is a clause-ending punctuation mark.
    func endsClause(_ index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return false }
        return Self.clauseEnds.contains(TextKey.fold(scalars[tokens[index].start]))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

/// Gives each distinct run of digits or letters an integer above every Unicode scalar value, shared by the two
/// sides of one comparison; single characters are keyed by their scalar value and need no entry.
struct TokenInterner: Sendable {
    private var ids: [String: Int] = [:]
    private static let firstID = 0x11_0000

    /// Creates an empty interner.
    init() {}

    /// The id of a token text, new or known.
    ///
    /// - Complexity: O(1) on average.
    mutating func intern(_ text: String) -> Int {
        if let id = ids[text] { return id }
        let id = Self.firstID + ids.count
        ids[text] = id
        return id
    }
}
