import ReportModel

/// One cell of text read from a table line: a label, or a value (a number, a placeholder, a blank, a missing mark).
struct CellToken: Sendable {
    /// The text as typed, without the layout's separators (tabs, `|`, runs of spaces).
    let text: String
    /// The 1-based line number.
    let line: Int
    /// The index of the line within its table, to tell values on a label's own line from values further down.
    let lineIndex: Int
    /// Whether this is a value rather than a label.
    let isValue: Bool

    /// The text canonical exports write for a cell that could not be read.
    static let missingMark = "[缺失]"

    init(text: String, line: Int, lineIndex: Int) {
        self.text = text
        self.line = line
        self.lineIndex = lineIndex
        self.isValue = CellToken.isValueText(text)
    }

    /// Whether the token stands for a cell that could not be read (canonical exports mark them so).
    var isMissingMark: Bool { text == Self.missingMark }

    /// Whether the token is a number.
    var isNumber: Bool { CellText.isNumber(text) }

    /// Whether the token is empty or only layout space.
    var isBlank: Bool { text.isLayoutBlank }

    static func isValueText(_ text: String) -> Bool {
        text == missingMark || CellText.isNumber(text) || CellText.isPlaceholder(text)
    }
}

/// Cuts a line of a table into cells, whatever the layout: `|`-separated (Markdown or ` |`-terminated),
/// tab-separated, or columns aligned with spaces as `pdftotext -layout` writes them.
enum CellTokenizer {
    /// The cells of a line. Leading empty cells are dropped (they only carry nesting); a line of blanks has none.
    static func cells(of line: SourceLine) -> [String] {
        var raw = line.raw
        let trimmed = raw.trimmingLayoutSpace()
        if trimmed == "|" || isMarkdownRule(trimmed) { return [] }
        var cells: [String]
        if line.hasPipe {
            if trimmed.hasPrefix("#") { raw = String(trimmed.drop { $0 == "#" }) }
            var parts = raw.split(separator: "|", omittingEmptySubsequences: false).map { trimASCII($0) }
            if trimmed.hasPrefix("|") || trimmed.hasPrefix("#"), parts.first?.isEmpty == true { parts.removeFirst() }
            if trimmed.hasSuffix("|"), parts.last?.isEmpty == true { parts.removeLast() }
            cells = parts
        } else if line.hasTab {
            cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map { trimASCII($0) }
        } else if !raw.utf8.contains(UInt8(ascii: " ")) {
            // Prose and one-cell lines: nothing to split.
            return trimmed.isLayoutBlank ? [] : [trimmed.hasPrefix("#") ? String(trimmed.drop { $0 == "#" }) : trimmed]
        } else {
            var text = Substring(trimmed)
            if text.hasPrefix("#") { text = text.drop { $0 == "#" } }
            cells = splitOnSpaceRuns(text)
        }
        cells = cells.flatMap(splitTrailingNumbers)
        guard let first = cells.firstIndex(where: { !$0.isLayoutBlank }) else { return [] }
        return Array(cells[first...])
    }

    /// `|---|:--:|` separator rows of Markdown tables.
    static func isMarkdownRule(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "-")) && text.unicodeScalars.allSatisfy { "|-: \t".unicodeScalars.contains($0) }
    }

    static func trimASCII(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// Splits on runs of two or more ASCII spaces: the columns of `pdftotext -layout`.
    static func splitOnSpaceRuns(_ text: Substring) -> [String] {
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                spaces += 1
                continue
            }
            if spaces >= 2, !current.isEmpty {
                cells.append(String(current))
                current = String.UnicodeScalarView()
            } else if spaces == 1 {
                current.append(" ")
            }
            spaces = 0
            current.append(scalar)
        }
        if !current.isEmpty { cells.append(String(current)) }
        return cells
    }

    /// `行政许可 97` → `行政许可`, `97`; `21 0 0` → `21`, `0`, `0`. Text that is not label-then-numbers is left alone.
    static func splitTrailingNumbers(_ cell: String) -> [String] {
        guard cell.utf8.contains(UInt8(ascii: " ")), !CellText.isNumber(cell) else { return [cell] }
        let parts = cell.split(separator: " ").map(String.init)
        guard parts.count > 1 else { return [cell] }
        var firstNumber = parts.count
        while firstNumber > 0, CellText.isNumber(parts[firstNumber - 1]) { firstNumber -= 1 }
        guard firstNumber < parts.count else { return [cell] }
        if firstNumber == 0 { return parts }
        let label = parts[..<firstNumber].joined(separator: " ")
        // "2.其他 3" would be odd, but "1.属于国家秘密 1" is a label and its value.
        return [label] + parts[firstNumber...]
    }
}
