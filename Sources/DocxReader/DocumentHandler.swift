import DocumentLayout
import Foundation

/// Reads `word/document.xml` (any prefix, transitional or strict namespace) into blocks, from the events of
/// ``XMLPartReader``.
///
/// Text is taken from `w:t` in document order, so runs split anywhere join up; `w:tab` is a tab, `w:br`/`w:cr` a
/// line break. Left out: deleted and moved-away text (`w:del`, `w:delText`, `w:moveFrom`), field instructions
/// (`w:instrText`), the `mc:Fallback` copy of alternate content, content-control properties (`w:sdtPr`).
/// Content controls' content (`w:sdtContent`), insertions, hyperlinks and smart tags are read as ordinary text.
final class DocumentHandler: XMLPartHandler {
    private struct OpenParagraph {
        var text = ""
        var numId: String?
        var level: Int?
        var style: String?
    }

    private(set) var blocks: [LayoutBlock] = []
    private var numbering: Numbering
    private var paragraphs: [OpenParagraph] = []
    private var tables: [DocxTableBuilder] = []
    private var cells: [DocxTableBuilder.RawCell] = []
    private var inText = false

    init(numbering: Numbering) {
        self.numbering = numbering
    }

    /// What the reader does with an element, decided once per name (``XMLPartReader`` passes it to the C filter).
    ///
    /// - `.skip`, the element with everything in it: text that is not the document's — tracked deletions
    ///   (`w:del`, `w:delText`), the old place of moved text (`w:moveFrom`; it is read at `w:moveTo`), field codes
    ///   (`w:instrText`, `w:delInstrText`: `PAGE`, not a page number), a content control's properties (its alias is
    ///   not body text) and `mc:Fallback` (the same text box again, for older Word) — and run and table properties,
    ///   which the reader never reads (bold, fonts, table borders).
    /// - `.forward`, to ``start(_:)`` and ``end(_:namespace:)``: paragraphs and their numbering and style, text, tabs and
    ///   breaks, tables with their grid, rows, cells, spans and merges, and the properties that hold those.
    /// - `.ignore`: anything else; its children are still read (the runs in `w:r`, `w:ins`, `w:sdtContent`,
    ///   `w:hyperlink`, `mc:Choice`…).
    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        guard namespace == .word else { return namespace == .compatibility && name == .fallback ? .skip : .ignore }
        switch name {
        case .del, .moveFrom, .delText, .instrText, .delInstrText, .sdtPr, .sdtEndPr, .rPr, .tblPr: return .skip
        case .p, .pStyle, .numId, .ilvl, .t, .tab, .br, .cr, .noBreakHyphen, .tbl, .gridCol, .tr, .gridBefore, .tc,
            .gridSpan, .vMerge, .hMerge, .pPr, .tcPr, .trPr, .tblGrid, .sectPr:
            return .forward
        default: return .ignore
        }
    }

    var readsText: Bool { true }

    func start(_ element: XMLElementView) {
        guard element.namespace == .word else { return }
        var value: String? { element.attribute("val") }
        switch element.name {
        case .p: paragraphs.append(OpenParagraph())
        case .pStyle: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = value }
        case .numId: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numId = value }
        case .ilvl: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].level = value.flatMap { Int($0) } }
        case .t: inText = true
        case .tab where !paragraphs.isEmpty && !isInProperties: append("\t")
        case .br, .cr: append("\n")
        case .noBreakHyphen: append("-")
        case .tbl: tables.append(DocxTableBuilder())
        case .gridCol:
            if !tables.isEmpty, let width = element.attribute("w").flatMap(Double.init) {
                tables[tables.count - 1].gridWidths.append(width / 20)
            }
        case .tr: if !tables.isEmpty { tables[tables.count - 1].startRow() }
        case .gridBefore:
            if !tables.isEmpty, let count = value.flatMap({ Int($0) }) { tables[tables.count - 1].setGridBefore(count) }
        case .tc: cells.append(DocxTableBuilder.RawCell())
        case .gridSpan: if !cells.isEmpty { cells[cells.count - 1].span = value.flatMap { Int($0) } ?? 1 }
        case .vMerge:
            if !cells.isEmpty { cells[cells.count - 1].verticalMerge = value == "restart" ? .restart : .continue }
        case .hMerge:
            if !cells.isEmpty { cells[cells.count - 1].horizontalMerge = value == "restart" ? .restart : .continue }
        case .pPr, .tcPr, .trPr, .tblGrid, .sectPr: propertyDepth += 1
        default: break
        }
    }

    private var propertyDepth = 0
    private var isInProperties: Bool { propertyDepth > 0 }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        guard namespace == .word else { return }
        switch name {
        case .t: inText = false
        case .pPr, .tcPr, .trPr, .tblGrid, .sectPr: propertyDepth = max(0, propertyDepth - 1)
        case .p: endParagraph()
        case .tc:
            guard let cell = cells.popLast() else { return }
            if !tables.isEmpty { tables[tables.count - 1].addCell(cell) }
        case .tbl:
            guard let table = tables.popLast() else { return }
            if table.isLayoutTable {
                for block in table.contentBlocks { emit(block) }
            } else {
                emit(.table(table.table()))
            }
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { append(String(decoding: bytes, as: UTF8.self)) }
    }

    private func append(_ text: String) {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += text
    }

    private func endParagraph() {
        guard var paragraph = paragraphs.popLast() else { return }
        if let list = numbering.resolve(numId: paragraph.numId, level: paragraph.level, style: paragraph.style),
            !paragraph.text.allSatisfy(\.isWhitespace),
            let label = numbering.nextLabel(numId: list.numId, level: list.level)
        {
            paragraph.text = label + paragraph.text
        }
        // Inside a table cell an empty paragraph still separates lines; elsewhere it is only spacing.
        if cells.isEmpty, paragraph.text.allSatisfy(\.isWhitespace) { return }
        emit(
            .paragraph(
                LayoutParagraph(paragraph.text, asWritten: paragraph.style == LayoutParagraph.asWrittenStyle)))
    }

    /// Puts a finished block where it belongs: the innermost open cell, else the body.
    private func emit(_ block: LayoutBlock) {
        if !cells.isEmpty {
            cells[cells.count - 1].blocks.append(block)
        } else {
            blocks.append(block)
        }
    }
}
