import DocumentLayout
import Foundation
import ReportModel

/// Reads the lines of a report into a ``Report``: title, preamble, sections, paragraphs and tables.
///
/// Text is read line by line, tables found by the layout detectors. A laid-out document (.docx, PDF, HTML) is
/// read the same way with one line for each line of a paragraph (``ParagraphLine``), never joined to the next, and its
/// tables are grids that go through ``GridTableMapper``; line numbers in its diagnostics are block numbers. A line
/// holding tabs may start a table typed as rows of tab-separated text (as a text report pasted into Word, or converted
/// by LibreOffice, has it), read as in a text file; one that starts none is prose, its tabs kept. A PDF's tables drawn
/// without rules have no grid: their rows are lines set in columns, found by the text's table detectors.
struct DocumentReader {
    let lines: [SourceLine]
    /// What each line reads as, and the table it starts: computed once per line.
    let kinds: [LineKind]
    let starts: [TableRegion.Start?]
    /// The grid tables of a laid-out document, by line index (their line is blank).
    var grids: [Int: GridTable] = [:]
    /// Whether each line is a paragraph of its own (a laid-out document).
    private var linesAreParagraphs = false
    /// Whether lines holding only a page number (``SourceLine/isPageNumber``) are left out: in text, and in a web page,
    /// where a converter writes the page's footer as a last paragraph (LibreOffice's `— 3 —`).
    private var dropsPageNumbers = true
    var outline = OutlineBuilder()
    private var paragraphs = ParagraphAssembler()
    var diagnostics: [Diagnostic] = []
    /// The rows of each template table (by number), read from text or a grid, whose numbers were found but left
    /// missing: not rows the text lacks.
    var unreadRows: [Int: Set<String>] = [:]
    /// The line numbers of page-number lines left out.
    var pageNumbers: [Int] = []
    /// Paragraphs kept from a grid table (``KeptText``), written once no further piece of the table can follow.
    var pendingKept: [String] = []
    /// The paragraphs above each grid table that state its unit (`单位：元`).
    var unitsAbove = UnitsAbove()
    /// The grid read last, with its line, its units, its table and what the reader had read before it: a piece
    /// Word split off right after it is read again with it (``SplitGrids``).
    var lastGrid: LastGrid?
    /// The pictures of a laid-out document not yet placed in a section (``notePictures(upTo:)``), by the index of the
    /// line they stand at, in order, and the line's number.
    var pictureLines: [(index: Int, number: Int)] = []
    /// The top-level sections pictures stand in (their count when the picture was read: 0 before the first), with the
    /// number of the first picture's line.
    var pictureSections: [Int: Int] = [:]

    init(text: String) {
        let split = RunningText.split(SourceLine.lines(of: text))
        let lines = split.lines
        let kinds = lines.map(LineKind.of)
        self.lines = lines
        self.kinds = kinds
        starts = lines.indices.map { TableRegion.start(at: lines[$0], kind: kinds[$0]) }
        diagnostics = split.diagnostics
    }

