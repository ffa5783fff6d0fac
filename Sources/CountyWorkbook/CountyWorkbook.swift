import CXlsxWriter
public import Foundation
public import ReportModel

/// One agency's report of the year, as it goes into the county's workbook.
public struct WorkbookEntry: Sendable, Hashable {
    /// The agency's name, as people know it (`常张乡人民政府`).
    public var agency: String
    /// Its report of the year, or `nil` for an agency that must report and has not: its row says 未报送.
    public var report: Report?
    /// Its report of the year before, when there is one: its figures go beside this year's.
    public var previous: Report?
    /// Where the year's report stands when its figures are not yet accepted (published) by the county (`已退回`,
    /// `草稿`, in the workbook's language): its row says so (`常张乡人民政府（已退回，未公开）`) and the totals count it; `nil` when they are.
    public var unpublished: String?
    /// How many errors the checks find in the year's figures, said in a comment on the row when there are any.
    public var errors: Int
    /// Where the report of the year before stands when its figures are not published either (`草稿`): its row says
    /// so as this year's does, and the year before's totals name how many such rows they count (review rv101 F2: a
    /// draft nobody submitted read as last year's accepted figures); `nil` when they are published.
    public var previousUnpublished: String?
    /// Whether the office has sent the year's report to the county: submitted (or submitted on its behalf, 代为报送),
    /// returned since, or published. The file's comments count a report not published as 已报来但未公开 only then; a
    /// draft nobody submitted — the county's own upload of a township's file, not yet 代为报送 — as 有草稿但未报送
    /// (its row says 草稿 either way).
    public var isReported: Bool
    /// Whether the year's figures are a published revision's while the report's draft is another text (a draft
    /// changed after publication, the board's `草稿（公开后有修改）`): its row says the draft is not counted (user
    /// review rv120, M9: the row said nothing).
    public var draftBeside = false

    /// Creates an entry.
    public init(
        agency: String, report: Report?, previous: Report? = nil, unpublished: String? = nil, errors: Int = 0,
        previousUnpublished: String? = nil, isReported: Bool = true
    ) {
        self.agency = agency
        self.report = report
        self.previous = previous
        self.unpublished = unpublished
        self.errors = errors
        self.previousUnpublished = previousUnpublished
        self.isReported = isReported
    }
}

/// The county's workbook of a year (.xlsx, through libxlsxwriter): one sheet per table (2, 3, 4), the agencies as
/// rows in pinyin order, the template's cells as columns under its merged headers, and totals rows.
///
/// Each agency has two rows: its figures of the year, and right below them its figures of the year before (from
/// its report of that year; empty when there is none). The second column says the year of each row, and each year
/// has its totals row (`SUMIF` over that year's rows).
///
/// A cell is written as a number when its text says one (``ReportModel/CellText``), as its text when it holds
/// text (`—`), and left empty when the report has no such cell or it could not be read — never 0. A report in
/// another format of a table (2019's table 2 or 3 on a 2021 sheet) gives the figures both formats have: a key names
/// the same figure in every format (`Schema/templates.md`). An agency that must report and has not is listed, its
/// row empty and named 未报送.
///
/// A year's totals row sums the agencies that have a report of that year (its label says how many when some have
/// none). A column's total is written only when each of their cells in it is a number: a column with a cell left
/// blank or filled with `—`, `/` or `无` (not 0: `Schema/checks.md`), one that could not be read, or one a report's
/// format lacks has no total, and a comment on the empty total names those agencies — a total that counted them as 0
/// could be a wrong one.
public enum CountyWorkbook {
    /// The workbook's title, also its file's name: `2024年政府信息公开工作年度报告汇总表` (in English for an English
    /// reader: ``WorkbookWords/title(_:)``).
    public static func title(_ year: Int, language: Language = .chinese) -> String {
        WorkbookWords(language).title(year)
    }

    /// The agencies in the order the workbook lists them: by the pinyin of their names, place words read as places
    /// (``ReportModel/PlaceNameReading/compare(_:_:)``: 长乐乡 under C).
    public static func ordered(_ entries: [WorkbookEntry]) -> [WorkbookEntry] {
        entries.sorted { PlaceNameReading.compare($0.agency, $1.agency) == .orderedAscending }
    }

    /// What a sheet's data cell holds for an agency.
    public enum Value: Sendable, Hashable {
        /// A number.
        case number(Decimal)
        /// Text that is not a number (`—`, `无`).
        case text(String)
        /// Nothing: the report has no such cell, it is blank, or it could not be read.
        case empty
    }

