import ReportModel

/// A table of the format the report holds more than once, the copies filling a cell differently — last year's table 3
/// left above this year's: both are kept as read, neither is the report's table (``Report/table(number:)``), and the
/// reading says so (review rv112 F14).
enum RepeatedTables {
    /// The warning for each such table.
    static func diagnostics(in report: Report) -> [Diagnostic] {
        TemplateCatalog.standard.tables.map(\.table).uniqued().compactMap { number in
            let copies = report.copies(ofTable: number).count
            guard copies > 1, report.table(number: number) == nil else { return nil }
            let name = TableTemplate.shortName(number)
            return Diagnostic(
                .warning, line: nil, code: .tableRepeated,
                "报告中有\(copies)个\(name)，内容不同，无法确定哪一个是本年的：都保留在报告中，\(name)的数字都不读取"
                    + "（请核对原件，删去多余的一个）",
                subject: DiagnosticSubject(table: number))
        }
    }
}

extension Sequence where Element: Hashable {
    /// The elements, each once, in the order first met.
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
