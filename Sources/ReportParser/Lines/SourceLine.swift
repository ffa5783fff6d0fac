import Foundation
import ReportModel

/// One line of the input, with what the reader needs to know about it.
///
/// A class: the reader hands lines on to the table and paragraph readers by the hundred, and a copy of a line is then
/// one reference instead of its three strings and its cells.
final class SourceLine: Sendable {
    /// The 1-based line number in the file.
    let number: Int
    /// The line as typed, without its line break and without form feeds.
    let raw: String
    /// The line without layout space at either end and without Markdown heading marks (`## `) or bold marks.
    let text: String
    /// How many columns of indentation the line starts with (a tab or a full-width space counts as 2).
    let indent: Int
    /// Whether the line started with a Markdown heading mark.
    let isMarkdownHeading: Bool
    /// Whether the line holds a `|` (a table rule or cell separator).
    let hasPipe: Bool
    /// Whether the line holds a tab.
    let hasTab: Bool
    /// Whether the line starts with the escape mark `\\`: the rest of it is the text of a paragraph, as it is, never a
    /// heading, a title, a page number or part of a table (``ReportText`` writes such lines).
    let isEscaped: Bool
    /// The line cut into table cells (see ``CellTokenizer``).
    let cells: [String]
    /// Whether the line holds only a page number.
    let isPageNumber: Bool
    /// The number of characters of ``text``, counted once.
    let length: Int
    /// The width the line had on the page, for judging whether it was wrapped: its length, or for text that
    /// followed a heading on the same line, the whole line's length.
    let measuredLength: Int

    /// Whether the line holds nothing but layout space.
    var isBlank: Bool { text.isEmpty }

    /// Reads a line.
    ///
    /// - Parameter measuredLength: The width of the whole line on the page, for text cut from the end of a heading's
    ///   line; by default the text's own length.
    init(number: Int, raw: String, measuredLength: Int? = nil) {
        self.number = number
        // The marks the line is looked at for.
        let hasFormFeed = raw.containsByte(0x0C)
        let hasPipe = raw.containsByte(UInt8(ascii: "|"))
        let hasTab = raw.containsByte(UInt8(ascii: "\t"))
        let cleaned = hasFormFeed ? String(decoding: raw.utf8.filter { $0 != 0x0C }, as: UTF8.self) : raw
        self.raw = cleaned
        var indent = 0
        for scalar in cleaned.unicodeScalars {
            guard scalar.isLayoutSpace else { break }
            indent += scalar == " " ? 1 : 2
        }
        self.indent = indent
        let stripped = cleaned.trimmingLayoutSpace()
        if stripped.startsWithByte(Self.escapeByte) {
            // An escaped paragraph line: its text exactly, read as nothing else.
            self.isEscaped = true
            self.text = String(stripped.dropFirst())
            self.hasPipe = false
            self.hasTab = false
            self.isMarkdownHeading = false
            self.length = self.text.characterCount
            self.measuredLength = measuredLength ?? self.length
            self.cells = []
            self.isPageNumber = false
            return
        }
        self.isEscaped = false
        self.hasPipe = hasPipe
        self.hasTab = hasTab
        var text = Substring(stripped)
        var markdown = false
        // `stripped` has no layout space at its ends: only text after heading marks is trimmed again.
        var trimmed = stripped
        if stripped.startsWithByte(UInt8(ascii: "#")) {
            let marks = text.prefix { $0 == "#" }
            if !marks.isEmpty, marks.count <= 6 {
                text = text.dropFirst(marks.count)
                markdown = true
                trimmed = text.trimmingLayoutSpace()
            }
        }
        if trimmed.hasBytePrefix("**"), trimmed.hasByteSuffix("**"), trimmed.characterCount > 4 {
            trimmed = String(trimmed.dropFirst(2).dropLast(2)).trimmingLayoutSpace()
        }
        self.text = trimmed
        self.isMarkdownHeading = markdown
        self.length = trimmed.characterCount
        self.measuredLength = measuredLength ?? self.length
        // A page number has at most 12 characters besides space: a longer line is answered on its count.
        self.isPageNumber = self.length <= 16 && Self.isPageNumber(trimmed)
        self.cells =
            text.isEmpty ? [] : CellTokenizer.cells(raw: cleaned, trimmed: stripped, hasPipe: hasPipe, hasTab: hasTab)
    }

    /// The mark that starts an escaped line (``isEscaped``).
    static let escapeMark = String(UnicodeScalar(escapeByte))

    /// The escape mark's one byte.
    static let escapeByte = UInt8(ascii: "\\")

    /// Whether a scalar is one of the dashes page numbers stand between (`-2-`, `— 3 —`, `一 2 一`).
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "—", "–", "－", "一": true
        default: false
        }
    }

    /// Whether the line holds only a page number (`-2-`, `— 3 —`, `第 2 页`, `2 / 10`), as PDF extraction leaves them.
    static func isPageNumber(_ text: String) -> Bool {
        // Every form starts with a dash, 第 or a digit: other lines are answered before anything is copied.
        guard let first = text.unicodeScalars.first(where: { !$0.isLayoutSpace }),
            isDash(first) || first == "第" || ("0"..."9").contains(first)
        else { return false }
        // After a digit only `2 / 10` can follow: a number alone is not a page number.
        if ("0"..."9").contains(first), !text.containsByte(UInt8(ascii: "/")) { return false }
        let bare = text.removingLayoutSpace()
        guard !bare.isEmpty, bare.count <= 12 else { return false }
        let scalars = Array(bare.unicodeScalars)
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        if let first = scalars.first, let last = scalars.last, isDash(first), isDash(last) {
            let inner = scalars.drop { isDash($0) }.reversed().drop { isDash($0) }
            return !inner.isEmpty && inner.allSatisfy(isDigit) && !(first == "一" && last == "一")
        }
        if bare.hasPrefix("第"), bare.hasSuffix("页") {
            return bare.unicodeScalars.dropFirst().dropLast().allSatisfy {
                isDigit($0) || "共页第".unicodeScalars.contains($0)
            }
        }
        if let slash = scalars.firstIndex(of: "/"), slash > 0, slash < scalars.count - 1 {
            return scalars[..<slash].allSatisfy(isDigit) && scalars[(slash + 1)...].allSatisfy(isDigit)
        }
        return false
    }

    /// Splits text into lines, numbered from 1. A line of text holding U+000B (Word's manual line break, Shift+Enter,
    /// in text copied out of it) is lines of its own under one number, as a paragraph of a .docx with `w:br` is
    /// (``ParagraphLine``), never joined to the line after the break; a table row (a line with `|` or a tab) keeps it in
    /// its cell.
    static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 0
        for line in text.pieces(separatedBy: 10) {
            number += 1
            guard line.containsByte(0x0B), !line.containsByte(UInt8(ascii: "|")), !line.containsByte(9) else {
                lines.append(SourceLine(number: number, raw: line))
                continue
            }
            // A line ended by the break was not wrapped: it is never joined to the next (a measured width of 0).
            let pieces = ParagraphLine.lines(of: line)
            for (index, piece) in pieces.enumerated() {
                lines.append(
                    SourceLine(number: number, raw: piece, measuredLength: index < pieces.count - 1 ? 0 : nil))
            }
        }
        if lines.last?.isBlank == true, text.utf8.last == 10 { lines.removeLast() }
        return lines
    }
}
