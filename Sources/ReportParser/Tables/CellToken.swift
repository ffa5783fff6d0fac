import ReportModel

/// One cell of text read from a table line: a label, or a value (a number in any writing, a placeholder, a blank,
/// a missing mark, text made of digits).
struct CellToken: Sendable {
    /// The text as typed, without the layout's separators (tabs, `|`, runs of spaces).
    let text: String
    /// The 1-based line number.
    let line: Int
    /// The index of the line within its table, to tell values on a label's own line from values further down.
    let lineIndex: Int
    /// Whether this is a value (a cell's content) rather than a label.
    let isValue: Bool
    /// The cell's place among its line's cells, on a line whose cells are marked off (`|`, tabs): what a header line's
    /// cell in the same place stands over (``HeaderColumns``); `nil` elsewhere.
    let cell: Int?

    init(text: String, line: Int, lineIndex: Int, isValue: Bool, cell: Int? = nil) {
        self.text = text
        self.line = line
        self.lineIndex = lineIndex
        self.isValue = isValue
        self.cell = cell
    }

    /// Whether the token stands for a cell that could not be read (canonical exports mark them so).
    var isMissingMark: Bool { CellText.isMissingMark(text) }

    /// Whether the token is a value that is not blank.
    var isFilledValue: Bool { isValue && !isBlank }

    /// Whether the token is empty or only layout space.
    var isBlank: Bool { text.isLayoutBlank }

    /// Whether a whole cell's text is a value.
    static func isValueText(_ text: String) -> Bool {
        CellText.isMissingMark(text) || CellText.isCellContent(text)
    }
}

/// Cuts a line of a table into cells, whatever the layout: `|`-separated (Markdown or ` |`-terminated),
/// tab-separated, columns aligned with spaces as `pdftotext -layout` writes them, or words separated by single
/// spaces as `pdftotext -raw` and web pages give them.
enum CellTokenizer {
    /// The cells of a line. Leading empty cells are dropped (they only carry nesting); a line of blanks has none.
    /// A cell marked off by `|` or a tab is one cell whatever it holds (`| 1 0 |`, `| 约 5 |`); text aligned with
    /// spaces is cut into its columns and words (``splitWords(_:)``).
    ///
    /// - Parameters:
    ///   - raw: The line as typed (``SourceLine/raw``).
    ///   - trimmed: The line without layout space at either end.
    ///   - hasPipe: Whether the line holds a `|`.
    ///   - hasTab: Whether the line holds a tab.
    static func cells(raw: String, trimmed: String, hasPipe: Bool, hasTab: Bool) -> [String] {
        var raw = raw
        if (trimmed.utf8.count == 1 && trimmed == "|") || isMarkdownRule(trimmed) { return [] }
        var cells: [String]
        if hasPipe {
            if trimmed.hasBytePrefix("#") { raw = String(trimmed.drop { $0 == "#" }) }
            var parts = split(raw, at: UInt8(ascii: "|"), unlessAfter: UInt8(ascii: "\\"))
            if trimmed.hasBytePrefix("|") || trimmed.hasBytePrefix("#"), parts.first?.isEmpty == true {
                parts.removeFirst()
            }
            if trimmed.hasByteSuffix("|"), parts.last?.isEmpty == true { parts.removeLast() }
            cells = parts.map(unescaped)
        } else if hasTab {
            cells = split(raw, at: UInt8(ascii: "\t"))
        } else if !raw.containsByte(UInt8(ascii: " ")) {
            // Prose and one-cell lines: nothing to split.
            return trimmed.isLayoutBlank
                ? [] : [trimmed.hasBytePrefix("#") ? String(trimmed.drop { $0 == "#" }) : trimmed]
        } else {
            var text = Substring(trimmed)
            if text.hasBytePrefix("#") { text = text.drop { $0 == "#" } }
            cells = splitOnSpaceRuns(text).flatMap { splitWords($0)?.map(\.text) ?? [$0] }
        }
        guard let first = cells.firstIndex(where: { !$0.isLayoutBlank }) else { return [] }
        return first == 0 ? cells : Array(cells[first...])
    }

    /// How a line break inside a cell is written in a `|` row, as Markdown tables write it: the text export writes a
    /// cell of several lines (`12` and `（含转办3件）` in a Word cell) so, and the reader gives the break back.
    static let lineBreak = "<br>"

    /// How a `|` inside a cell's text is written in a `|` row, as Markdown tables write it: the text export writes
    /// `5|3` so, and the reader cuts the row only at a `|` without the backslash.
    static let escapedPipe = "\\|"

    /// A `|` row's cell as its text: line breaks and `|` given back (``lineBreak``, ``escapedPipe``).
    ///
    /// Each mark is looked for in the cell's bytes first: the standard library's `contains` of a string compares
    /// characters and builds a searcher on every call, about 10,000 instructions, which was over a third of
    /// parsing a report of `|` tables. Both marks are ASCII, so a cell whose bytes lack one lacks it as characters
    /// too; one whose bytes hold it is still asked by characters (`<br>` before a combining mark is no line break).
    static func unescaped(_ cell: String) -> String {
        var text = cell
        if text.containsBytes(lineBreak), text.contains(lineBreak) {
            // (`\<br>` is the characters `<br>` the cell holds, ``escapedLineBreak``)
            text = text.split(separator: escapedLineBreak, omittingEmptySubsequences: false)
                .map { $0.replacing(lineBreak, with: "\n") }.joined(separator: lineBreak)
        }
        if text.containsBytes(escapedPipe), text.contains(escapedPipe) {
            text = text.replacing(escapedPipe, with: "|")
        }
        return text
    }

