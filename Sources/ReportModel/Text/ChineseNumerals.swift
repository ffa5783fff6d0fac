/// Chinese numerals as reports use them: section numbers (一 to 九十九) and, in table cells, whole numbers
/// (`零`, `〇`, `一百`, `一百零二`, `两千三百`, `一万二千`, `一〇二`).
public enum ChineseNumerals {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Whether the scalar is a digit or 十 in a Chinese numeral.
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || scalar == "十"
    }

    /// Whether a whole number in Chinese numerals (``integer(_:)``) may start with the scalar: a digit, a place
    /// (十, 百, 千) or 万. Any other Han character starts no number.
    static func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || units[scalar] != nil || scalar == "万"
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

    static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    /// The whole number a text of Chinese numerals says (`一百` → 100, `零` → 0, `三十五` → 35, `一万二千` → 12000,
    /// `一〇二` → 102), or `nil` when the text is anything else, not a well-formed numeral, or one whose value is a
    /// guess (review rv112 F13):
    /// - a digit after 百, 千 or 万 with no 零 and no lower place (`二百五`, `一千二`, `三万五`): the everyday short form
    ///   of 250, 1200, 35000, which a reader of the cell might as well take for 205;
    /// - two or more digits with no place and no 〇 or 零 (`五六`, `三四`: "five or six"; `一一`, typed for `——`).
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func integer(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 16 else { return nil }
        // Digits only (`一〇二`, `零`): read place by place, when a 〇 or 零 shows they are places.
        if scalars.allSatisfy({ digits[$0] != nil }) {
            guard scalars.count == 1 || (!scalars.contains("两") && scalars.contains { digits[$0] == 0 }) else {
                return nil
            }
            return scalars.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
        }
        var total = 0
        var section = 0
        var pending: Int?
        var lastUnit = Int.max
        var sawWan = false
        for (index, scalar) in scalars.enumerated() {
            if let digit = digits[scalar] {
                guard pending == nil || digit == 0 else { return nil }
                if digit == 0 {
                    // 零 stands between places (一百零二); it is never last.
                    guard index > 0, index < scalars.count - 1, pending == nil else { return nil }
                    lastUnit = min(lastUnit, 10)
                    continue
                }
                pending = digit
            } else if let unit = units[scalar] {
                guard unit < lastUnit else { return nil }
                let multiplier = pending ?? (index == 0 && unit == 10 ? 1 : nil)
                guard let multiplier else { return nil }
                section += multiplier * unit
                pending = nil
                lastUnit = unit
            } else if scalar == "万" {
                guard !sawWan else { return nil }
                let value = section + (pending ?? 0)
                guard value > 0 else { return nil }
                total = value * 10000
                section = 0
                pending = nil
                lastUnit = 10000
                sawWan = true
            } else {
                return nil
            }
        }
        // (`二百五`: a last digit right after 百, 千 or 万 is the short form's next place, not ones)
        guard pending == nil || lastUnit < 100 else { return nil }
        return total + section + (pending ?? 0)
    }
}
