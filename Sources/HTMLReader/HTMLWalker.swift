import DocumentLayout
import Foundation

/// Walks the content of a page into paragraphs and tables.
///
/// Block elements (`p`, `div`, `h1`…, `li`, `br`…) end a paragraph; inline elements (`span`, `font`, Word's
/// `<o:p>`) only add their text. White space runs and `&nbsp;` become one space; spaces of any width at either end
/// of a paragraph or cell are dropped (Word's `mso-` styles and indents carry no text). Text in `<sup>` and `<sub>`
/// (a footnote mark after a number), or set so by a style — the element's own or the page's style sheet
/// (``StyleSheet``, ``InlineStyle``) — is kept by ``RaisedText``, so it never joins the digits before it; so is text a
/// style moves off its paragraph's line by a distance (``ShiftedText``). Text the page hides (``TextVisibility``) is
/// left out; text it may or may not show is kept, and the blocks without it are kept beside (``blocksWithout``), for a
/// table cell to note as ``UncertainText``.
struct HTMLWalker {
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "center",
        "blockquote", "pre", "dd", "dt", "dl", "address", "main", "body", "html", "hr", "br", "caption", "figure",
        "tbody", "thead", "tfoot", "tr",
    ]

    /// The page's style sheet.
    let sheet: StyleSheet
    private(set) var blocks: [LayoutBlock] = []
    private var text = ShiftedText()
    /// Where the text being walked is set: inside `<sup>` or `<sub>`, else `nil`.
    private var raised: RaisedText.Position?
    /// How far the text being walked is moved above the line by styles, in half-points.
    private var shift = 0
    /// Whether the text being walked is struck through (``ShownText/strikesThrough(_:attributes:)``).
    private var struck = false
    /// Whether the page shows the text being walked.
    private var visibility = TextVisibility()
    /// The open paragraph's text without the text the page may or may not show, once it has some.
    private var textWithout: ShiftedText?
    /// The blocks without the text the page may or may not show, once there is some.
    private(set) var blocksWithout: [LayoutBlock]?

    init(sheet: StyleSheet = StyleSheet(), visibility: TextVisibility = TextVisibility()) {
        self.sheet = sheet
        self.visibility = visibility
    }

    mutating func walk(_ node: HTMLNode) {
        switch node {
        case .text(let string, _):
            let seen = visibility.shown
            guard seen != .hidden else { return }
            let shown = struck ? StruckText.text(string) : string
            let piece = raised.map { RaisedText.text(shown, $0) } ?? shown
            let moved = raised == nil ? shift : 0
            if seen == .uncertain, textWithout == nil, !string.allSatisfy(\.isWhitespace) { textWithout = text }
            text.append(piece, shift: moved)
            if seen == .shown { textWithout?.append(piece, shift: moved) }
        case .element(let name, let attributes, let children, _):
            if ContentFinder.ignored.contains(name) { return }
            let style = sheet.style(ofElement: name, attributes: attributes)
            if style.removesText { return }
            if name == "table" {
                endParagraph()
                // A table's caption shows above it (a title, `单位：元`): a paragraph before it, as on the page.
                let outer = visibility
                visibility = visibility.entering(style)
                for caption in children where caption.name == "caption" {
                    walk(caption)
                    endParagraph()
                }
                visibility = outer
                let table = HTMLTableBuilder.blocks(of: node, sheet: sheet, visibility: visibility.entering(style))
                blocks += table
                blocksWithout? += table
                return
            }
            let isBlock = Self.blockElements.contains(name)
            if isBlock { endParagraph() }
            let outer = (raised, shift, struck, visibility)
            struck = struck || ShownText.strikesThrough(name, attributes: attributes)
            visibility = visibility.entering(style)
            if name == "sup" {
                raised = .superscript
            } else if name == "sub" {
                raised = .subscript
            } else if let styled = style.raised {
                raised = styled
            }
            shift += style.shift
            for child in children { walk(child) }
            (raised, shift, struck, visibility) = outer
            if isBlock { endParagraph() }
        }
    }

    mutating func endParagraph() {
        let cleaned = Self.clean(text.text)
        let without = textWithout.map { Self.clean($0.text) }
        text = ShiftedText()
        textWithout = nil
        if let without {
            blocksWithout = blocksWithout ?? blocks
            if !without.isEmpty { blocksWithout?.append(.paragraph(LayoutParagraph(without))) }
        } else if !cleaned.isEmpty {
            blocksWithout?.append(.paragraph(LayoutParagraph(cleaned)))
        }
        if !cleaned.isEmpty { blocks.append(.paragraph(LayoutParagraph(cleaned))) }
    }

    mutating func finish() -> [LayoutBlock] {
        endParagraph()
        return blocks
    }

    /// Runs of white space and no-break spaces made one space; layout space (full-width too) at the ends dropped.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{A0}"
                || scalar == "\u{0C}"
            {
                pending = true
                continue
            }
            if pending, !scalars.isEmpty { scalars.append(" ") }
            pending = false
            scalars.append(scalar)
        }
        var result = String(scalars)
        while let first = result.unicodeScalars.first, first == "\u{3000}" || first == " " { result.removeFirst() }
        while let last = result.unicodeScalars.last, last == "\u{3000}" || last == " " { result.removeLast() }
        return result
    }
}