    init(document: LaidOutDocument) {
        var lines: [SourceLine] = []
        var grids: [Int: GridTable] = [:]
        let pictures = Set(document.pictures)
        var pictureLines: [(index: Int, number: Int)] = []
        for (index, block) in document.blocks.enumerated() {
            if pictures.contains(index) { pictureLines.append((lines.count, index + 1)) }
            switch block {
            case .paragraph(let paragraph):
                // Each line of a paragraph is a line of its own (``ParagraphLine``), read as a line of a text file is.
                for text in ParagraphLine.lines(of: paragraph.text) {
                    lines.append(SourceLine.ofParagraph(number: index + 1, text: text, asWritten: paragraph.asWritten))
                }
            case .table(let table):
                grids[lines.count] = table
                lines.append(SourceLine(number: index + 1, raw: ""))
            }
        }
        if pictures.contains(where: { $0 >= document.blocks.count }) {
            pictureLines.append((lines.count, document.blocks.count + 1))
        }
        self.lines = lines
        self.grids = grids
        self.pictureLines = pictureLines
        let kinds = lines.map(LineKind.of)
        self.kinds = kinds
        // Rows of tab-separated text (a line marked as written has no tab to tell), and a PDF's table drawn without
        // rules (lines of text set in columns), are found as in a text file.
        starts = lines.indices.map { index in
            lines[index].hasTab || (document.format == .pdf && grids[index] == nil)
                ? TableRegion.start(at: lines[index], kind: kinds[index]) : nil
        }
        linesAreParagraphs = true
        dropsPageNumbers = document.format == .html
        if document.wasRepaired {
            diagnostics.append(
                Diagnostic(
                    .warning, line: nil, code: .fileRepaired,
                    "文件已损坏，读取时已自动修复，可能有部分内容没有读到：请对照原件核对各部分文字和表格中的数字"))
        }
        diagnostics += document.imagePages.map { page in
            Diagnostic(
                .warning, line: nil, code: .pageImage, "第\(page)页是图片（扫描件），其中的文字和表格无法读取：请核对原件，或上传原始的 Word 文件",
                subject: DiagnosticSubject(page: page))
        }
        diagnostics += document.undecodablePages.map { page in
            Diagnostic(
                .warning, line: nil, code: .pageTextUndecodable,
                "第\(page)页有无法识别的字符（PDF文件中的字体没有给出文字编码，读出来是“\u{FFFD}”），其中的文字和数字无法读取："
                    + "请核对原件，或上传原始的 Word 文件",
                subject: DiagnosticSubject(page: page))
        }
    }

    /// Whether a table comes next after `index`: a grid, or the start of one found in the text, with only blank
    /// lines and what belongs to a table's layout between (`单位：元`, `（续表）`, a caption ending with a unit).
    private func tableFollows(_ index: Int) -> Bool {
        let next = lines.indices[(index + 1)...].first { next in
            let line = lines[next]
            guard grids[next] == nil, starts[next] == nil else { return true }
            return !line.isBlank
                && (line.isEscaped
                    || !(HeaderUnit.isLayoutStatement(line.text) || LayoutCaptions.isContinuation(line.text)))
        }
        return next.map { grids[$0] != nil || starts[$0] != nil } ?? false
    }

    mutating func read() throws(ParseError) -> ParseResult {
        guard lines.contains(where: { !$0.isBlank }) || !grids.isEmpty else { throw .empty }
        let firstHeading = lines.indices.first { index in
            if case .sectionHeading = kinds[index] { return !ReportIdentity.isNumberedTitle(at: index, in: lines) }
            return starts[index] != nil || grids[index] != nil
        }
        let titleLines = ReportIdentity.titleLines(in: lines, before: firstHeading ?? lines.count)
        var index = 0
        while index < lines.count {
            notePictures(upTo: index)
            let line = lines[index]
            if titleLines.contains(index) {
                index += 1
            } else if let grid = grids[index] {
                endParagraph()
                readGrid(grid, at: index)
                index += 1
            } else if linesAreParagraphs, !line.isEscaped, LayoutCaptions.isCaption(line.text), tableFollows(index) {
                // A row group's caption above a piece of its table (`第二十条第（一）项`) belongs to the layout; the same
                // words with no table after them are a paragraph someone wrote.
                index += 1
            } else if linesAreParagraphs, !line.isEscaped,
                LayoutCaptions.isContinuation(line.text) || HeaderUnit.isLayoutStatement(line.text),
                outline.endsWithTemplateTable,
                let next = lines.indices[(index + 1)...].first(where: { grids[$0] != nil || !lines[$0].isBlank }),
                grids[next] != nil
            {
                // `（续表）` between two pieces of a template table: the next piece fills the one before; a unit
                // stated there (`单位：元`, a caption, `第二十条第（八）项　单位：元`) holds for the piece (``UnitsAbove``) and
                // is kept after the table.
                if !LayoutCaptions.isContinuation(line.text) { pendingKept.append(line.text) }
                index += 1
            } else if line.isBlank {
                paragraphs.blank()
                index += 1
            } else if dropsPageNumbers, line.isPageNumber {
                pageNumbers.append(line.number)
                index += 1
            } else if let start = starts[index] {
                endParagraph()
                index = readTable(start, from: index)
            } else {
                readProse(line, kind: kinds[index])
                index += 1
            }
        }
        endParagraph()
        flushKept()
        notePictures(upTo: lines.count)
        if !pageNumbers.isEmpty {
            pageNumbers.sort()
            let list = pageNumbers.prefix(8).map(String.init).joined(separator: "、")
            diagnostics.append(
                Diagnostic(.note, line: pageNumbers.first, code: .pageNumbers, "页码行已略去（第\(list)行）"))
        }
        var report = Report(preamble: outline.preamble, sections: outline.sections())
        let title = titleLines.map { lines[$0].text }.joined()
        report.title = title.isEmpty ? nil : title
        ReportIdentity.identify(&report)
        try requireReport(report)
        diagnostics += RepeatedTables.diagnostics(in: report)
        diagnostics += UnreadNumbers.diagnostics(in: report)
        diagnostics += pictureTables(in: report)
        if linesAreParagraphs {
            diagnostics += report.tables.compactMap { found in
                let number = found.table.templateDefinition?.table
                return GridTableMapper.missingRows(of: found.table, except: number.flatMap { unreadRows[$0] } ?? [])
            }
        }
        let all = (diagnostics + outline.diagnostics + paragraphs.diagnostics).sorted {
            ($0.line ?? 0) < ($1.line ?? 0)
        }
        return ParseResult(report: report, diagnostics: all, encoding: .utf8)
    }

