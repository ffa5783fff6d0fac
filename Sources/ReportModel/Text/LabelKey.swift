/// A label reduced to what identifies it, so that the ways people type one label compare equal.
///
/// `（三）不予公开`, `(三) 不予公开` and `(三)不予公开` have the same key; so do `商业 企业` and `商业企业`,
/// and `危及“三安全一稳定”` and `危及"三安全一稳定"`. Keys are for matching only, never for display.
public struct LabelKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised text.
    public let text: String

    /// Normalises a label: no whitespace, half-width punctuation, no quotation marks, no table rules (`|`, `#`).
    public init(_ label: some StringProtocol) {
        // The key's UTF-8, written scalar by scalar and made a string once (appending scalars to a string one at a
        // time costs several times more).
        var result: [UInt8] = []
        result.reserveCapacity(label.utf8.count)
        func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { result.append($0) } }
        for scalar in label.unicodeScalars {
            if scalar.isLayoutSpace { continue }
            switch scalar {
            case "（": append("(")
            case "）": append(")")
            case "：": append(":")
            case "，": append(",")
            case "．": append(".")
            case "；": append(";")
            case "／": append("/")
            case "“", "”", "\"", "「", "」", "‘", "’", "'", "|", "#", "*":
                continue
            default:
                // Full-width ASCII letters and digits become half-width.
                if scalar.value >= 0xFF01, scalar.value <= 0xFF5E, let half = Unicode.Scalar(scalar.value - 0xFEE0) {
                    append(half)
                } else {
                    append(scalar)
                }
            }
        }
        text = String(decoding: result, as: UTF8.self)
    }

    /// The key without a leading section number (`(三)不予公开` → `不予公开`, `1.属于国家秘密` → `属于国家秘密`).
    public var withoutNumber: LabelKey {
        guard let (_, rest) = Heading.leadingNumber(of: text) else { return self }
        return LabelKey(rest)
    }

    /// The leading section number's style and value, if the key starts with one.
    public var number: SectionNumber? { Heading.leadingNumber(of: text)?.0 }

    /// Whether the key is empty.
    public var isEmpty: Bool { text.isEmpty }

    public var description: String { text }

    public static func < (lhs: LabelKey, rhs: LabelKey) -> Bool { lhs.text < rhs.text }
}
