public import DocumentLayout

/// Turns the characters and drawings of a PDF's pages into a laid-out document: tables from their ruling lines,
/// paragraphs from the lines of text outside them, in reading order, without page numbers, headers and footers.
///
/// Pure geometry, no PDF library: the PDF reader gives it what MuPDF extracted, tests give it pages built by hand.
public enum PDFLayout {
    /// An item of a page in reading order.
    private enum Item {
        case line(TextLine)
        case table(TableAssembly)
    }

    /// The laid-out document of a PDF's pages, with the pages that are pictures without text (a scanned page
    /// among printed ones: ``LaidOutDocument/imagePages``).
    ///
    /// - Throws: ``DocumentReadError/scanned(pages:)`` when no page has text but some draw images,
    ///   ``DocumentReadError/noText(format:)`` when there is no text at all.
    public static func document(from pages: [PageContent]) throws(DocumentReadError) -> LaidOutDocument {
        let hasText = pages.contains { page in page.characters.contains { !$0.isSpace } }
        guard hasText else {
            if pages.contains(where: { $0.imageCount > 0 }) { throw .scanned(pages: pages.count) }
            throw .noText(format: .pdf)
        }
        var items: [Item] = []
        var lines: [TextLine] = []
        // The lines of regions ruled by columns only, which are no prose: their ends are no margins.
        var columned: Set<[Double]> = []
        for page in pages.map(prepared) {
            let (tables, prose, regions) = tablesAndProse(of: page)
            var pageItems: [(y: Double, item: Item)] = tables.map { ($0.y, .table($0.table)) }
            for line in prose {
                pageItems.append((line.baseline - line.size, .line(line)))
                lines.append(line)
                if regions.contains(where: {
                    $0.contains(x: (line.x0 + line.x1) / 2, y: line.baseline - 0.35 * line.size)
                }) {
                    columned.insert(line.identity)
                }
            }
            items += pageItems.sorted { $0.y < $1.y }.map(\.item)
        }
        let heights = Dictionary(pages.map { ($0.number, $0.height) }, uniquingKeysWith: { first, _ in first })
        let furniture = PageFurniture.furniture(lines, heights: heights)
        let dropped = Set(furniture.map { lines[$0].identity })
        items.removeAll { item in
            if case .line(let line) = item { return dropped.contains(line.identity) }
            return false
        }
        var paragraphs = ParagraphBuilder(
            measuring: lines.enumerated().filter { !furniture.contains($0.offset) }.map(\.element).filter {
                !columned.contains($0.identity)
            })
        var blocks: [LayoutBlock] = []
        var open: TableAssembly?
        func closeTable() {
            if let table = open { blocks.append(.table(table.grid())) }
            open = nil
        }
        for item in items {
            switch item {
            case .line(let line):
                closeTable()
                if let ended = paragraphs.add(line) { blocks.append(.paragraph(ended)) }
            case .table(let table):
                if let ended = paragraphs.flush() { blocks.append(.paragraph(ended)) }
                if var current = open, current.isContinued(by: table) {
                    current.append(table)
                    open = current
                } else {
                    closeTable()
                    open = table
                }
            }
        }
        closeTable()
        if let ended = paragraphs.flush() { blocks.append(.paragraph(ended)) }
        var document = LaidOutDocument(format: .pdf, blocks: blocks, pageCount: pages.count)
        document.imagePages = pages.filter { page in
            page.imageCount > 0 && !page.characters.contains { !$0.isSpace }
        }.map(\.number)
        document.undecodablePages = pages.filter { page in
            page.characters.contains { $0.scalar == Self.undecodable }
        }.map(\.number)
        return document
    }

    /// What MuPDF gives for a character whose font does not say which it is (no ToUnicode map, an unknown encoding).
    static let undecodable: Unicode.Scalar = "\u{FFFD}"

