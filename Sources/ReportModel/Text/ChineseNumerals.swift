/// Chinese numerals as reports use them in section numbers: 一 to 九十九.
public enum ChineseNumerals {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Whether the scalar is a digit or 十 in a Chinese numeral.
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || scalar == "十"
    }

    /// The value of a numeral such as `三`, `十`, `十二` or `二十一`, or `nil` when the text is not one.
    public static func value(of text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 4 else { return nil }
        if let tenIndex = scalars.firstIndex(of: "十") {
            let tensPart = scalars[..<tenIndex]
            let onesPart = scalars[(tenIndex + 1)...]
            guard tensPart.count <= 1, onesPart.count <= 1 else { return nil }
            let tens = tensPart.first.flatMap { digits[$0] } ?? (tensPart.isEmpty ? 1 : nil)
            let ones = onesPart.first.flatMap { digits[$0] } ?? (onesPart.isEmpty ? 0 : nil)
            guard let tens, let ones, tens > 0 else { return nil }
            return tens * 10 + ones
        }
        guard scalars.count == 1, let value = digits[scalars[0]], value > 0 else { return nil }
        return value
    }

    /// The numeral for a value from 1 to 99 (`12` → `十二`); larger values are written in Arabic digits.
    public static func string(_ value: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch value {
        case 1...9: return names[value]
        case 10...19: return "十" + (value == 10 ? "" : names[value - 10])
        case 20...99: return names[value / 10] + "十" + (value % 10 == 0 ? "" : names[value % 10])
        default: return String(value)
        }
    }
}
