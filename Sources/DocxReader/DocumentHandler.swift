import DocumentLayout
import Foundation

/// Reads `word/document.xml` (any prefix, transitional or strict namespace) into blocks, from the events of
/// ``XMLPartReader``.
///
/// Text is taken from `w:t` in document order, so runs split anywhere join up; `w:tab` and `w:ptab` are a tab,
/// `w:sym` its character (a symbol between two digits is no part of a number: wn99 M1), `w:br`/`w:cr` a
/// line break (`\n`, which ends a line the parser reads as a paragraph: ``LayoutParagraph/text``). Left out: deleted
/// and moved-away text (`w:del`, `w:delText`, `w:moveFrom`), hidden text
/// (`w:vanish`, `w:specVanish`, directly or through a style), field instructions (`w:instrText`) and everything else in a
/// complex field's code (a nested field and its cached result: ``fieldCodes``), the `mc:Fallback` copy of
/// alternate content, content-control properties (`w:sdtPr`), and the content of a content control still showing
/// its placeholder (`w:showingPlcHdr`: the grey `0` or `单击此处输入文字` of a form nobody filled in, which is not the
/// document's text though Word prints it; wn99 M9). Other content controls' content (`w:sdtContent`),
/// insertions, hyperlinks and smart tags are read as ordinary text. Raised and lowered text (`w:vertAlign`, a
/// footnote mark after a number, or a run `w:position` moves off its paragraph's line, ``ShiftedText``) is kept by
/// ``RaisedText``, so it never joins the digits before it. Text hidden only in a web view (`w:webHidden`, which Word
/// prints and LibreOffice hides) is kept, and in a table cell noted as ``UncertainText``; so is text whose colour may
/// not show on what lies behind it (``TextColour/shown(_:on:)``: the run's `w:shd` or `w:highlight`, its paragraph's
/// or its cell's `w:shd`, else its table style's shading (``RunStyles/tableBackground(of:)``) or its table's own,
/// else a white page), and text of the colour of what lies behind it (white on white) is left
/// out but for its spaces. A paragraph
/// whose mark is deleted (`w:pPr/w:rPr/w:del`) or hidden is read as one with the next, as Word shows it; a table
/// row deleted with tracked changes (`w:trPr/w:del`) is left out, even when its runs are not marked deleted, and so is
/// a cell (`w:tcPr/w:cellDel`): the cells after it move left, as when the change is accepted.
final class DocumentHandler: XMLPartHandler {
    /// A paragraph being read: its text so far, numbering, style, and what lies behind it.
    struct OpenParagraph {
        var text = ShiftedText()
        var numId: String?
        var level: Int?
        var style: String?
        /// Whether its paragraph mark is deleted or hidden: its text then begins the next paragraph.
        var markRemoved = false
        /// The format its style gives a run without properties of its own, once worked out.
        var plainRunFormat: RunFormat?
        /// Its text without the text hidden in a web view (``UncertainText``), once a cell's paragraph has some.
        var textWithout: ShiftedText?
        /// Its `w:shd`, when it has one.
        var shading: TextColour.Background?
    }

    /// The text of a paragraph whose mark was removed, waiting for the next paragraph at the same place (the same
    /// cell, the same text box).
    struct CarriedText {
        var text: String
        var textWithout: String?
        var level: Int
        var cellDepth: Int
    }

    /// An open run: its own properties and the format they give it with its styles.
    struct OpenRun {
        var properties = RunProperties()
        var style: String?
        var format = RunFormat()
    }

    /// The blocks of the body read so far.
    var blocks: [LayoutBlock] = []
    /// The document's lists, which number its paragraphs.
    var numbering: Numbering
    /// The document's styles.
    let runStyles: RunStyles
    /// The open runs, innermost last.
    var runs: [OpenRun] = []
    /// The text of a paragraph whose mark was removed, waiting for the next paragraph.
    var carried: CarriedText?
    /// How deep the reader is in tracked deletions (`w:del` around runs).
    var deletedDepth = 0
    /// The complex fields (`w:fldChar`) the reader is in, innermost last: `true` while in a field's code (between
    /// its `begin` and `separate`), `false` in its result. Only text outside every field's code is shown: a nested
    /// field (`{ = { REF a } + { REF b } }`) is part of its outer field's code, its cached result too (wn99 F3).
    var fieldCodes: [Bool] = []
    /// The content controls (`w:sdt`) the reader is in, innermost last: `true` for one still showing its
    /// placeholder, whose text is not the document's.
    var contentControls: [Bool] = []
    /// Whether the reader is in a content control's properties (`w:sdtPr`), where only `w:showingPlcHdr` counts.
    private var inControlProperties = false
    /// How deep the reader is in run properties (`w:rPr`; inside `w:pPr`, those of the paragraph mark).
    private var runPropertyDepth = 0
    /// The open paragraphs (a text box's inside its anchor's), innermost last.
    var paragraphs: [OpenParagraph] = []
    /// The open tables, innermost last.
    var tables: [DocxTableBuilder] = []
    /// The open cells, innermost last.
    var cells: [DocxTableBuilder.RawCell] = []
    /// Whether the reader is in a `w:t`.
    private var inText = false
    /// The body's chunks of content in another format (`w:altChunk`): the block index they stand before, and the
    /// relationship id of their part.
    var chunks: [(index: Int, id: String)] = []
    /// The document's notes and the references to them read so far.
    var notes: Notes
    /// Where the body's pictures stand (``LaidOutDocument/pictures``).
    var pictures: [Int] = []