    /// The page as it shows: without the characters it does not show (covered by a box drawn over them, or light on
    /// what lies behind), each character drawn twice in one place ("fake bold") once, its struck characters marked,
    /// and the characters an annotation lies over marked uncertain.
    static func prepared(_ page: PageContent) -> PageContent {
        StrikeFinder.marked(
            RepeatedGlyphs.once(GlyphVisibility.shown(CoveredGlyphs.uncovered(AnnotatedGlyphs.marked(page)))))
    }

    /// The tables of a page (with their top edge), the lines of text outside them, and the regions ruled by columns
    /// only (``isRuledByColumnsOnly(_:lines:)``), whose lines are among the text's.
    static func tablesAndProse(
        of page: PageContent
    ) -> (tables: [(y: Double, table: TableAssembly)], prose: [TextLine], columned: [Rect]) {
        let rules = RuleFinder.rules(from: page.segments)
        let groups = CellFinder.tables(from: rules).filter { $0.count >= 2 }
        let bounds = groups.map { cells in
            Rect(
                x0: cells.map(\.x0).min() ?? 0, y0: cells.map(\.y0).min() ?? 0, x1: cells.map(\.x1).max() ?? 0,
                y1: cells.map(\.y1).max() ?? 0)
        }
        let locators = groups.map(CellLocator.init)
        var cellCharacters = groups.map { [[PageCharacter]](repeating: [], count: $0.count) }
        var prose: [PageCharacter] = []
        for character in page.characters {
            let x = character.midX
            let y = character.bodyY
            if let table = bounds.firstIndex(where: { $0.contains(x: x, y: y) }),
                let cell = locators[table].cell(containingX: x, y: y)
            {
                cellCharacters[table][cell].append(character)
            } else if !character.isSpace || !prose.isEmpty {
                prose.append(character)
            }
        }
        // A region ruled by columns only is text set in columns: its characters are read as a table drawn without
        // rules is.
        let ruledByColumns = Set(
            groups.indices.filter { index in
                isRuledByColumnsOnly(
                    groups[index], lines: cellCharacters[index].map { TextLine.lines(of: $0, page: page.number) })
            })
        for index in ruledByColumns.sorted() { prose += cellCharacters[index].joined() }
        let tables = groups.indices.filter { !ruledByColumns.contains($0) }.map { index in
            let (cells, lines) = UnruledCells.split(
                groups[index], lines: cellCharacters[index].map { TextLine.lines(of: $0, page: page.number) },
                enclosing: locators[index].enclosingCells(), rules: rules)
            let padding = cellPadding(zip(cells, lines).map { ($0, $1) })
            let texts = zip(cells, lines).map { cell, lines in cellText(lines, in: cell, padding: padding) }
            // A cell with characters the page may not show: what it reads without them.
            let withouts = zip(cells, lines).map { cell, lines -> String? in
                guard lines.contains(where: { $0.characters.contains(where: \.isUncertain) }) else { return nil }
                let kept = lines.flatMap(\.characters).filter { !$0.isUncertain }
                return cellText(TextLine.lines(of: kept, page: page.number), in: cell, padding: padding)
            }
            let annotated = lines.map { lines in lines.contains { $0.characters.contains(where: \.isAnnotated) } }
            return (
                bounds[index].y0,
                TableAssembly(cells: cells, texts: texts, withouts: withouts, annotated: annotated, page: page.number)
            )
        }
        // (a line of figures between two lines of labels, on a table without rules, goes with the one it is level with)
        let lines = FigureLines.joined(TextLine.lines(of: prose, page: page.number))
        return (tables, lines, ruledByColumns.sorted().map { bounds[$0] })
    }
}

extension PDFLayout {
    /// The fewest lines a column of a region ruled by columns only holds (``isRuledByColumnsOnly(_:lines:)``).
    static let columnLines = 3