    /// The value of a sheet's column for a report, and whether it is known: only a number is (a cell left blank or
    /// filled with a placeholder, a cell that could not be read, a table the report lacks are not).
    public static func value(
        of report: Report?, in sheet: SheetLayout, column: Int
    ) -> (value: Value, known: Bool) {
        let position = sheet.columns[column]
        guard let report, let table = report.table(number: sheet.template.table), table.template != nil,
            let cell = table.cell(row: position.row, column: position.column), let text = cell.text
        else { return (.empty, false) }
        // (a figure Excel cannot hold exactly — more than 15 significant digits — is written as typed, not summed)
        if let number = cell.value {
            return SheetWriter.holdsExactly(number) ? (.number(number), true) : (.text(text), false)
        }
        let bare = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return (bare.isEmpty ? .empty : .text(text), false)
    }

    /// The total of a sheet's column over the entries that have a report of the year (or, with `previous`, over the
    /// same entries' reports of the year before: an office that has not reported this year is left out of both
    /// totals, which then compare the same offices — rv119 F1): the sum, or `nil` with the agencies whose cell is not
    /// known (not filled with a number, unreadable, or a figure their report's format lacks).
    public static func total(
        of entries: [WorkbookEntry], in sheet: SheetLayout, column: Int, previous: Bool = false
    ) -> (sum: Decimal?, unknown: [String]) {
        var sum = Decimal(0)
        var unknown: [String] = []
        for entry in entries {
            guard entry.report != nil, let report = previous ? entry.previous : entry.report else { continue }
            let (value, known) = value(of: report, in: sheet, column: column)
            guard known else {
                unknown.append(entry.agency)
                continue
            }
            if case .number(let number) = value { sum += number }
        }
        return unknown.isEmpty ? (sum, []) : (nil, unknown)
    }

    /// Writes the workbook of a year to a file.
    ///
    /// - Parameters:
    ///   - year: The reports' year.
    ///   - entries: One entry per agency, in any order.
    ///   - office: The office that makes it (this node's name): the file's author and company.
    ///   - coverage: Whose reports it holds, as the sheets' titles say (``SheetLayout/wholeCounty``, or the offices
    ///     a township's clerk reaches).
    ///   - path: The .xlsx file to write (replaced if there).
    ///   - language: The language of the workbook's own words (``WorkbookWords``); the format's labels, the offices'
    ///     names and the reports' figures and texts stay as written.
    /// - Throws: ``WorkbookError`` when libxlsxwriter is missing or cannot write the file.
    public static func write(
        year: Int, entries: [WorkbookEntry], office: String, coverage: String = SheetLayout.wholeCounty,
        to path: String, language: Language = .chinese
    ) throws(WorkbookError) {
        guard nb_xlsxwriter_load() != 0 else { throw .libraryMissing(String(cString: nb_xlsxwriter_error())) }
        guard let workbook = workbook_new(path) else { throw .cannotCreate(path: path) }
        let words = WorkbookWords(language)
        var writer = SheetWriter(workbook: workbook, words: words)
        let ordered = ordered(entries)
        for sheet in SheetLayout.sheets(year: year, coverage: coverage, words: words) {
            writer.write(sheet, year: year, entries: ordered)
        }
        let described = WorkbookProperties(year: year, office: office, entries: entries, words: words)
            .set(on: workbook)
        let closed = workbook_close(workbook)
        if let error = writer.firstError { throw .libxlsxwriter(String(cString: lxw_strerror(error))) }
        guard described == LXW_NO_ERROR else { throw .libxlsxwriter(String(cString: lxw_strerror(described))) }
        guard closed == LXW_NO_ERROR else { throw .libxlsxwriter(String(cString: lxw_strerror(closed))) }
    }

    /// The bytes of the workbook of a year (written through a temporary file, which is removed), its own words in
    /// `language`.
    ///
    /// - Throws: ``WorkbookError`` when the file cannot be written or read back.
    public static func data(
        year: Int, entries: [WorkbookEntry], office: String, coverage: String = SheetLayout.wholeCounty,
        language: Language = .chinese
    ) throws(WorkbookError) -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(year: year, entries: entries, office: office, coverage: coverage, to: url.path, language: language)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .cannotCreate(path: url.path) }
        return data
    }
}

/// Why the workbook could not be written.
public enum WorkbookError: Error, CustomStringConvertible, Equatable {
    /// The file could not be created.
    case cannotCreate(path: String)
    /// libxlsxwriter reported an error.
    case libxlsxwriter(String)
    /// libxlsxwriter, opened when the first workbook is written, is not on this machine (the loader's words).
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path): "无法创建 Excel 文件 \(path)"
        case .libxlsxwriter(let message): "无法生成 Excel 文件：\(message)"
        case .libraryMissing(let reason):
            "无法生成 Excel 文件：这台电脑缺少 libxlsxwriter（\(reason)）。请安装它（Debian：apt install libxlsxwriter4）"
        }
    }
}
