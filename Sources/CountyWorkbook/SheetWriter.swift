import CXlsxWriter
import Foundation
import ReportModel

/// Writes the sheets of one workbook through libxlsxwriter, keeping the first error it reports.
struct SheetWriter {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let header: UnsafeMutablePointer<lxw_format>?
    let title: UnsafeMutablePointer<lxw_format>?
    let data: UnsafeMutablePointer<lxw_format>?
    let previous: UnsafeMutablePointer<lxw_format>?
    let total: UnsafeMutablePointer<lxw_format>?
    /// The totals rows' label (column A): wrapped within the column, its row as tall as its lines (rv105 F8: the
    /// part that says unpublished reports are counted was cut off in print).
    let totalLabel: UnsafeMutablePointer<lxw_format>?
    /// An agency's row label (column A), this year's and the year before's: wrapped within the column, so that a
    /// name longer than the column shows its status whole (rv115 F3).
    let name: UnsafeMutablePointer<lxw_format>?
    let previousName: UnsafeMutablePointer<lxw_format>?
    /// The workbook's own words, in its reader's language.
    let words: WorkbookWords
    private(set) var firstError: lxw_error?

    init(workbook: UnsafeMutablePointer<lxw_workbook>, words: WorkbookWords = WorkbookWords(.chinese)) {
        self.workbook = workbook
        self.words = words
        header = workbook_add_format(workbook)
        title = workbook_add_format(workbook)
        data = workbook_add_format(workbook)
        previous = workbook_add_format(workbook)
        total = workbook_add_format(workbook)
        totalLabel = workbook_add_format(workbook)
        name = workbook_add_format(workbook)
        previousName = workbook_add_format(workbook)
        for format in [header, data, previous, total, totalLabel, name, previousName] {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        }
        format_set_bold(header)
        format_set_align(header, UInt8(LXW_ALIGN_CENTER.rawValue))
        format_set_text_wrap(header)
        // The title starts at A1 and runs to the right: centred over table 3's 177 columns it was off screen.
        format_set_bold(title)
        format_set_font_size(title, 14)
        format_set_bold(total)
        format_set_bold(totalLabel)
        format_set_text_wrap(totalLabel)
        // Last year's rows in grey on a light background, so that this year's stand out.
        for format in [previous, previousName] {
            format_set_font_color(format, 0x595959)
            format_set_bg_color(format, 0xF2F2F2)
        }
        format_set_text_wrap(name)
        format_set_text_wrap(previousName)
    }

    mutating func check(_ error: lxw_error) {
        if error != LXW_NO_ERROR, firstError == nil { firstError = error }
    }

    /// The widths of the agency column, the year column and each data column, in Excel's units (about one Latin
    /// character; a Chinese character takes two).
    static let widths = (agency: 28.0, year: 7.0, data: 11.0)

    /// The widest the agency column grows for its longest label (``agencyWidth(of:)``); a longer label wraps.
    static let widestAgency = 46.0

    /// The agency column's width: as wide as its longest label (a Chinese character two units), at least
    /// ``widths``'s and at most ``widestAgency`` (rv115 F3: `长子县常张乡人民政府（已报送，未公` was cut off at 28).
    static func agencyWidth(of labels: [String]) -> Double {
        let longest = labels.map(units).max() ?? 0
        return min(widestAgency, max(widths.agency, longest + 2))
    }