    init(numbering: Numbering, runStyles: RunStyles = RunStyles(), notes: Notes = Notes()) {
        self.numbering = numbering
        self.runStyles = runStyles
        self.notes = notes
    }

    /// What the reader does with an element, decided once per name (``XMLPartReader`` passes it to the C filter).
    ///
    /// - `.skip`, the element with everything in it: text that is not the document's — deleted text
    ///   (`w:delText`), the old place of moved text (`w:moveFrom`; it is read at `w:moveTo`), field codes
    ///   (`w:instrText`, `w:delInstrText`: `PAGE`, not a page number), the end of a content control's properties
    ///   and `mc:Fallback` (the same text box again, for older Word) — and the record of formatting
    ///   before a tracked change (`w:rPrChange`, `w:pPrChange`, `w:tblPrChange`, `w:tcPrChange`, `w:trPrChange`,
    ///   `w:tblGridChange`, `w:tblPrExChange`, `w:sectPrChange`: an older span, merge or shading of a cell is not the
    ///   cell's now), which is not the document's; and a ruby's
    ///   guide text (`w:rt`, `9` set small over `12`): the base text (`w:rubyBase`) is the document's.
    /// - `.forward`, to ``start(_:)`` and ``end(_:namespace:)``: paragraphs and their numbering and style, runs and
    ///   the properties that hide or raise them, tracked deletions (`w:del`: of runs, or of a paragraph mark;
    ///   `w:cellDel`: of a table cell), text,
    ///   tabs and breaks, tables with their grid, rows, cells, spans and merges, their style and shading, and the
    ///   properties that hold those; content controls and their properties, of which only `w:showingPlcHdr` is
    ///   read (their alias and list items are attributes, no text).
    /// - `.ignore`: anything else; its children are still read (the runs in `w:r`, `w:ins`, `w:sdtContent`,
    ///   `w:hyperlink`, `mc:Choice`…).
    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        guard namespace == .word else {
            if name == .blip || name == .imagedata { return .forward }
            return namespace == .compatibility && name == .fallback ? .skip : .ignore
        }
        switch name {
        case .moveFrom, .delText, .instrText, .delInstrText, .sdtEndPr, .rt:
            return .skip
        case .rPrChange, .pPrChange, .tblPrChange, .tcPrChange, .trPrChange, .tblGridChange, .tblPrExChange,
            .sectPrChange:
            return .skip
        case .p, .pStyle, .numId, .ilvl, .r, .rPr, .rStyle, .vanish, .specVanish, .webHidden, .color, .shd, .highlight,
            .vertAlign, .position, .strike, .dstrike, .del, .cellDel,
            .t, .tab, .br, .cr, .noBreakHyphen, .tbl, .gridCol, .tr, .gridBefore, .tc, .gridSpan, .vMerge, .hMerge,
            .pPr, .tcPr, .trPr, .tblPr, .tblStyle,
            .tblGrid, .sectPr, .footnoteReference, .endnoteReference, .fldChar, .sdt, .sdtPr, .showingPlcHdr, .sym,
            .ptab, .altChunk:
            return .forward
        default: return .ignore
        }
    }

    var readsText: Bool { true }

    func start(_ element: XMLElementView) {
        guard element.namespace == .word else {
            if element.name == .blip || element.name == .imagedata { notePicture() }
            return
        }
        var value: String? { element.attribute("val") }
        guard !inControlProperties else {
            if element.name == .showingPlcHdr, RunProperties.isOn(value), !contentControls.isEmpty {
                contentControls[contentControls.count - 1] = true
            }
            return
        }
        switch element.name {
        case .sdt: contentControls.append(false)
        case .sdtPr: inControlProperties = true
        case .p: startParagraph()
        case .r: runs.append(OpenRun(format: plainRunFormat()))
        case .rPr: runPropertyDepth += 1
        case .rStyle where runPropertyDepth > 0 && !isInProperties:
            if !runs.isEmpty { runs[runs.count - 1].style = value }
        case .vanish where runPropertyDepth > 0, .specVanish where runPropertyDepth > 0:
            if isInProperties {
                if !paragraphs.isEmpty, RunProperties.isOn(value) {
                    paragraphs[paragraphs.count - 1].markRemoved = true
                }
            } else if !runs.isEmpty {
                runs[runs.count - 1].properties.read(element)
            }
        case .shd where runPropertyDepth == 0 && propertyNames.last == .pPr:
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].shading = RunProperties.shading(element) }
        case .shd where runPropertyDepth == 0 && propertyNames.last == .tcPr:
            if !cells.isEmpty { cells[cells.count - 1].shading = RunProperties.shading(element) }
        case .shd where runPropertyDepth == 0 && propertyNames.last == .tblPr:
            if !tables.isEmpty { tables[tables.count - 1].ownShading = RunProperties.shading(element) }
        case .tblStyle where propertyNames.last == .tblPr:
            if !tables.isEmpty { tables[tables.count - 1].styleBackground = runStyles.tableBackground(of: value) }
        case .webHidden where runPropertyDepth > 0 && !isInProperties,
            .color where runPropertyDepth > 0 && !isInProperties,
            .shd where runPropertyDepth > 0 && !isInProperties,
            .highlight where runPropertyDepth > 0 && !isInProperties,
            .vertAlign where runPropertyDepth > 0 && !isInProperties,
            .position where runPropertyDepth > 0 && !isInProperties,
            .strike where runPropertyDepth > 0 && !isInProperties,
            .dstrike where runPropertyDepth > 0 && !isInProperties:
            if !runs.isEmpty { runs[runs.count - 1].properties.read(element) }
        case .del:
            if runPropertyDepth > 0 {
                // In a paragraph's properties, the paragraph mark is deleted.
                if isInProperties, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].markRemoved = true }
            } else if !isInProperties {
                deletedDepth += 1
            } else if propertyNames.last == .trPr, !tables.isEmpty {
                // A row deleted with tracked changes, whatever its runs say (wn99 M2).
                tables[tables.count - 1].markRowDeleted()
            }
        case .cellDel where propertyNames.last == .tcPr:
            // A cell deleted with tracked changes: the cells after it move left, as when the change is accepted.
            if !cells.isEmpty { cells[cells.count - 1].isDeleted = true }
        case .pStyle: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = value }
        case .numId: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numId = value }
        case .ilvl: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].level = value.flatMap { Int($0) } }
        case .t: inText = true
        case .tab where !paragraphs.isEmpty && !isInProperties, .ptab: append("\t")
        case .sym: append(Self.symbol(element.attribute("char")))
        case .altChunk where cells.isEmpty && paragraphs.isEmpty:
            // Content in another format (wn99 M8): its place in the body, for ``DocxReader`` to find its part.
            emitCarried()
            if let id = element.attribute("id") { chunks.append((blocks.count, id)) }
        case .br, .cr: append("\n")
        case .noBreakHyphen: append("-")
        case .fldChar: field(element.attribute("fldCharType"))
        case .footnoteReference: noteReference(.footnote, element)
        case .endnoteReference: noteReference(.endnote, element)
        case .tbl:
            emitCarried()
            tables.append(DocxTableBuilder())
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
        case .pPr, .tcPr, .trPr, .tblPr, .tblGrid, .sectPr: propertyNames.append(element.name)
        default: break
        }
    }

    /// The properties elements the reader is in, innermost last.
    private var propertyNames: [XMLName] = []
    private var isInProperties: Bool { !propertyNames.isEmpty }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        guard namespace == .word else { return }
        guard !inControlProperties else {
            if name == .sdtPr { inControlProperties = false }
            return
        }
        switch name {
        case .sdt: _ = contentControls.popLast()
        case .t: inText = false
        case .r: _ = runs.popLast()
        case .rPr:
            runPropertyDepth = max(0, runPropertyDepth - 1)
            // Most runs set only fonts and sizes: they keep their paragraph's plain format.
            if !isInProperties, let run = runs.last, run.properties != RunProperties() || run.style != nil {
                runs[runs.count - 1].format = runStyles.format(
                    of: run.properties, characterStyle: run.style, paragraphStyle: paragraphs.last?.style)
            }
        case .del:
            if runPropertyDepth == 0, !isInProperties { deletedDepth = max(0, deletedDepth - 1) }
        case .pPr, .tcPr, .trPr, .tblPr, .tblGrid, .sectPr: _ = propertyNames.popLast()
        case .p: endParagraph()
        case .tc:
            emitCarried()
            guard let cell = cells.popLast() else { return }
            if !tables.isEmpty, !cell.isDeleted { tables[tables.count - 1].addCell(cell) }
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

    /// Text of a `w:t`: a line feed or carriage return a program typed into it is read as a space (Word breaks a line
    /// at `w:br` and `w:cr`, and writes those), so that a line break in the paragraph's text is always one the
    /// document makes.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText else { return }
        guard bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) else {
            append(String(decoding: bytes, as: UTF8.self))
            return
        }
        append(String(decoding: bytes.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self))
    }

}
