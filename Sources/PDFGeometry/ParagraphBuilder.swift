import DocumentLayout
import ReportModel

/// Joins lines of prose into paragraphs as they read on the page.
///
/// A line starts a new paragraph when it is indented from the text's left margin (a first-line indent, a centred
/// title), when the line above stopped short of the right margin (unless its first word would not have fitted
/// there: a long web address wrapped whole), when the font size changes, when the gap above it is wider than the
/// usual line spacing (unless the lines beside it are as far apart: a paragraph set with wider line spacing than the
/// rest, such as one pasted from a web page), when it starts with a heading's number (`一、`, `（一）`, `1.`) after a sentence's end, or
/// when it or the line above is set in columns (a table drawn without rules). Otherwise it continues the
/// paragraph, across a page break too.
struct ParagraphBuilder {
    let left: Double
    let right: Double
    let spacing: Double
    /// The gap from each line to the next one on its page, by the line's identity.
    let gapAfter: [[Double]: Double]
    private var lines: [TextLine] = []
    /// The gap between the last two lines added.
    private var lastGap: Double?

    /// Measures the margins (the leftmost and rightmost line ends several lines share) and the line spacing.
    init(measuring all: [TextLine]) {
        left = Self.repeated(all.map(\.x0)).min() ?? all.map(\.x0).min() ?? 0
        right = Self.repeated(all.map(\.x1)).max() ?? all.map(\.x1).max() ?? 0
        var gaps: [Double] = []
        var after: [[Double]: Double] = [:]
        for (previous, line) in zip(all, all.dropFirst()) where previous.page == line.page {
            let gap = line.baseline - previous.baseline
            if gap > 0 {
                gaps.append(gap)
                after[previous.identity] = gap
            }
        }
        gapAfter = after
        gaps.sort()
        spacing = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
    }

    /// Adds a line; returns the paragraph it ended, if it starts a new one.
    mutating func add(_ line: TextLine) -> LayoutParagraph? {
        guard let last = lines.last else {
            lines = [line]
            lastGap = nil
            return nil
        }
        let size = max(line.size, 1)
        let indented = line.x0 > left + 0.8 * size
        let room = right - last.x1
        let endsSentence = SentenceEnd.isAtEnd(of: last.text)
        let short = room > 1.5 * max(last.size, 1) && (endsSentence || Self.firstWordWidth(of: line) <= room)
        let resized = abs(line.size - last.size) > 1.5
        let gap = line.baseline - last.baseline
        let gapped =
            line.page == last.page && spacing > 0 && gap > 1.5 * spacing
            && ![lastGap, gapAfter[line.identity]].contains { $0.map { abs($0 - gap) <= 0.15 * gap } ?? false }
        lastGap = line.page == last.page ? gap : nil
        let heading = endsSentence && Heading.leadingNumber(of: line.text) != nil
        let columns = line.hasColumnGap || last.hasColumnGap
        if indented || short || resized || gapped || heading || columns {
            let ended = flush()
            lines = [line]
            return ended
        }
        lines.append(line)
        return nil
    }

    /// Ends the paragraph being built.
    mutating func flush() -> LayoutParagraph? {
        guard let first = lines.first else { return nil }
        var text = ""
        for line in lines {
            let piece = line.text
            if let end = text.unicodeScalars.last, let start = piece.unicodeScalars.first, Self.isLatin(end),
                Self.isLatin(start)
            {
                text += " "
            }
            text += piece
        }
        lines = []
        return LayoutParagraph(text, page: first.page)
    }

    /// The width of the line's first word, the piece a line may not be broken inside: opening brackets with the
    /// character after them, and a run of letters, digits and ASCII punctuation (`（http://www.example.gov.cn)`) or
    /// one Chinese character, with the closing punctuation after it.
    static func firstWordWidth(of line: TextLine) -> Double {
        let visible = line.characters.filter { !$0.isSpace }
        guard let first = visible.first else { return 0 }
        var end = visible.startIndex
        while end + 1 < visible.count, openings.contains(visible[end].scalar) { end += 1 }
        if isWide(visible[end].scalar) {
            while end + 1 < visible.count, closings.contains(visible[end + 1].scalar) { end += 1 }
        } else {
            while end + 1 < visible.count, !isWide(visible[end + 1].scalar),
                !TextLine.isColumnGap(between: visible[end], and: visible[end + 1])
            {
                end += 1
            }
        }
        return visible[end].x1 - first.x0
    }

    static let openings = Set("（(《“‘【[〔".unicodeScalars)
    static let closings = Set("）)》”’】]〕，。、；：！？,.;:!?".unicodeScalars)

    /// Chinese characters and full-width punctuation: a line may break after any of them.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x2E80 }

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The values that another value is within 2 pt of: the left or right ends shared by several lines, which
    /// are margins, not the ends of indented or short lines.
    static func repeated(_ values: [Double]) -> [Double] {
        let sorted = values.sorted()
        return sorted.indices.filter { index in
            (index > 0 && sorted[index] - sorted[index - 1] <= 2)
                || (index + 1 < sorted.count && sorted[index + 1] - sorted[index] <= 2)
        }.map { sorted[$0] }
    }
}
