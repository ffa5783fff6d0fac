/// Reads a heading line into its number and its title.
///
/// `Heading("（二）依申请公开情况。")` has the number `（二）` and the title `依申请公开情况`;
/// `Heading("存在的主要问题及改进情况")` has no number.
public struct Heading: Sendable, Hashable {
    /// The number the heading starts with, if any.
    public let number: SectionNumber?
    /// The heading without its number, without surrounding spaces and without trailing punctuation.
    public let title: String

    /// Reads a heading.
    public init(_ text: String) {
        let trimmed = text.trimmingLayoutSpace()
        if let (number, rest) = Heading.leadingNumber(of: trimmed) {
            self.number = number
            self.title = Heading.cleanTitle(rest)
        } else {
            self.number = nil
            self.title = Heading.cleanTitle(trimmed)
        }
    }

    /// Finds a section number at the start of `text` and returns it with the rest of the text.
    public static func leadingNumber(of text: String) -> (SectionNumber, Substring)? {
        // Most lines start with none of the marks a number starts with: answer them before copying anything.
        guard let first = text.unicodeScalars.first,
            first == "（" || first == "(" || ("0"..."9").contains(first) || ChineseNumerals.isNumeral(first)
        else { return nil }
        // Digits are a number only before `.`, `．` or `、` (`1.`, `2、`): a line of figures (`2776`, `21 0 3`) is
        // answered before anything is copied.
        if ("0"..."9").contains(first) {
            let mark = text.unicodeScalars.first { !("0"..."9").contains($0) }
            guard mark == "." || mark == "．" || mark == "、" else { return nil }
        }
        // A number is short: looking at the first dozen characters is enough.
        let scalars = Array(text.unicodeScalars.prefix(12))
        // （一） (一) （1） (1)
        if first == "（" || first == "(" {
            var index = 1
            var digits = ""
            while index < scalars.count, index < 8, scalars[index] != "）", scalars[index] != ")" {
                digits.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index < scalars.count, !digits.isEmpty else { return nil }
            let numberText = String(text.unicodeScalars.prefix(index + 1))
            let rest = text.unicodeScalars.dropFirst(index + 1)
            if let value = ChineseNumerals.value(of: digits) {
                return (SectionNumber(text: numberText, style: .chineseParen, value: value), Substring(rest))
            }
            if let value = Int(digits.trimmingLayoutSpace()), value < 1000 {
                return (SectionNumber(text: numberText, style: .arabicParen, value: value), Substring(rest))
            }
            return nil
        }
        // 一、 十二、
        var index = 0
        var numeral = ""
        while index < scalars.count, index < 4, ChineseNumerals.isNumeral(scalars[index]) {
            numeral.unicodeScalars.append(scalars[index])
            index += 1
        }
        if !numeral.isEmpty, index < scalars.count, scalars[index] == "、" || scalars[index] == "．",
            let value = ChineseNumerals.value(of: numeral)
        {
            let numberText = String(text.unicodeScalars.prefix(index + 1))
            return (
                SectionNumber(text: numberText, style: .chineseComma, value: value),
                Substring(text.unicodeScalars.dropFirst(index + 1))
            )
        }
        // 1. 1． 1、
        index = 0
        var digits = ""
        while index < scalars.count, index < 3, ("0"..."9").contains(scalars[index]) {
            digits.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard !digits.isEmpty, index < scalars.count, let value = Int(digits) else { return nil }
        let mark = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        if mark == "、" || ((mark == "." || mark == "．") && !(next.map { ("0"..."9").contains($0) } ?? false)) {
            let style: NumberingStyle = mark == "、" ? .arabicComma : .arabicDot
            let numberText = String(text.unicodeScalars.prefix(index + 1))
            return (
                SectionNumber(text: numberText, style: style, value: value),
                Substring(text.unicodeScalars.dropFirst(index + 1))
            )
        }
        return nil
    }

    static func cleanTitle(_ text: some StringProtocol) -> String {
        var title = String(text).trimmingLayoutSpace()
        while let last = title.unicodeScalars.last, "。：:；;，,".unicodeScalars.contains(last) {
            // Rebuilt from a slice: `unicodeScalars.removeLast()` goes through the generic replacement of the
            // string's storage, whose first call in a process costs about 3 M instructions of type instantiation.
            title = String(title.unicodeScalars.dropLast()).trimmingLayoutSpace()
        }
        return title
    }
}