    /// How the characters `<br>` in a cell's text are written in a `|` row, so that they are not read as a line
    /// break (rv105 F3: `84<br>网上`, pasted from a web editor, came back on two lines).
    static let escapedLineBreak = "\\" + lineBreak

    /// A cell's text as written in a `|` row, so that ``cells(raw:trimmed:hasPipe:hasTab:)`` reads it back.
    static func escaped(_ text: String) -> String {
        var written = text
        if written.contains("|") { written = written.replacing("|", with: escapedPipe) }
        if written.contains(lineBreak) { written = written.replacing(lineBreak, with: escapedLineBreak) }
        if written.contains("\n") { written = written.replacing("\n", with: lineBreak) }
        return written
    }

    /// `|---|:--:|` separator rows of Markdown tables.
    static func isMarkdownRule(_ text: String) -> Bool {
        var dash = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): break
            default: return false
            }
        }
        return dash
    }

    /// The cells between the separators of a line, each without ASCII spaces and tabs at its ends. The line is cut
    /// at every separator byte, as its bytes read: a cut by characters would cost a grapheme walk per line.
    static func split(_ text: String, at separator: UInt8, unlessAfter escape: UInt8? = nil) -> [String] {
        text.withUTF8Bytes { bytes in
            var cells: [String] = []
            var start = 0
            for index in 0...bytes.count
            where index == bytes.count
                || (bytes[index] == separator && (escape == nil || index == 0 || bytes[index - 1] != escape))
            {
                var lower = start
                var upper = index
                while lower < upper, isSpaceOrTab(bytes[lower]) { lower += 1 }
                while upper > lower, isSpaceOrTab(bytes[upper - 1]) { upper -= 1 }
                cells.append(String(decoding: bytes[lower..<upper], as: UTF8.self))
                start = index + 1
            }
            return cells
        }
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Splits on runs of two or more ASCII spaces: the columns of `pdftotext -layout`.
    static func splitOnSpaceRuns(_ text: Substring) -> [String] {
        // Each cell is a run of the text's bytes: from its first byte (or the single space before it, at the very
        // start) to its last byte that is not a space. A space is one byte, never part of another scalar's UTF-8.
        text.withUTF8Bytes { bytes in
            var cells: [String] = []
            var cellStart: Int?
            var cellEnd = 0
            var spaces = 0
            var index = 0
            // Run by run: the bytes up to the next space (found with `memchr`) are one run of text, then the spaces.
            while index < bytes.count {
                let space = ByteSearch.firstIndex(of: UInt8(ascii: " "), in: bytes, from: index) ?? bytes.count
                if space > index {
                    if spaces >= 2, let start = cellStart {
                        cells.append(String(decoding: bytes[start..<cellEnd], as: UTF8.self))
                        cellStart = nil
                    }
                    if cellStart == nil { cellStart = spaces == 1 ? index - 1 : index }
                    spaces = 0
                    cellEnd = space
                }
                index = space
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") {
                    spaces += 1
                    index += 1
                }
            }
            if let start = cellStart {
                cells.append(String(decoding: bytes[start..<cellEnd], as: UTF8.self))
            }
            return cells
        }
    }

    /// A piece of a cell split into words: a label (words joined back with their spaces) or one value.
    struct Word: Equatable {
        let text: String
        let isValue: Bool
    }

    /// Cuts text whose words are separated by single spaces into labels and values, when it reads as table rows:
    /// `行政许可 97` → `行政许可`, `97`; `21 0 0` → `21`, `0`, `0`; `规章 0 0 0 行政规范性文件 5 0 12` → two labels,
    /// each with its three values. Each value is one word: digits are never joined across a space.
    ///
    /// Only numbers (plain or with a unit) and marks for "nothing here" count as values here, and only text that
    /// ends with a value is cut; anything else (`全年收到申请 21 件`, `三 、本 年 度`) is left whole (`nil`).
    static func splitWords(_ cell: String) -> [Word]? {
        guard cell.containsByte(UInt8(ascii: " ")), !CellText.isNumber(cell) else { return nil }
        // The last word decides, and most text does not end with a value: it is answered before the words are cut.
        guard let last = lastWord(of: cell), isWordValue(last) else { return nil }
        let parts = cell.pieces(separatedBy: UInt8(ascii: " ")).filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        var words: [Word] = []
        var label: [String] = []
        for part in parts {
            if isWordValue(part) {
                if !label.isEmpty { words.append(Word(text: label.joined(separator: " "), isValue: false)) }
                label = []
                words.append(Word(text: part, isValue: true))
            } else {
                label.append(part)
            }
        }
        return words
    }

    /// The last word of a text whose words are separated by spaces; `nil` when it has none.
    static func lastWord(of text: String) -> String? {
        text.withUTF8Bytes { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
            return start < end
                ? String(decoding: bytes[start..<end], as: UTF8.self) : nil
        }
    }

    /// Whether a word of running text is a value: a number, plain or with a unit, or a mark for "nothing here".
    static func isWordValue(_ word: String) -> Bool {
        if CellText.isNumber(word) { return true }
        return switch CellText.reading(word) {
        case .number, .writtenNumber(_, .unit): true
        case .notFilled: word != "无"
        case .writtenNumber(_, .chineseNumerals), .text: false
        }
    }
}
