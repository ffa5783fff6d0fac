import ReportModel

/// The comparison form of a text: what two texts must share to count as the same text.
///
/// Layout whitespace of every width is dropped (a paragraph broken across lines, `　` full-width spaces, NBSP),
/// half- and full-width punctuation and digits compare equal (`()` and `（）`, `:` and `：`), and with a
/// ``YearShift`` the years of the older text read as the newer ones.
enum TextKey {
    /// The comparison form of a text.
    ///
    /// - Complexity: O(n) in the text's length; one allocation for the result.
    static func make(_ text: String, shift: YearShift? = nil) -> String {
        String(decoding: utf8(text, shift: shift), as: UTF8.self)
    }

    /// The comparison form as a ``ComparisonKey``: cheap to hash and compare.
    ///
    /// - Complexity: O(n) in the text's length.
    static func key(_ text: String, shift: YearShift? = nil) -> ComparisonKey {
        ComparisonKey(utf8(text, shift: shift))
    }

    /// The comparison form's UTF-8 bytes.
    ///
    /// - Complexity: O(n) in the text's length.
    static func utf8(_ text: String, shift: YearShift? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var digitsStart = -1
        func flushDigits() {
            defer { digitsStart = -1 }
            guard let shift, digitsStart >= 0, bytes.count - digitsStart == 4 else { return }
            var value = 0
            for index in digitsStart..<bytes.count { value = value * 10 + Int(bytes[index] - 48) }
            let moved = shift.shifted(value)
            guard moved != value, (1000...9999).contains(moved) else { return }
            var digit = moved
            for index in stride(from: bytes.count - 1, through: digitsStart, by: -1) {
                bytes[index] = UInt8(48 + digit % 10)
                digit /= 10
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isLayoutSpace { continue }
            let value = fold(scalar).value
            if value >= 48, value <= 57 {
                if digitsStart < 0 { digitsStart = bytes.count }
                bytes.append(UInt8(value))
                continue
            }
            if digitsStart >= 0 { flushDigits() }
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | (value >> 12)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (value >> 18)))
                bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        if digitsStart >= 0 { flushDigits() }
        return bytes
    }

    /// One scalar with its width folded: full-width ASCII and the usual full-width punctuation become half-width.
    ///
    /// - Complexity: O(1).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        default:
            return scalar
        }
    }
}

/// A comparison form as UTF-8 bytes with its hash computed once, so that lists of paragraphs hash and compare
/// without the Unicode normalisation `String` does.
struct ComparisonKey: Hashable, Sendable {
    /// The UTF-8 bytes of the comparison form.
    let bytes: [UInt8]
    /// The FNV-1a hash of the bytes.
    let hash: UInt64

    /// Wraps bytes.
    ///
    /// - Complexity: O(n).
    init(_ bytes: [UInt8]) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        self.bytes = bytes
        self.hash = hash
    }

    /// The comparison form as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of characters (scalars).
    var count: Int { bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

    /// The key of this form followed by another.
    func appending(_ other: ComparisonKey) -> ComparisonKey { ComparisonKey(bytes + other.bytes) }

    static func == (lhs: ComparisonKey, rhs: ComparisonKey) -> Bool { lhs.hash == rhs.hash && lhs.bytes == rhs.bytes }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
