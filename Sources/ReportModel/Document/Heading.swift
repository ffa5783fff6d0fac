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
        let scalars = text.unicodeScalars
        // Most lines start with none of the marks a number starts with: answer them before copying anything.
        guard let first = scalars.first,
            first == "（" || first == "(" || isDigit(first) || ChineseNumerals.isNumeral(first)
        else { return nil }
        // Digits are a number only before `.`, `．` or `、` (`1.`, `2、`): a line of figures (`2776`, `21 0 3`) is
        // answered before anything is copied.
        if isDigit(first) {
            let mark = scalars.first { !isDigit($0) }
            guard mark == "." || mark == "．" || mark == "、" else { return nil }
        }
        // The scalars are walked by index, and only the number is copied: a number is a few scalars at most.
        // （一） (一) （1） (1): up to seven scalars after the opening parenthesis, and the one after them, which
        // closes the number (when the eighth is reached first, it is taken as the closing one, as it always was).
        if first == "（" || first == "(" {
            let start = scalars.index(after: scalars.startIndex)
            var end = start
            var count = 1
            while end < scalars.endIndex, count < 8, scalars[end] != "）", scalars[end] != ")" {
                end = scalars.index(after: end)
                count += 1
            }
            guard end < scalars.endIndex, end > start else { return nil }
            let digits = String(scalars[start..<end])
            let after = scalars.index(after: end)
            if let value = ChineseNumerals.value(of: digits) {
                return number(scalars, upTo: after, .chineseParen, value)
            }
            if let value = Int(digits.trimmingLayoutSpace()), value < 1000 {
                return number(scalars, upTo: after, .arabicParen, value)
            }
            return nil
        }
        // 一、 十二、
        var end = scalars.startIndex
        var count = 0
        while end < scalars.endIndex, count < 4, ChineseNumerals.isNumeral(scalars[end]) {
            end = scalars.index(after: end)
            count += 1
        }
        if count > 0, end < scalars.endIndex, scalars[end] == "、" || scalars[end] == "．",
            let value = ChineseNumerals.value(of: String(scalars[..<end]))
        {
            return number(scalars, upTo: scalars.index(after: end), .chineseComma, value)
        }
        // 1. 1． 1、
        end = scalars.startIndex
        count = 0
        while end < scalars.endIndex, count < 3, isDigit(scalars[end]) {
            end = scalars.index(after: end)
            count += 1
        }
        guard count > 0, end < scalars.endIndex, let value = Int(String(scalars[..<end])) else { return nil }
        let mark = scalars[end]
        let after = scalars.index(after: end)
        let next = after < scalars.endIndex ? scalars[after] : nil
        if mark == "、" || ((mark == "." || mark == "．") && !(next.map(isDigit) ?? false)) {
            return number(scalars, upTo: after, mark == "、" ? .arabicComma : .arabicDot, value)
        }
        return nil
    }

    /// `0` to `9`.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// The number a text starts with, the scalars before `end`, and the rest of the text after them.
    private static func number(
        _ scalars: String.UnicodeScalarView, upTo end: String.UnicodeScalarView.Index, _ style: NumberingStyle,
        _ value: Int
    ) -> (SectionNumber, Substring) {
        (SectionNumber(text: String(scalars[..<end]), style: style, value: value), Substring(scalars[end...]))
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