/// Builds a table's grid with the HTML table algorithm: each cell at the first free slot of its row, covering
/// `rowspan` × `colspan` slots; a cell merged down whose `colspan` pushes the rows below it past the table's columns
/// is narrowed (``WidenedMergedCell``). A table that lays out the page — a frame around tables
/// (``NestedTables/isPageFrame(cellsPerRow:nestedCellCount:)``), or a cell of long text in several paragraphs
/// (``NestedTables/holdsArticle(_:)``) — is
/// read as the content of its cells instead; a small table in a cell of a report table stays text in its cell.
enum HTMLTableBuilder {
    static let maximumSpan = 64

    static func blocks(of table: HTMLNode, sheet: StyleSheet, visibility: TextVisibility) -> [LayoutBlock] {
        var rows: [[HTMLNode]] = []
        collectRows(table, into: &rows)
        var cellBlocks: [[(node: HTMLNode, blocks: [LayoutBlock], without: [LayoutBlock]?)]] = []
        var isLayout = false
        var nestedCellCount = 0
        for (row, rowNode) in zip(rows, rowNodes(of: table)) {
            var cells: [(node: HTMLNode, blocks: [LayoutBlock], without: [LayoutBlock]?)] = []
            // (a row's style, `<tr bgcolor>`, lies behind its cells)
            let rowVisibility = visibility.entering(
                sheet.style(ofElement: "tr", attributes: rowNode.attributes))
            for cell in row {
                let style = sheet.style(ofElement: cell.name ?? "td", attributes: cell.attributes)
                var walker = HTMLWalker(sheet: sheet, visibility: rowVisibility.entering(style))
                if !style.removesText {
                    for child in cell.children { walker.walk(child) }
                }
                let blocks = walker.finish()
                nestedCellCount += NestedTables.cellCount(of: blocks)
                if NestedTables.holdsArticle(blocks) { isLayout = true }
                cells.append((cell, blocks, walker.blocksWithout))
            }
            cellBlocks.append(cells)
        }
        if isLayout || NestedTables.isPageFrame(cellsPerRow: rows.map(\.count), nestedCellCount: nestedCellCount) {
            return cellBlocks.flatMap { $0.flatMap(\.blocks) }
        }
        var occupied: Set<[Int]> = []
        var cells: [GridCell] = []
        for (rowIndex, row) in cellBlocks.enumerated() {
            var column = 0
            for (node, blocks, without) in row {
                while occupied.contains([rowIndex, column]) { column += 1 }
                let rowSpan = span(node.attribute("rowspan"))
                let columnSpan = span(node.attribute("colspan"))
                for r in rowIndex..<(rowIndex + rowSpan) {
                    for c in column..<(column + columnSpan) { occupied.insert([r, c]) }
                }
                let text = NestedTables.cellText(of: blocks)
                let uncertain = without.map { UncertainText(.faint, textWithout: NestedTables.cellText(of: $0)) }
                cells.append(
                    GridCell(
                        row: rowIndex, column: column, rowSpan: rowSpan, columnSpan: columnSpan, text: text,
                        uncertain: uncertain))
                column += columnSpan
            }
        }
        guard !cells.isEmpty else { return [] }
        let placed = WidenedMergedCell.narrowed(cells, rowCount: cellBlocks.count)
        let width = placed.map { $0.column + $0.columnSpan }.max() ?? 0
        return [.table(GridTable(rowCount: cellBlocks.count, columnCount: width, cells: placed))]
    }

    /// A `rowspan`/`colspan` value: 1 when absent or not a number, at most ``maximumSpan``.
    static func span(_ value: String?) -> Int {
        guard let value, let number = Int(value.trimmingCharacters(in: .whitespaces)) else { return 1 }
        return max(1, min(number, maximumSpan))
    }

    /// The rows of a table (through `thead`/`tbody`/`tfoot`, not into nested tables) and their cells.
    static func collectRows(_ node: HTMLNode, into rows: inout [[HTMLNode]]) {
        for row in rowNodes(of: node) { rows.append(row.children.filter { $0.name == "td" || $0.name == "th" }) }
    }

    /// The `tr` elements of a table, through `thead`/`tbody`/`tfoot`, not into nested tables.
    static func rowNodes(of node: HTMLNode) -> [HTMLNode] {
        node.children.flatMap { child -> [HTMLNode] in
            switch child.name {
            case "tr": [child]
            case "thead", "tbody", "tfoot": rowNodes(of: child)
            default: []
            }
        }
    }
}
