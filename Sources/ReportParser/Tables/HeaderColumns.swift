import ReportModel

/// What the header line right above a text table's rows says about their columns, cell by cell (rv112 F12): a `|`
/// or tab line of labels only (`| 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |`, the export's
/// `| 项目 | 行政复议/总计 | … |`), whose i-th cell stands over the i-th cell of each row under it that has as many
/// cells. Markdown conversions give each group of rows (or each of table 4's three groups) a header of its own, so
/// every such line counts, not only the table's first (``HeaderOrder`` reads those).
///
/// A header cell names the row's columns whose label (or variant) is its text, or, written as a path
/// (`法人或其他组织/科研机构`), whose label is its last piece and whose outer labels hold the others. On one line of a
/// row's values:
/// - every value under a header naming exactly one of the columns the line's values stand in, each a different one:
///   the values go to the columns their headers name (the header says which is which, not the order);
/// - a value under a header that names columns, none of them the one its place in the row gives: the line's values
///   are missing, with a warning (a header saying otherwise is never overruled by position);
/// - headers that name nothing (`数据1`, `类别`) or name each value's own column: the order stands.
enum HeaderColumns {
    /// What the header lines said of a table's rows.
    struct Outcome {
        /// The warnings for rows whose values a header contradicts.
        var diagnostics: [Diagnostic] = []
        /// The rows whose values were all left missing.
        var unreadRows: [String] = []
        /// The rows every value of which stands under a header naming its column: placed by the header, whatever
        /// the order of the columns.
        var namedRows: Set<String> = []
    }

    /// Places or unplaces the values of `placement`'s rows by the header lines among `lines`.
    static func apply(to placement: inout TablePlacement, lines: [SourceLine], template: TableTemplate) -> Outcome {
        let matcher = TemplateMatcher.of(template)
        var outcome = Outcome()
        for (rowIndex, row) in placement.rows.enumerated() {
            guard let rowTemplate = template.row(row.key) else { continue }
            let columns = template.columns(of: rowTemplate)
            guard columns.count == row.cells.count, columns.count > 1 else { continue }
            var cells = row.cells
            var taken = 0
            var named = 0
            let byLine = Dictionary(grouping: row.cells.indices.filter { row.cells[$0]?.cell != nil }) {
                row.cells[$0]?.lineIndex ?? -1
            }
            for (lineIndex, positions) in byLine.sorted(by: { $0.key < $1.key }) {
                guard lineIndex >= 0, lineIndex < lines.count,
                    let header = headerLine(above: lineIndex, width: lines[lineIndex].cells.count, in: lines)
                else { continue }
                let onLine = Set(positions)
                var heads: [(position: Int, columns: [Int])] = []
                for position in positions {
                    guard let cell = row.cells[position]?.cell, cell < header.count else { continue }
                    heads.append((position, Self.columns(named: header[cell], among: columns, matcher: matcher)))
                }
                guard heads.contains(where: { !$0.columns.isEmpty }) else { continue }
                let chosen = heads.map { entry in entry.columns.filter(onLine.contains) }
                let targets = chosen.compactMap { $0.count == 1 ? $0[0] : nil }
                if heads.count == positions.count, targets.count == positions.count, Set(targets).count == targets.count
                {
                    // Every value's header names one column of the line: the values go where their headers say.
                    let moved = zip(heads, targets).map { (row.cells[$0.0.position], $0.1) }
                    for (token, target) in moved { cells[target] = token }
                    named += 1
                    continue
                }
                let contradicted = heads.contains { !$0.columns.isEmpty && !$0.columns.contains($0.position) }
                guard contradicted else { continue }
                for position in positions where cells[position] != nil {
                    cells[position] = nil
                    taken += 1
                }
                outcome.diagnostics.append(
                    Diagnostic(
                        .warning, line: lines[lineIndex].number, code: .columnsOutOfOrder,
                        "\(template.shortName)「\(rowTemplate.label)」行上方表头的栏目顺序与规定格式不同，"
                            + "且表头不能逐栏对应到规定的栏目，无法确定各数字属于哪一栏：\(positions.count)个单元格未读取（请核对原件）",
                        subject: DiagnosticSubject(table: template.table, row: row.key)))
            }
            if taken > 0, cells.allSatisfy({ $0 == nil }) { outcome.unreadRows.append(row.key) }
            if named > 0, named == byLine.count { outcome.namedRows.insert(row.key) }
            placement.rows[rowIndex] = TablePlacement.Row(
                key: row.key, label: row.label, cells: cells, isOnLabelLine: row.isOnLabelLine)
        }
        return outcome
    }

    /// The cells of the nearest marked line above `lineIndex` that holds labels only and as many cells as `width`
    /// (the lines of values between them are rows under it); `nil` when none.
    private static func headerLine(above lineIndex: Int, width: Int, in lines: [SourceLine]) -> [String]? {
        for line in lines[..<lineIndex].reversed() where line.hasPipe || line.hasTab {
            let cells = line.cells
            guard cells.count >= 2 else { continue }
            let filled = cells.filter { !$0.isLayoutBlank }
            if filled.contains(where: CellToken.isValueText) { continue }
            return cells.count == width ? cells : nil
        }
        return nil
    }

    /// The indices (in `columns`) of the columns a header cell names: its text, or the last piece of a path written
    /// with `/`, is a column's label or variant, and the path's other pieces are labels over that column.
    static func columns(named text: String, among columns: [ColumnTemplate], matcher: TemplateMatcher) -> [Int] {
        let pieces = text.split(separator: "/").map { String($0).trimmingLayoutSpace() }.filter { !$0.isEmpty }
        guard let leafText = pieces.last else { return [] }
        let leaf = LabelMatch(leafText)
        let outer = pieces.dropLast().map(LabelMatch.init)
        return columns.indices.filter { index in
            guard let column = matcher.columns[columns[index].key], leaf.bestScore(among: column.keys) >= 2 else {
                return false
            }
            return outer.allSatisfy { $0.bestScore(among: column.parents) >= 2 }
        }
    }
}
