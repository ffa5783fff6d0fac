/// The number a heading starts with, as typed, with its style and value.
public struct SectionNumber: Sendable, Hashable {
    /// The number exactly as typed, punctuation included (`一、`, `（一）`, `(一)`, `1.`, `1、`, `（1）`).
    public var text: String
    /// How the number is written; styles nest in the order of ``NumberingStyle``.
    public var style: NumberingStyle
    /// The number's value (一 → 1, 十二 → 12).
    public var value: Int

    /// Creates a section number.
    public init(text: String, style: NumberingStyle, value: Int) {
        self.text = text
        self.style = style
        self.value = value
    }

    /// The number written in the style's canonical form (`一、`, `（一）`, `1.`, `（1）`).
    public var canonicalText: String {
        switch style {
        case .chineseComma: "\(ChineseNumerals.string(value))、"
        case .chineseParen: "（\(ChineseNumerals.string(value))）"
        case .arabicDot: "\(value)."
        case .arabicComma: "\(value)、"
        case .arabicParen: "（\(value)）"
        }
    }
}

/// The ways reports number their headings, from the outermost level to the innermost.
public enum NumberingStyle: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// `一、` — the six sections.
    case chineseComma
    /// `（一）` or `(一)` — subsections.
    case chineseParen
    /// `1.` or `1．`
    case arabicDot
    /// `1、`
    case arabicComma
    /// `（1）` or `(1)`
    case arabicParen

    /// The usual depth of this style: 1 for `一、`, 2 for `（一）`, 3 for `1.` and `1、`, 4 for `（1）`.
    public var usualLevel: Int {
        switch self {
        case .chineseComma: 1
        case .chineseParen: 2
        case .arabicDot, .arabicComma: 3
        case .arabicParen: 4
        }
    }

    public static func < (lhs: NumberingStyle, rhs: NumberingStyle) -> Bool {
        lhs.usualLevel < rhs.usualLevel
    }
}
