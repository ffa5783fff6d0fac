// How a sheet wider than one landscape page prints: table 3's 175 columns went over 44 pages of four columns each
// (user review rv117, F3), a row's 本年新收 and 总计 on different sheets of paper.

/// The print plan of a sheet too wide for one page (``SheetWriter/columnsOnOnePage``): narrower data columns, and
/// pages of whole template rows — at most ``columnsPerPage`` columns, each page ending where a row of the table's
/// columns (自然人 … 总计) ends — printed at the scale at which the widest page fits landscape A4, the agency and year
/// columns repeated on each.
struct SheetPages {
    /// The most data columns on one page: two of table 3's rows (seven columns each), at about three quarters of
    /// their size.
    static let columnsPerPage = 14
    /// The width of a data column of a wide sheet, in Excel's units: five-digit figures, headers wrapped.
    static let dataWidth = 7.0
    /// The left and right margins, in inches (Excel's default is 0.7).
    static let sideMargin = 0.4

    /// The 0-based sheet columns at which each page after the first starts.
    let breaks: [Int]
    /// The print scale, in percent.
    let scale: Int

    /// The plan of a sheet whose agency column is `agencyWidth` and year column `yearWidth` wide.
    init(_ sheet: SheetLayout, agencyWidth: Double, yearWidth: Double) {
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
        scale = max(10, min(100, Int(100 * usable / max(1, pixels))))
    }

    /// Whether a sheet prints wider than one page.
    static func isWide(_ sheet: SheetLayout) -> Bool { sheet.columns.count > SheetWriter.columnsOnOnePage }

    /// A column's width in screen pixels, as the widest of the programs that print it draws it: Excel seven a
    /// unit at its default font, LibreOffice about ten (measured on its PDF of the workbook). A page planned for
    /// Excel's pixels overflowed in LibreOffice, which then broke each page again mid-row.
    static func pixels(_ width: Double) -> Double { width * 10 + 5 }
}