    /// A text's width in Excel's units: a Chinese character (or full-width sign) two, any other one.
    static func units(_ text: String) -> Double {
        text.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    /// The most data columns a sheet prints one page wide: table 3's 175 would be too small to read, and go over
    /// pages of their own instead.
    static let columnsOnOnePage = 20

    /// Writes one sheet: title, header, two rows per agency (already in order: the year's figures, then the year
    /// before's), a totals row for each year; printed landscape on A4 (one page wide when its columns fit, else in
    /// pages of whole template rows, ``SheetPages``), the header rows and the agency and year columns on every page.
    mutating func write(_ sheet: SheetLayout, year: Int, entries: [WorkbookEntry]) {
        guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
            check(LXW_ERROR_MEMORY_MALLOC_FAILED)
            return
        }
        let offset = SheetLayout.firstDataColumn
        let lastColumn = UInt16(clamping: sheet.columns.count + offset - 1)
        check(worksheet_write_string(worksheet, 0, 0, sheet.title, title))
        let agencyWidth = Self.agencyWidth(of: entries.flatMap { [rowName($0), previousRowName($0)] })
        check(worksheet_set_column(worksheet, 0, 0, agencyWidth, nil))
        check(worksheet_set_column(worksheet, 1, 1, Self.widths.year, nil))
        let wide = SheetPages.isWide(sheet)
        let dataWidth = wide ? SheetPages.dataWidth : Self.widths.data
        check(worksheet_set_column(worksheet, UInt16(offset), lastColumn, dataWidth, nil))
        for (row, height) in Self.headerHeights(of: sheet, agencyWidth: agencyWidth, dataWidth: dataWidth) {
            check(worksheet_set_row(worksheet, UInt32(row), height, nil))
        }
        worksheet_set_landscape(worksheet)
        worksheet_set_paper(worksheet, 9)  // A4
        if wide {
            let pages = SheetPages(
                sheet, agencyWidth: agencyWidth, yearWidth: Self.widths.year,
                rows: rowHeights(sheet, year: year, entries: entries, agencyWidth: agencyWidth, dataWidth: dataWidth))
            var breaks = pages.breaks.map { lxw_col_t(clamping: $0) } + [0]
            check(worksheet_set_v_pagebreaks(worksheet, &breaks))
            if !pages.rowBreaks.isEmpty {
                var rowBreaks = pages.rowBreaks.map { lxw_row_t(clamping: $0) } + [0]
                check(worksheet_set_h_pagebreaks(worksheet, &rowBreaks))
            }
            worksheet_set_print_scale(worksheet, UInt16(pages.scale))
            worksheet_set_margins(worksheet, SheetPages.sideMargin, SheetPages.sideMargin, 0.75, 0.75)
        } else {
            worksheet_fit_to_pages(worksheet, 1, 0)
        }
        check(worksheet_repeat_rows(worksheet, 1, UInt32(sheet.firstDataRow - 1)))
        check(worksheet_repeat_columns(worksheet, 0, 1))
        for label in sheet.labels {
            let (r0, c0) = (UInt32(label.firstRow), UInt16(clamping: label.firstColumn))
            let (r1, c1) = (UInt32(label.lastRow), UInt16(clamping: label.lastColumn))
            if r0 == r1, c0 == c1 {
                check(worksheet_write_string(worksheet, r0, c0, label.text, header))
            } else {
                check(worksheet_merge_range(worksheet, r0, c0, r1, c1, label.text, header))
            }
        }
        worksheet_freeze_panes(worksheet, UInt32(sheet.firstDataRow), UInt16(offset))
        var row = UInt32(sheet.firstDataRow)
        for entry in entries {
            for (report, shownYear, format) in [(entry.report, year, data), (entry.previous, year - 1, previous)] {
                let isThisYear = shownYear == year
                let label = isThisYear ? rowName(entry) : previousRowName(entry)
                writeText(worksheet, row, 0, label, isThisYear ? name : previousName)
                let lines = Self.lines(of: label, in: agencyWidth)
                if lines > 1 { check(worksheet_set_row(worksheet, row, Self.height(lines: lines), nil)) }
                if isThisYear, let note = rowNote(entry) {
                    check(worksheet_write_comment(worksheet, row, 0, note))
                }
                check(worksheet_write_number(worksheet, row, 1, Double(shownYear), format))
                for index in sheet.columns.indices {
                    let column = UInt16(clamping: index + offset)
                    switch CountyWorkbook.value(of: report, in: sheet, column: index).value {
                    case .number(let number):
                        check(worksheet_write_number(worksheet, row, column, Self.double(number), format))
                    case .text(let text): writeText(worksheet, row, column, text, format)
                    case .empty: check(worksheet_write_blank(worksheet, row, column, format))
                    }
                }
                row += 1
            }
        }
        writeTotals(worksheet, sheet, year: year, entries: entries, from: row, agencyWidth: agencyWidth)
    }

    /// The heights of a sheet's rows, for its print plan (``SheetPages``): as ``write(_:year:entries:)`` sets them.
    func rowHeights(
        _ sheet: SheetLayout, year: Int, entries: [WorkbookEntry], agencyWidth: Double, dataWidth: Double
    ) -> SheetPages.Rows {
        let header = Dictionary(
            Self.headerHeights(of: sheet, agencyWidth: agencyWidth, dataWidth: dataWidth), uniquingKeysWith: max)
        func height(_ label: String) -> Double { Self.height(lines: Self.lines(of: label, in: agencyWidth)) }
        return SheetPages.Rows(
            header: (1..<max(1, sheet.firstDataRow)).reduce(0) { $0 + (header[$1] ?? 15) },
            agencies: entries.map { entry in
                [rowName(entry), previousRowName(entry)].reduce(0) { sum, label in
                    sum + (Self.lines(of: label, in: agencyWidth) > 1 ? height(label) : 15)
                }
            },
            totals: totalsRows(year: year, entries: entries).reduce(0) { $0 + height($1.label) })
    }

