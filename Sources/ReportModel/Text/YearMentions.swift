/// Years written in report text: `2024年`, `2024 年度`, and the year of the statistics-period sentence.
public enum YearMentions {
    /// Every four-digit year followed by 年 (spaces allowed between), with the character offset where it starts.
    public static func all(in text: String) -> [(year: Int, offset: Int)] {
        // Most paragraphs name no year: answered by one pass over the scalars, before building characters.
        guard text.unicodeScalars.contains("年") else { return [] }
        // Report text is nearly always one scalar per character (``String/characterCount``): its scalars then stand
        // for its characters, offsets included, without building them.
        let scalars = Array(text.unicodeScalars)
        if text.characterCount == scalars.count {
            return all(in: scalars) { ("0"..."9").contains($0) }
        }
        return all(in: Array(text)) { $0.isASCII && $0.isNumber }
    }

    /// The years in a text's characters (or scalars), each with its offset.
    private static func all<Element: Equatable & CustomStringConvertible & ExpressibleByUnicodeScalarLiteral>(
        in characters: [Element], isDigit: (Element) -> Bool
    ) -> [(year: Int, offset: Int)] {
        var matches: [(Int, Int)] = []
        var index = 0
        while index + 4 <= characters.count {
            let slice = characters[index..<(index + 4)]
            let before = index > 0 ? characters[index - 1] : " "
            if slice.allSatisfy(isDigit), !isDigit(before) {
                var after = index + 4
                while after < characters.count, characters[after] == " " || characters[after] == "\u{3000}" {
                    after += 1
                }
                if after < characters.count, characters[after] == "年",
                    let value = Int(slice.map(\.description).joined()),
                    (1990...2100).contains(value)
                {
                    matches.append((value, index))
                    index += 4
                    continue
                }
            }
            index += 1
        }
        return matches
    }

    /// The first year in a text.
    public static func first(in text: String) -> Int? { all(in: text).first?.year }

    /// The year of a statistics-period sentence: `统计期限自2024年1月1日起…`, `统计周期为 2024 年…`.
    public static func statisticsYear(in text: String) -> Int? {
        // Every marker starts with 统计.
        guard text.unicodeScalars.contains("统") else { return nil }
        let bare = text.removingLayoutSpace()
        for marker in ["统计期限", "统计周期", "统计时限", "统计期间", "统计时段", "统计区间"] {
            guard let range = bare.firstRange(of: marker) else { continue }
            let after = bare[range.upperBound...].prefix(12)
            if let year = first(in: String(after)) { return year }
        }
        return nil
    }

    /// A paragraph that is only a date: `2025年1月8日`, `2025 年 1 月 8 日`, `（2026年1月23日）`, or in Chinese numerals
    /// as a seal's date is often written (`二〇二五年一月二十日`, `二○二五年十二月三十一日`): year, month and day.
    public static func dateLine(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var unbracketed = Substring(text.removingLayoutSpace()).drop { "（(".contains($0) }
        while let last = unbracketed.last, "）)".contains(last) { unbracketed = unbracketed.dropLast() }
        let bare = String(unbracketed)
        guard bare.hasSuffix("日"), bare.count <= 12 else { return nil }
        let parts = bare.dropLast().split(whereSeparator: { $0 == "年" || $0 == "月" })
        guard parts.count == 3, let year = yearNumber(parts[0]),
            let month = Int(parts[1]) ?? ChineseNumerals.value(of: String(parts[1])),
            let day = Int(parts[2]) ?? ChineseNumerals.value(of: String(parts[2])),
            (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (year, month, day)
    }

    /// A date's year in Arabic digits (`2025`) or in Chinese digits one by one (`二〇二五`, with `○` or `零` for
    /// nought), else `nil`.
    static func yearNumber(_ text: Substring) -> Int? {
        if let year = Int(text) { return year }
        guard text.unicodeScalars.count == 4 else { return nil }
        var year = 0
        for scalar in text.unicodeScalars {
            guard let digit = scalar == "○" ? 0 : ChineseNumerals.digits[scalar], scalar != "两" else { return nil }
            year = year * 10 + digit
        }
        return year
    }
}
