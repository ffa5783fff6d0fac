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
    @inlinable public static func scalars(_ text: some StringProtocol) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF10, value <= 0xFF5A { value -= 0xFEE0 }
            if value < 0x80 {
                // ASCII: letters and digits only.
                if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                    result.append(value)
                }
            } else if scalar.isHanIdeograph {
                // CJK ideographs: the bulk of report text.
                result.append(value)
            } else if let converted = Unicode.Scalar(value) {
                let properties = converted.properties
                if properties.isAlphabetic || properties.generalCategory == .decimalNumber { result.append(value) }
            }
        }
        return result
    }
}