    /// A figure as Excel keeps it: the double nearest to the decimal as written (7730.28, not the 7730.280000000001
    /// a binary conversion of the decimal's parts gives).
    static func double(_ number: Decimal) -> Double {
        Double(number.description) ?? NSDecimalNumber(decimal: number).doubleValue
    }

    /// Whether Excel keeps a figure as written: a double of 15 significant digits or fewer reads back as the same
    /// decimal (a 17-digit figure became 1.234567890123457E+16, another number — review rr98).
    static func holdsExactly(_ number: Decimal) -> Bool {
        let digits = number.description.filter(\.isNumber).drop { $0 == "0" }
        return digits.count <= 15
    }

    /// The name an agency's row of the year shows: its name, with `（未报送）` when it has no report,
    /// `（已退回，未公开）` when the county has not published it, and `（已公开；草稿另有修改，未计入）` when the published
    /// figures stand beside a draft that differs.
    func rowName(_ entry: WorkbookEntry) -> String {
        guard entry.report != nil, entry.unpublished == nil, entry.draftBeside else {
            return words.rowName(entry.agency, hasReport: entry.report != nil, unpublished: entry.unpublished)
        }
        return words.rowNameBesideDraft(entry.agency)
    }

    /// The name an agency's row of the year before shows: its name, with `（草稿，未公开）` when that report's figures
    /// are not published either, and `（未报送）` when it has no report of that year (rv120 M9: a bare name beside
    /// blank cells).
    func previousRowName(_ entry: WorkbookEntry) -> String {
        guard entry.previous != nil else { return words.rowName(entry.agency, hasReport: false, unpublished: nil) }
        return words.rowName(entry.agency, hasReport: true, unpublished: entry.previousUnpublished)
    }

    /// The comment on a row of the year whose report is not published and has check errors.
    func rowNote(_ entry: WorkbookEntry) -> String? {
        guard entry.report != nil, let status = entry.unpublished, entry.errors > 0 else { return nil }
        return words.rowNote(status: status, errors: entry.errors)
    }

    /// Excel's most characters in one cell: libxlsxwriter refuses a longer text, and with it the whole workbook.
    static let cellLimit = 32_767

    /// A text as a cell can hold it: whole, or cut to ``cellLimit`` characters ending in `…` with the comment that
    /// says so.
    static func fitted(_ text: String, words: WorkbookWords = WorkbookWords(.chinese)) -> (text: String, note: String?)
    {
        let count = text.unicodeScalars.count
        guard count > cellLimit else { return (text, nil) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.prefix(cellLimit - 1))
        return (String(kept) + "…", words.cutNote(count: count, limit: cellLimit))
    }

    /// Writes a text cell, cut to what Excel holds (``fitted(_:)``).
    mutating func writeText(
        _ worksheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16, _ text: String,
        _ format: UnsafeMutablePointer<lxw_format>?
    ) {
        let (kept, note) = Self.fitted(text, words: words)
        check(worksheet_write_string(worksheet, row, column, kept, format))
        if let note { check(worksheet_write_comment(worksheet, row, column, note)) }
    }

    /// The heights (points) the header rows need for their labels to wrap within their columns: the widest
    /// one-row label of each row decides.
    static func headerHeights(
        of sheet: SheetLayout, agencyWidth: Double = widths.agency, dataWidth: Double = widths.data
    ) -> [(row: Int, height: Double)] {
        var lines: [Int: Int] = [:]
        for label in sheet.labels where label.firstRow == label.lastRow {
            let columns = label.firstColumn...label.lastColumn
            let room = columns.reduce(0.0) { room, column in
                room + (column == 0 ? agencyWidth : column == 1 ? widths.year : dataWidth)
            }
            lines[label.firstRow] = max(lines[label.firstRow] ?? 1, Self.lines(of: label.text, in: room))
        }
        return lines.sorted { $0.key < $1.key }.map { ($0.key, height(lines: $0.value)) }
    }

    /// How many lines a text takes wrapped in columns `room` wide (a Chinese character takes two units).
    static func lines(of text: String, in room: Double) -> Int {
        max(1, Int((units(text) / max(1, room - 1)).rounded(.up)))
    }

    /// The height (points) of a row of wrapped text of so many lines.
    static func height(lines: Int) -> Double { Double(lines) * 15 + 3 }

    /// A 0-based column index as spreadsheet letters (`0` → `A`, `27` → `AB`).
    static func columnLetters(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters.unicodeScalars.insert(Unicode.Scalar(UInt8(65 + index % 26)), at: letters.unicodeScalars.startIndex)
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
