import ReportModel

/// Reads a table that matches no template (Markdown rows) into a grid keyed by its own labels: the first row
/// gives the columns (the corner cell included, as the label column), the first cell of each row its row key.
enum GridReader {
    static func read(_ lines: [SourceLine]) -> Table {
        var rows: [[String]] = []
        for line in lines {
            let trimmed = line.raw.trimmingLayoutSpace()
            if CellTokenizer.isMarkdownRule(trimmed) { continue }
            var parts = line.raw.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingLayoutSpace() }
            if trimmed.hasPrefix("|"), parts.first?.isEmpty == true { parts.removeFirst() }
            if trimmed.hasSuffix("|"), parts.last?.isEmpty == true { parts.removeLast() }
            if !parts.isEmpty { rows.append(parts) }
        }
        guard let header = rows.first else { return Table(template: nil, columns: [], rows: []) }
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        let labels = (0..<width).map { index in index < header.count ? header[index] : "" }
        let columnKeys = uniqueKeys(labels.enumerated().map { $1.isEmpty ? "列\($0 + 1)" : $1 })
        let columns = zip(columnKeys, labels).map { TableColumn(key: $0, path: [$1]) }
        let bodyRows = rows.dropFirst()
        let rowKeys = uniqueKeys(
            bodyRows.enumerated().map { index, row in
                let label = row.first ?? ""
                return label.isEmpty ? "行\(index + 1)" : label
            })
        let tableRows = zip(rowKeys, bodyRows).map { key, row in
            TableRow(
                key: key, path: [row.first ?? ""],
                cells: columns.enumerated().map { index, column in
                    let cell = index < row.count ? row[index] : nil
                    return Cell(column: column.key, text: cell.flatMap { CellText.isMissingMark($0) ? nil : $0 })
                })
        }
        return Table(template: nil, columns: columns, rows: tableRows)
    }

    /// Labels made unique by numbering repeats: `其他`, `其他#2`.
    static func uniqueKeys(_ labels: [String]) -> [String] {
        var counts: [String: Int] = [:]
        return labels.map { label in
            counts[label, default: 0] += 1
            let count = counts[label, default: 1]
            return count == 1 ? label : "\(label)#\(count)"
        }
    }
}
