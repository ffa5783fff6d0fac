/// A label reduced to its letters and digits: punctuation, spaces and brackets of every width removed.
///
/// Looser than ``LabelKey``: `1. 申请人无正当理由逾期不补正, 行政机关不再处理` and
/// `1.申请人无正当理由逾期不补正、行政机关不再处理` have the same loose key. Used to anchor on labels in shredded text.
public enum LooseKey {
    /// The letters (Han included) and digits of a text, full-width digits and letters made half-width.
    public static func make(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var scalar = scalar
            if scalar.value >= 0xFF10, scalar.value <= 0xFF5A, let half = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalar = half
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .decimalNumber {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