    mutating func readProse(_ line: SourceLine, kind: LineKind) {
        flushKept()
        switch kind {
        case .sectionHeading(let heading, _):
            endParagraph()
            outline.openSection(heading, line: line.number)
            if Heading(heading).number == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning, line: line.number, code: .headingUnnumbered, "部分标题没有编号：\(heading)",
                        subject: DiagnosticSubject(text: heading)))
            }
        case .subsectionHeading(let style, let heading, let rest):
            endParagraph()
            guard outline.openSubsection(heading, style: style, line: line.number) else {
                diagnostics.append(
                    Diagnostic(
                        .warning, line: line.number, code: .headingBeforeSections,
                        "第一部分之前的编号标题，已作为段落保留：\(heading)", subject: DiagnosticSubject(text: heading)))
                addText(line)
                return
            }
            if let rest {
                addText(SourceLine(number: line.number, raw: rest, measuredLength: line.text.count))
            }
        case .text:
            addText(line)
        }
    }

    private mutating func addText(_ line: SourceLine) {
        if linesAreParagraphs { endParagraph() }
        if let ended = paragraphs.add(line) { outline.append(.paragraph(ended.paragraph)) }
    }

    private mutating func endParagraph() {
        if let ended = paragraphs.flush() { outline.append(.paragraph(ended.paragraph)) }
    }

    /// Puts the text a table held outside its template (``KeptText``) after the table, as paragraphs.
    mutating func keep(_ kept: [KeptText]) {
        pendingKept += kept.flatMap(\.paragraphs)
        flushKept()
    }

    /// Writes the paragraphs kept from the grid tables read so far.
    mutating func flushKept() {
        // A cell of several lines gives a paragraph for each, as every laid-out paragraph does (``ParagraphLine``).
        for text in pendingKept {
            for line in ParagraphLine.lines(of: text) where !line.isLayoutBlank {
                outline.append(.paragraph(Paragraph(line)))
            }
        }
        pendingKept = []
    }

    /// A report has at least one of the six sections, one of the three tables, or a title naming one.
    private func requireReport(_ report: Report) throws(ParseError) {
        let hasTemplateSection = report.sections.contains { $0.templateSlot != nil }
        let hasTemplateTable = report.tables.contains { $0.table.template != nil }
        let titled = report.title.map { $0.containsBytes("政府信息公开") || $0.containsBytes("政务公开") } ?? false
        guard hasTemplateSection || hasTemplateTable || (titled && !report.sections.isEmpty) else {
            if report.sections.isEmpty {
                throw .notAReport(
                    reason: Language.pick(
                        "没有找到“一、总体情况”这样的部分，也没有全国统一格式的表格",
                        "no section such as 一、总体情况 or table of the national format was found"))
            }
            throw .notAReport(
                reason: Language.pick(
                    "其中没有一个部分是全国统一格式的六个部分之一", "none of its sections is one of the six of the national format"))
        }
    }
}
