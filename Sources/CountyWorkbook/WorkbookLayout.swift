public import ReportModel

/// Where everything goes on one sheet of the county's workbook: a title row, the header rows (the template's row
/// label over its columns, then the column labels, merged as the template merges them), two rows per agency (the
/// year's figures, then the year before's), the totals rows. The agency is column A, the year column B, the
/// template's cells from column C (``firstDataColumn``). Pure data: ``CountyWorkbook`` writes it with libxlsxwriter, and tests read a workbook back against it.
public struct SheetLayout: Sendable, Hashable {
    /// A header label and the block of cells it covers (inclusive, 0-based).
    public struct Label: Sendable, Hashable {
        public var text: String
        public var firstRow: Int
        public var firstColumn: Int
        public var lastRow: Int
        public var lastColumn: Int
    }

    /// The sheet's name (`表三`).
    public var name: String
    /// The template the sheet follows.
    public var template: TableTemplate
    /// The title across the top row.
    public var title: String
    /// The sheet column of the first data column (after the agency and the year).
    public static let firstDataColumn = 2

    /// The sheet's data columns after the agency and year columns, in order: the template row and column of each.
    public var columns: [(row: String, column: String)]
    /// The header labels, the agency column's included.
    public var labels: [Label]
    /// The row of the first agency (the rows above it are the title and the header).
    public var firstDataRow: Int

    public static func == (lhs: SheetLayout, rhs: SheetLayout) -> Bool {
        lhs.name == rhs.name && lhs.template == rhs.template && lhs.labels == rhs.labels
            && lhs.columns.map(\.row) == rhs.columns.map(\.row)
            && lhs.columns.map(\.column) == rhs.columns.map(\.column)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(template.id)
    }

    /// What the title says a workbook of every agency covers (in Chinese; ``WorkbookWords/wholeCounty`` in a
    /// language).
    public static let wholeCounty = "全县汇总"

    /// Whose reports a workbook holds, as its titles say: ``WorkbookWords/wholeCounty`` for every agency of the
    /// county; else the offices by name, up to three (`常张乡人民政府`), or how many (`5 个单位`) — a township's
    /// workbook, on its own node or the clerk's download, never claims to be the county's summary.
    public static func coverage(
        wholeCounty isWhole: Bool, offices: [String], words: WorkbookWords = WorkbookWords(.chinese)
    ) -> String {
        if isWhole { return words.wholeCounty }
        if offices.isEmpty { return words.noOffice }
        return offices.count <= 3
            ? offices.joined(separator: words.language == .english ? ", " : "、") : words.offices(offices.count)
    }

    /// The layout of a template's sheet for a year.
    ///
    /// - Parameters:
    ///   - coverage: Whose reports the sheet holds, in the title's brackets: ``wholeCounty``, or the offices a
    ///     township's clerk reaches.
    ///   - words: The workbook's own words, in its reader's language (the format's labels stay as written).
    public init(
        template: TableTemplate, year: Int, coverage: String = wholeCounty,
        words: WorkbookWords = WorkbookWords(.chinese)
    ) {
        name = words.sheetName(template)
        self.template = template
        title = words.sheetTitle(template, year: year, coverage: coverage)
        var columns: [(row: String, column: String)] = []
        var labels: [Label] = []
        let rowLevel = template.dataRows.count > 1 ? 1 : 0
        let depth = template.columns.map(\.path.count).max() ?? 1
        let headerTop = 1
        let headerBottom = headerTop + rowLevel + depth - 1
        labels.append(
            Label(text: words.agencyHeader, firstRow: headerTop, firstColumn: 0, lastRow: headerBottom, lastColumn: 0))
        labels.append(
            Label(text: words.yearHeader, firstRow: headerTop, firstColumn: 1, lastRow: headerBottom, lastColumn: 1))
        for row in template.dataRows {
            let rowColumns = template.columns(of: row)
            let first = columns.count + Self.firstDataColumn
            if rowLevel == 1 {
                labels.append(
                    Label(
                        text: row.path.joined(separator: " "), firstRow: headerTop, firstColumn: first,
                        lastRow: headerTop, lastColumn: first + rowColumns.count - 1))
            }
            let top = headerTop + rowLevel
            for level in 0..<depth {
                var index = 0
                while index < rowColumns.count {
                    let path = rowColumns[index].path
                    guard level < path.count else {
                        index += 1
                        continue
                    }
                    var end = index + 1
                    if level < path.count - 1 {
                        while end < rowColumns.count, rowColumns[end].path.count - 1 > level,
                            rowColumns[end].path[...level] == path[...level]
                        {
                            end += 1
                        }
                    }
                    let bottom = level == path.count - 1 ? headerBottom : top + level
                    labels.append(
                        Label(
                            text: path[level], firstRow: top + level, firstColumn: first + index,
                            lastRow: bottom, lastColumn: first + end - 1))
                    index = end
                }
            }
            columns += rowColumns.map { (row.key, $0.key) }
        }
        self.columns = columns
        self.labels = labels
        firstDataRow = headerBottom + 1
    }

    /// The sheets of a year: tables 2, 3 and 4 in the format of that year (2021 from 2021 on, else 2019).
    public static func sheets(
        year: Int, coverage: String = wholeCounty, catalog: TemplateCatalog = .standard,
        words: WorkbookWords = WorkbookWords(.chinese)
    ) -> [SheetLayout] {
        [2, 3, 4].compactMap { number in
            let templates = catalog.tables(number: number)
            return (templates.first { $0.format <= year } ?? templates.last).map {
                SheetLayout(template: $0, year: year, coverage: coverage, words: words)
            }
        }
    }
}
