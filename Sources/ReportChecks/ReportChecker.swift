public import ReportModel

/// Checks a report against the national format (国办公开办函〔2021〕30号): the arithmetic of its tables, its
/// structure, its years, and — given last year's report — the numbers carried over.
///
/// ```swift
/// let findings = ReportChecker().check(report, previous: lastYear)
/// let failed = findings.contains { $0.severity == .error }
/// ```
public struct ReportChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// Every finding, most serious first, then in document order.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - previous: The same agency's report for the year before, for the cross-year rules.
    ///   - diagnostics: What the parser noticed while reading the report's text: the rules tell the report's own
    ///     problems from places the text could not be read with them (without them, a missing cell is the report's).
    /// - Complexity: O(n) in the size of the report.
    public func check(_ report: Report, previous: Report? = nil, diagnostics: [Diagnostic] = []) -> [Finding] {
        let context = CheckContext(report: report, previous: previous, diagnostics: diagnostics)
        var findings: [Finding] = []
        findings += StructureRules.check(context)
        findings += ArithmeticRules.check(context)
        findings += CellRules.check(context)
        findings += YearRules.check(context)
        findings += PromptRules.check(context)
        findings += ProseRules.check(context)
        findings += CrossYearRules.check(context)
        findings += SourceRules.check(context)
        return findings.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity
                ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// What the rules look at: the report, its tables and where they are, the year.
struct CheckContext {
    let report: Report
    let previous: Report?
    /// What the parser noticed while reading the report.
    let diagnostics: [Diagnostic]
    /// The year the report is about.
    var year: Int? { report.year }

    init(report: Report, previous: Report?, diagnostics: [Diagnostic] = []) {
        self.report = report
        self.previous = previous
        self.diagnostics = diagnostics
    }

    /// The parser's diagnostics about a table (2, 3 or 4) that say part of it could not be read from the text.
    func readingProblems(ofTable number: Int) -> [Diagnostic] {
        diagnostics.filter { $0.code.isReadingProblem && $0.subject?.table == number }
    }

    /// The cells of a table (as row and column key) left missing with a finding of their own (``SourceRules``): for
    /// text the reader could not tell is shown (``DiagnosticCode/cellTextUncertain``), or for a figure under a
    /// header that names another unit than the column's (``DiagnosticCode/cellNumberUnread``, `（单位：元）` over
    /// 万元).
    func cellsMissingWithANote(ofTable number: Int) -> Set<[String]> {
        Set(
            diagnostics.filter {
                ($0.code == .cellTextUncertain || $0.code == .cellNumberUnread) && $0.subject?.table == number
            }.compactMap { problem in
                problem.subject.flatMap { subject in subject.row.flatMap { row in subject.column.map { [row, $0] } } }
            })
    }

    /// The pages the reader found to be pictures without text (``DiagnosticCode/pageImage``, a scanned page among
    /// printed ones), in order: a section, table or row not found may be on one of them.
    var imagePages: [Int] {
        Set(diagnostics.filter { $0.code == .pageImage }.compactMap(\.subject?.page)).sorted()
    }

    /// Why a part of the report may not have been read, when some pages are pictures without text, in Chinese and
    /// in English: `第1页是图片（扫描件），无法读取其中的文字和表格`.
    ///
    /// Pages with characters whose text cannot be told (``DiagnosticCode/pageTextUndecodable``: a font without a
    /// ToUnicode map, rv112 F8) are named too: the year, a heading or a table's figures may be in them.
    var imagePagesReason: (chinese: String, english: String)? {
        var reasons: [(chinese: String, english: String)] = []
        let pages = imagePages
        if !pages.isEmpty {
            reasons.append(
                (
                    "第\(pages.map(String.init).joined(separator: "、"))页是图片（扫描件），无法读取其中的文字和表格",
                    "\(pages.count == 1 ? "page" : "pages") \(pages.map(String.init).joined(separator: ", "))"
                        + " \(pages.count == 1 ? "is a picture" : "are pictures") (a scan) whose text and tables could"
                        + " not be read"
                ))
        }
        let undecodable = undecodablePages
        if !undecodable.isEmpty {
            reasons.append(
                (
                    "第\(undecodable.map(String.init).joined(separator: "、"))页有无法识别的字符（PDF字体没有文字编码），"
                        + "无法读取其中的文字和数字",
                    "\(undecodable.count == 1 ? "page" : "pages") \(undecodable.map(String.init).joined(separator: ", "))"
                        + " \(undecodable.count == 1 ? "has" : "have") characters whose text cannot be told (the PDF's"
                        + " font gives no character codes), so their words and figures could not be read"
                ))
        }
        guard !reasons.isEmpty else { return nil }
        return (reasons.map(\.chinese).joined(separator: "；"), reasons.map(\.english).joined(separator: "; "))
    }

    /// The pages with characters whose text cannot be told (``DiagnosticCode/pageTextUndecodable``), in order.
    var undecodablePages: [Int] {
        Set(diagnostics.filter { $0.code == .pageTextUndecodable }.compactMap(\.subject?.page)).sorted()
    }

    /// Whether the report's outline could be read: at least half of the six sections were found, by title or by
    /// number. Where it could not, a section not found may well be in the text: that is a reading problem.
    var outlineIsReadable: Bool {
        let found = TemplateCatalog.standard.sections.filter { report.section(slot: $0.slot) != nil }
        return found.count * 2 >= TemplateCatalog.standard.sections.count
    }

    /// The table of a number (``Report/table(number:)``), with the headings of the section holding it.
    func table(_ number: Int) -> (table: Table, section: [String])? {
        guard let found = report.table(numbered: number) else { return nil }
        return (found.table, headings(at: found.path))
    }

    /// The headings along a section path.
    func headings(at path: [Int]) -> [String] {
        var headings: [String] = []
        var sections = report.sections
        for index in path where index < sections.count {
            headings.append(sections[index].heading)
            sections = sections[index].sections
        }
        return headings
    }

    /// The place of a cell.
    func place(_ table: Table, section: [String], row: String, column: String? = nil) -> Place {
        let rowPath = table.rows.first { $0.key == row }?.path
        return Place(
            section: section, table: table.templateDefinition?.table, row: rowPath, rowKey: row,
            column: column.map { table.columnPath($0) }, columnKey: column)
    }

    /// Whether the agency is a township, a street office or a county-level body (they make no 规章).
    var isBelowCityLevel: Bool {
        guard let agency = report.agency else { return false }
        return ["乡", "镇", "街道", "县", "区"].contains { agency.contains($0) } && !agency.hasSuffix("市人民政府")
    }

    /// Whether the agency is a township or street office.
    var isTownship: Bool {
        guard let agency = report.agency else { return false }
        return ["乡人民政府", "镇人民政府", "街道办事处"].contains { agency.hasSuffix($0) }
            || agency.hasSuffix("乡") || agency.hasSuffix("镇")
    }

    /// Whether the report is a county, district or city government's own (due by 31 March rather than 31 January).
    var isGovernmentSummary: Bool {
        guard let agency = report.agency else { return false }
        return ["县人民政府", "区人民政府", "市人民政府"].contains { agency.hasSuffix($0) }
    }
}
