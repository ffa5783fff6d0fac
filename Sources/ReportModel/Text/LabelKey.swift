/// A label reduced to what identifies it, so that the ways people type one label compare equal.
///
/// `（三）不予公开`, `(三) 不予公开` and `(三)不予公开` have the same key; so do `商业 企业` and `商业企业`,
/// and `危及“三安全一稳定”` and `危及"三安全一稳定"`. Keys are for matching only, never for display.
public struct LabelKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised text.
    public let text: String

    /// Normalises a label: no whitespace, half-width punctuation, no quotation marks, no table rules (`|`, `#`).
    public init(_ label: some StringProtocol) {
        // Over the label's UTF-8: ASCII and the scalars kept as they are copied byte for byte, only the full-width
        // forms and the marks dropped looked at (decoding each scalar and encoding it again cost several times more).
        text = label.withUTF8Bytes { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    switch lead {
                    // Layout space, and the marks `"`, `'`, `|`, `#`, `*`.
                    case 0x09...0x0D, 0x20, 0x22, 0x27, 0x7C, 0x23, 0x2A: continue
                    default: result.append(lead)
                    }
                    continue
                }
                guard let (value, length) = UTF8Scalars.decode(bytes, at: index) else { break }
                let scalarBytes = index..<(index + length)
                index += length
                if Unicode.Scalar.isLayoutSpace(value) { continue }
                switch value {
                case 0xFF01...0xFF5E:
                    // Full-width ASCII made half-width: （）：，．；／ among them become ( ) : , . ; /.
                    result.append(UInt8(value - 0xFEE0))
                case 0x201C, 0x201D, 0x300C, 0x300D, 0x2018, 0x2019:
                    // “ ” 「 」 ‘ ’
                    continue
                default:
                    result.append(contentsOf: bytes[scalarBytes])
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
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