    /// Whether a ruled region is columns without rows: its cells one row (vertical rules, and a frame or a page's
    /// edge above and below), and two of them or more holding ``columnLines`` lines or more — table 3 printed with
    /// rules between its columns only — or two cells or more each holding a header over a figure
    /// (``holdsHeaderAndFigure(_:)``, table 4 printed so). Read as one row, each column would be one cell of all its lines, a table
    /// of no rows, and every label and number in it lost. A row of a table continued from the page before (a
    /// label of three lines beside numbers of one) is no such region.
    static func isRuledByColumnsOnly(_ cells: [Rect], lines: [[TextLine]]) -> Bool {
        // Headers and figures in one cell, with no rule between them (table 4 printed so: its header cells merged
        // over several columns end its column rules short of the frame, and the cells are made of the rules there
        // are, `结果` / `维持` / `286` in one): the rules between the rows are missing, whatever the cells' shape.
        if lines.count(where: holdsHeaderAndFigure) >= 2 { return true }
        guard let first = cells.first,
            cells.allSatisfy({
                abs($0.y0 - first.y0) <= RuleFinder.snap && abs($0.y1 - first.y1) <= RuleFinder.snap
            })
        else { return false }
        return lines.count { $0.count >= columnLines } >= 2
    }

    /// Whether a cell's lines are ``columnLines`` or more, the last a lone figure (`286`) under lines of words
    /// (`结果`, `维持`): a column's header and its figure, which a ruled table keeps in cells of their own.
    static func holdsHeaderAndFigure(_ lines: [TextLine]) -> Bool {
        guard lines.count >= columnLines, let last = lines.last?.text, isFigure(last) else { return false }
        return lines.dropLast().contains { line in
            let text = line.text
            return !text.isEmpty && !text.unicodeScalars.contains { ("0"..."9").contains($0) }
        }
    }

    /// Whether a text is one figure: digits, with a decimal point or thousands commas between them.
    static func isFigure(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            ("0"..."9").contains(first), ("0"..."9").contains(last)
        else { return false }
        return text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    }
}

/// A cell's lines joined: with line breaks, except a number wrapped in a narrow cell (`518` / `6`), which is one.
///
/// A number is taken as wrapped only when each of its lines but the last fills the cell: the next line's first
/// digit would not have fitted beside it, within the cell's padding (`padding` each side). Numbers typed on lines of
/// their own in a cell with room to spare (`9487` / `13`) stay apart, and so are read as no number: two numbers
/// joined would be a wrong one.
func cellText(_ lines: [TextLine], in cell: Rect, padding: Double = wrapPadding) -> String {
    let texts = lines.map(\.text)
    let isNumberPiece = { (line: String) in
        !line.isEmpty && line.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    }
    if texts.count > 1, texts.allSatisfy(isNumberPiece), isWrapped(lines, in: cell, padding: padding) {
        return texts.joined()
    }
    return texts.joined(separator: "\n")
}

/// The most a cell's padding is taken to be on each side, in points: Word's default cell margin is 0.19 cm
/// (5.4 pt), LibreOffice's 0.1 cm.
let wrapPadding = 5.7

/// A table's cell padding, as its text shows it: the least a cell's text starts after the cell's left edge (a
/// label set flush left starts right after the padding), at most ``wrapPadding``. A LibreOffice table's 0.1 cm
/// then leaves a narrow column less room to be taken for a wrap than Word's 0.19 cm.
func cellPadding(_ cells: [(cell: Rect, lines: [TextLine])]) -> Double {
    let insets = cells.flatMap { cell, lines in lines.map { $0.x0 - cell.x0 } }.filter { $0 >= 0 }
    return min(wrapPadding, insets.min() ?? wrapPadding)
}

/// Whether each line but the last fills the cell, so that the line after it begins where the text had to wrap.
func isWrapped(_ lines: [TextLine], in cell: Rect, padding: Double = wrapPadding) -> Bool {
    zip(lines, lines.dropFirst()).allSatisfy { line, next in
        let digit = next.characters.first { !$0.isSpace }.map { $0.x1 - $0.x0 } ?? next.size
        return (cell.x1 - cell.x0) - (line.x1 - line.x0) < digit + 2 * padding
    }
}

extension TextLine {
    /// Identifies a line within its document: its page and baseline.
    var identity: [Double] { [Double(page), baseline, x0] }
}
