// How a sheet wider than one landscape page prints: table 3's 175 columns went over 44 pages of four columns each
// (user review rv117, F3), a row's 本年新收 and 总计 on different sheets of paper.

/// The print plan of a sheet too wide for one page (``SheetWriter/columnsOnOnePage``): narrower data columns, and
/// pages of whole template rows — at most ``columnsPerPage`` columns, each page ending where a row of the table's
/// columns (自然人 … 总计) ends — printed at the scale at which the widest page fits landscape A4, the agency and year
/// columns repeated on each.
///
/// Each such block of columns prints its agencies' rows and its totals on one page, the scale made smaller for them
/// to fit down to ``smallestTallScale``: with 19 offices every block's two 合计 rows fell onto a page of their own,
/// 13 of 26 pages, away from the rows they add up (rv119 F6). A sheet of more offices than fit at that scale breaks
/// its rows between offices into pages of about as many offices each, the totals on the last with the offices
/// before them.
struct SheetPages {
    /// The most data columns on one page: two of table 3's rows (seven columns each), at about three quarters of
    /// their size.
    static let columnsPerPage = 14
    /// The width of a data column of a wide sheet, in Excel's units: five-digit figures, headers wrapped.
    static let dataWidth = 7.0
    /// The left and right margins, in inches (Excel's default is 0.7).
    static let sideMargin = 0.4

    /// The smallest scale a block of columns is made to print at for all its rows to fit one page tall (about what
    /// fits table 3's blocks one page wide: 8-point figures).
    static let smallestTallScale = 50
    /// The height of landscape A4 inside the top and bottom margins (0.75 inch each), in points, less a little for
    /// the programs' own rounding of row heights.
    static let pageHeight = (8.27 - 2 * 0.75) * 72 * 0.95

    /// The heights of a sheet's rows, in points, for its print plan.
    struct Rows {
        /// The title's (row 1, printed on the first page only).
        var title = 20.0
        /// The header rows' together (repeated on every page).
        var header = 0.0
        /// Each agency's two rows together, in order.
        var agencies: [Double] = []
        /// The totals rows' together.
        var totals = 0.0
    }

    /// The 0-based sheet columns at which each page after the first starts.
    let breaks: [Int]
    /// The 0-based sheet rows at which each page after the first starts, when the rows do not fit one page tall.
    let rowBreaks: [Int]
    /// The print scale, in percent.
    let scale: Int

    /// The plan of a sheet whose agency column is `agencyWidth` and year column `yearWidth` wide, its rows `rows`
    /// tall.
    init(_ sheet: SheetLayout, agencyWidth: Double, yearWidth: Double, rows: Rows = Rows()) {
        var breaks: [Int] = []
        var widest = 0
        var onPage = 0
        var index = 0
        // (the columns of one table row side by side: a page breaks only between rows)
        while index < sheet.columns.count {
            let row = sheet.columns[index].row
            var end = index
            while end < sheet.columns.count, sheet.columns[end].row == row { end += 1 }
            let count = end - index
            if onPage > 0, onPage + count > Self.columnsPerPage {
                breaks.append(index + SheetLayout.firstDataColumn)
                onPage = 0
            }
            onPage += count
            widest = max(widest, onPage)
            index = end
        }
        self.breaks = breaks
        let pixels = Self.pixels(agencyWidth) + Self.pixels(yearWidth) + Double(widest) * Self.pixels(Self.dataWidth)
        let usable = (11.69 - 2 * Self.sideMargin) * 96
        let wide = max(10, min(100, Int(100 * usable / max(1, pixels))))
        let tall = rows.title + rows.header + rows.agencies.reduce(0, +) + rows.totals
        let fitting = Int(100 * Self.pageHeight / max(1, tall))
        if fitting >= min(wide, Self.smallestTallScale) {
            scale = min(wide, fitting)
            rowBreaks = []
        } else {
            scale = wide
            rowBreaks = Self.rowBreaks(rows, room: Self.pageHeight * 100 / Double(wide)).map {
                sheet.firstDataRow + 2 * $0
            }
        }
    }

    /// The agencies (0-based) at which each page after the first starts: the fewest pages of about as many agencies
    /// each that hold every agency's rows, the header on each, the title on the first and the totals on the last,
    /// in pages `room` points tall.
    static func rowBreaks(_ rows: Rows, room: Double) -> [Int] {
        let count = rows.agencies.count
        guard count > 1 else { return [] }
        for pages in 2...count {
            let starts = (0..<pages).map { $0 * count / pages }
            let fits = starts.indices.allSatisfy { page in
                let end = page + 1 < starts.count ? starts[page + 1] : count
                let height =
                    rows.header + rows.agencies[starts[page]..<end].reduce(0, +) + (page == 0 ? rows.title : 0)
                    + (page == starts.count - 1 ? rows.totals : 0)
                return height <= room
            }
            if fits { return Array(starts.dropFirst()) }
        }
        return Array(1..<count)
    }

    /// Whether a sheet prints wider than one page.
    static func isWide(_ sheet: SheetLayout) -> Bool { sheet.columns.count > SheetWriter.columnsOnOnePage }

    /// A column's width in screen pixels, as the widest of the programs that print it draws it: Excel seven a
    /// unit at its default font, LibreOffice about ten (measured on its PDF of the workbook). A page planned for
    /// Excel's pixels overflowed in LibreOffice, which then broke each page again mid-row.
    static func pixels(_ width: Double) -> Double { width * 10 + 5 }
}
