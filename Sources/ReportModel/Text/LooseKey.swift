/// A label reduced to its letters and digits: punctuation, spaces and brackets of every width removed.
///
/// Looser than ``LabelKey``: `1. 申请人无正当理由逾期不补正, 行政机关不再处理` and
/// `1.申请人无正当理由逾期不补正、行政机关不再处理` have the same loose key. Used to anchor on labels in shredded text.
public enum LooseKey {
    /// The letters (Han included) and digits of a text, full-width digits and letters made half-width.
    public static func make(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for value in scalars(text) {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    /// The loose key as scalar values, for fast comparisons.
    ///
    /// Read from the text's UTF-8 bytes (a string's storage is always valid UTF-8): the parser takes the loose key of
    /// nearly every line, and decoding the bytes here, with punctuation answered without a property lookup, costs
    /// about half of stepping through `unicodeScalars` and asking each scalar's properties (callgrind, the parse bench).
    ///
    /// - Parameter limit: The most scalars wanted: the key of a long text cut after them, for a caller that asks only
    ///   about short keys and the start of long ones.
    @inlinable public static func scalars(_ text: some StringProtocol, limit: Int = .max) -> [UInt32] {
        text.withUTF8Bytes { bytes in
            // Appended to reserved storage: `Array(unsafeUninitializedCapacity:)` looks the array's storage type up
            // in the runtime's table of prespecialized metadata on every call (about 350 instructions here).
            var result: [UInt32] = []
            result.reserveCapacity(min(bytes.count, limit))
            var index = 0
            while index < bytes.count, result.count < limit {
                let lead = bytes[index]
                if lead < 0x80 {
                    // ASCII (the layout's runs of spaces among it): letters and digits only.
                    index += 1
                    if isASCIILetterOrDigit(lead) { result.append(UInt32(lead)) }
                    continue
                }
                if lead >= 0xE4, lead <= 0xE9, index + 2 < bytes.count {
                    // U+4000…U+9FFF, all of it in the Han range kept (``Unicode/Scalar/hanIdeographValues``): the
                    // bulk of report text, decoded without asking where it falls.
                    result.append(
                        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            | UInt32(bytes[index + 2] & 0x3F)
                    )
                    index += 3
                    continue
                }
                guard let (value, length) = UTF8Scalars.decode(bytes, at: index) else { break }
                index += length
                if value >= 0xFF10, value <= 0xFF5A {
                    // Full-width digits and letters, made half-width.
                    let half = UInt8(value - 0xFEE0)
                    if isASCIILetterOrDigit(half) { result.append(UInt32(half)) }
                } else if Unicode.Scalar.hanIdeographValues.contains(value) {
                    result.append(value)
                } else if isPunctuation(value) {
                    // The punctuation of report text (，。、（）“”《》…), none of it a letter or a digit: answered
                    // without looking up the scalar's properties.
                    continue
                } else if let scalar = Unicode.Scalar(value) {
                    let properties = scalar.properties
                    if properties.isAlphabetic || properties.generalCategory == .decimalNumber { result.append(value) }
                }
            }
            return result
        }
    }

    /// Whether a scalar is in a block of punctuation in which no scalar is alphabetic or a decimal digit (checked
    /// against the Unicode properties of each scalar): general punctuation, CJK punctuation and brackets, full-width
    /// punctuation.
    @inlinable static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x3000...0x3004, 0x3008...0x3020,
            0x2010...0x2027, 0x2030...0x205E:
            true
        default: false
        }
    }

    @inlinable static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
