import Foundation
public import ReportModel

/// The words Nianbao puts around the report's own in a place's label (``UnitPlace``), in both languages: `第 2 段` and
/// `paragraph 2`, `表三` and `Table 3`, `导语` and `Preamble`. The one home of those words: ``UnitPlace`` says a place
/// with them, and ``english(of:)`` reads a place once written in Chinese (in a stored message, a merge decision) back
/// in English with the same words, so that `log`, `restore`, `diff` and `blame` name a place alike in one session
/// (user review rv117, M2). The numbers, titles and labels of the report stay as typed.
public enum PlaceWords {
    /// One of the words, with what it needs.
    public enum Word: Sendable, Hashable {
        /// The report's title.
        case title
        /// A section's heading.
        case heading
        /// The office's name line.
        case agency
        /// The year line.
        case year
        /// The text before the first section.
        case preamble
        /// The order of a section's parts.
        case order
        /// A paragraph, by its place in its section (from 1).
        case paragraph(Int)
        /// The whole report.
        case whole
        /// A national-format table by its number (`表三`).
        case table(Int)
        /// Another table, by its place among them (`表格2`).
        case grid(Int)
        /// A table of no known kind.
        case anyTable
        /// The n-th of several units of one name in a section (`（第 2 个）`).
        case copy(Int)

        /// The word in a language.
        public func text(in language: Language) -> String {
            let english = language == .english
            return switch self {
            case .title: english ? "Title" : "标题"
            case .heading: english ? "Heading" : "标题"
            case .agency: english ? "Office name" : "机关名称"
            case .year: english ? "Year" : "年度"
            case .preamble: english ? "Preamble" : "导语"
            case .order: english ? "Order of the parts" : "各部分的顺序"
            case .paragraph(let ordinal): english ? "paragraph \(ordinal)" : "第 \(ordinal) 段"
            case .whole: english ? "Whole report" : "全文"
            case .table(let number): english ? TableTemplate.englishName(number) : TableTemplate.shortName(number)
            case .grid(let number): english ? "Other table \(number)" : "表格\(number)"
            case .anyTable: english ? "Table" : "表格"
            case .copy(let ordinal): english ? " (no. \(ordinal))" : "（第 \(ordinal) 个）"
            }
        }
    }

    /// A place's label written in Chinese (``UnitPlace/label(of:in:language:)``), in English: each of these words
    /// in its English, the report's own numbers, titles and labels as they are.
    ///
    /// ```swift
    /// PlaceWords.english(of: "三、表三 · 本年新收 · 自然人")   // "三、Table 3 · 本年新收 · 自然人"
    /// PlaceWords.english(of: "一、（二）第 2 段")              // "一、（二）paragraph 2"
    /// ```
    public static func english(of label: String) -> String {
        label.components(separatedBy: " · ").enumerated().map { index, part in
            english(part: part, alone: index == 0 && !label.contains(" · "))
        }.joined(separator: " · ")
    }

    private static func english(part: String, alone: Bool) -> String {
        // (a numbered section's number runs into the first part: `五、第 1 段`, `三、（二）表三`)
        let number = #"^([〇零一二三四五六七八九十百千]+、)?(（[〇零一二三四五六七八九十百千]+）)*(\d+\.)*"#
        let prefixEnd = part.range(of: number, options: .regularExpression)?.upperBound ?? part.startIndex
        var prefix = String(part[..<prefixEnd])
        var rest = String(part[prefixEnd...])
        // (a second section of one number: `一、（第 2 个）第 1 段`)
        if let count = rest.range(of: #"^（第 \d+ 个）"#, options: .regularExpression), let copy = copyOrdinal(rest[count])
        {
            prefix += Word.copy(copy).text(in: .english)
            rest.removeSubrange(count)
        }
        var ordinal = ""
        if let count = rest.range(of: #"（第 \d+ 个）$"#, options: .regularExpression), let copy = copyOrdinal(rest[count])
        {
            ordinal = Word.copy(copy).text(in: .english)
            rest.removeSubrange(count)
        }
        if rest == Word.title.text(in: .chinese) {
            // (the report's own title alone; a section's heading after its number)
            return prefix + (prefix.isEmpty && alone ? Word.title : Word.heading).text(in: .english) + ordinal
        }
        return prefix + (word(rest).map { $0.text(in: .english) } ?? rest) + ordinal
    }

    /// The n of `（第 n 个）`.
    private static func copyOrdinal(_ text: Substring) -> Int? { Int(text.dropFirst(3).dropLast(3)) }

    /// The word a Chinese text is, if it is one of them (but `标题`, which is two).
    private static func word(_ chinese: String) -> Word? {
        if chinese.range(of: #"^第 \d+ 段$"#, options: .regularExpression) != nil,
            let ordinal = Int(chinese.dropFirst(2).dropLast(2))
        {
            return .paragraph(ordinal)
        }
        if chinese.hasPrefix("表格"), let number = Int(chinese.dropFirst(2)) { return .grid(number) }
        if let number = (1...5).first(where: { Word.table($0).text(in: .chinese) == chinese }) { return .table(number) }
        let fixed: [Word] = [.agency, .year, .preamble, .order, .whole, .anyTable]
        return fixed.first { $0.text(in: .chinese) == chinese }
    }
}
