import Foundation
import ReportModel

/// A report table as an HTML table: bands of rows that share their columns (table 2 has four), each with its
/// column headers over as many levels as the labels have, group rows for the template's row groups, row labels
/// from the template, and each cell's text as typed with the findings that point to it.
struct TableView {
    /// One header cell: a column label spanning the columns and header rows below it.
    struct HeaderCell {
        let label: String
        let colspan: Int
        let rowspan: Int
    }

    /// One header row.
    struct HeaderRow {
        let cells: [HeaderCell]
    }

    /// One cell of a data row.
    struct CellView {
        let anchor: String
        let text: String
        let classes: String
        let title: String
        let hasTitle: Bool
        let markers: [FindingMarker]
        /// Whether the cell changed in the comparison a redline shows; then ``old`` is its older text.
        var changed = false
        var old = ""
    }

    /// A data row, or a group label over the rows below it.
    struct RowView {
        let isGroup: Bool
        let anchor: String
        let label: String
        let indent: Int
        let span: Int
        let cells: [CellView]
        let markers: [FindingMarker]
        /// The comments on the row's cells, shown in a row of their own right after it.
        var comments: [CommentsView.Thread] = []
        var hasComments = false
    }

    /// Rows that share their columns, under their own headers: a table's only band's in the table's `thead`,
    /// repeated on every printed page; each band of a table of several (table 2) in its own `tbody`, printed on one
    /// page with its headers (rows of one 第二十条 item had printed under the repeated header of another).
    struct Band {
        let headerRows: [HeaderRow]
        var rows: [RowView]
        /// Whether its headers are the table's `thead`: it is the table's only band.
        var isHead = false
    }

    let anchor: String
    let caption: String
    /// Whether the table is printed on a landscape page (table 4, and any table of more than ten columns).
    let wide: Bool
    let note: String
    let hasNote: Bool
    private(set) var bands: [Band]

    /// Where the findings about a table point, by row key and by row and column key.
    struct Marks {
        var rows: [String: [FindingMarker]] = [:]
        var cells: [String: [FindingMarker]] = [:]

        static func cellKey(row: String, column: String) -> String { row + "\u{1F}" + column }
    }

    /// The view of a table.
    ///
    /// - Parameters:
    ///   - table: The table.
    ///   - anchor: Its anchor (`t3`, `g1`): rows and cells get anchors below it.
    ///   - marks: The findings pointing into it.
    ///   - changes: For a redline, the older text of each cell that changed, by ``Marks/cellKey(row:column:)``
    ///     (`nil` for a cell that could not be read).
    ///   - words: The page's words, for the caption (``ReviewWords/caption(_:)``).
    init(
        _ table: Table, anchor: String, marks: Marks, changes: [String: String?] = [:],
        words: ReviewWords = PageWords.chinese.review
    ) {
        self.anchor = anchor
        let definition = table.templateDefinition
        wide = definition?.table == 4 || (table.rows.map(\.cells.count).max() ?? 0) > 10
        caption = words.caption(definition)
        note = definition?.note ?? ""
        hasNote = !note.isEmpty
        var builder = BandBuilder(table: table, anchor: anchor, marks: marks, changes: changes, words: words)
        if let definition {
            var pending: [(label: String, indent: Int)] = []
            // (an optional row the report left out is not shown as 缺失: ``TableTemplate/drawnRows(in:)``)
            var seen = Set(definition.rows.map(\.key)).subtracting(definition.drawnRows(in: table).map(\.key))
            for template in definition.drawnRows(in: table) {
                if template.group {
                    pending.append((template.label, template.path.count - 1))
                    continue
                }
                guard let row = table.rows.first(where: { $0.key == template.key }) else { continue }
                seen.insert(row.key)
                builder.add(row, label: template.label, indent: template.path.count - 1, groups: pending)
                pending = []
            }
            for row in table.rows where !seen.contains(row.key) {
                builder.add(row, label: row.path.last ?? row.key, indent: 0, groups: [])
            }
        } else {
            for row in table.rows {
                builder.add(row, label: row.path.joined(separator: " "), indent: 0, groups: [])
            }
        }
        bands = builder.finished()
    }

    /// Shows a comment on a cell right after the cell's row.
    ///
    /// - Returns: Whether the table has the row.
    mutating func attach(_ comment: CommentsView.Thread, row key: String) -> Bool {
        let rowAnchor = Self.anchor(anchor, key)
        for band in bands.indices {
            guard let row = bands[band].rows.firstIndex(where: { !$0.isGroup && $0.anchor == rowAnchor }) else {
                continue
            }
            bands[band].rows[row].comments.append(comment)
            bands[band].rows[row].hasComments = true
            return true
        }
        return false
    }

    /// Anchors are the table's, then the row key, then the column key, with anything but `A–Z a–z 0–9 - _ .`
    /// written `_`.
    static func anchor(_ parts: String...) -> String {
        String(
            parts.joined(separator: "-").unicodeScalars.map { scalar -> Character in
                let allowed =
                    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
                return allowed ? Character(scalar) : "_"
            })
    }
}

/// Builds the bands of a table row by row.
private struct BandBuilder {
    let table: Table
    let anchor: String
    let marks: TableView.Marks
    let changes: [String: String?]
    /// The page's words: what a cell that was not read or not filled says, in the page's language.
    let words: ReviewWords
    var bands: [TableView.Band] = []
    var columns: [String] = []
    var headers: [TableView.HeaderRow] = []
    var rows: [TableView.RowView] = []

    init(table: Table, anchor: String, marks: TableView.Marks, changes: [String: String?], words: ReviewWords) {
        self.table = table
        self.anchor = anchor
        self.marks = marks
        self.changes = changes
        self.words = words
    }

    mutating func add(_ row: TableRow, label: String, indent: Int, groups: [(label: String, indent: Int)]) {
        let keys = row.cells.map(\.column)
        if keys != columns || (rows.isEmpty && headers.isEmpty) {
            flush()
            columns = keys
            headers = Self.headerRows(keys.map { table.columnPath($0) })
        }
        for group in groups {
            rows.append(
                TableView.RowView(
                    isGroup: true, anchor: "", label: group.label, indent: group.indent, span: keys.count + 1,
                    cells: [], markers: []))
        }
        let cells = row.cells.map { cell in
            let key = TableView.Marks.cellKey(row: row.key, column: cell.column)
            var view = Self.cellView(
                cell, anchor: TableView.anchor(anchor, row.key, cell.column), markers: marks.cells[key] ?? [],
                words: words)
            if let old = changes[key] {
                view.changed = true
                view.old = old?.trimmingLayoutSpace() ?? words.missingCell
            }
            return view
        }
        rows.append(
            TableView.RowView(
                isGroup: false, anchor: TableView.anchor(anchor, row.key), label: label, indent: indent,
                span: keys.count + 1, cells: cells, markers: marks.rows[row.key] ?? []))
    }

    mutating func finished() -> [TableView.Band] {
        flush()
        if bands.count == 1 { bands[0].isHead = true }
        return bands
    }

    private mutating func flush() {
        if !rows.isEmpty { bands.append(TableView.Band(headerRows: headers, rows: rows)) }
        rows = []
    }

    private static func cellView(
        _ cell: Cell, anchor: String, markers: [FindingMarker], words: ReviewWords
    ) -> TableView.CellView {
        var classes: [String] = []
        let text: String
        let title: String
        if let typed = cell.text {
            let trimmed = typed.trimmingLayoutSpace()
            text = trimmed
            if cell.value != nil {
                classes.append("num")
                title = ""
            } else {
                classes.append("blank")
                title = words.unfilled(trimmed)
            }
        } else {
            text = words.missingCell
            classes.append("missing")
            title = words.unreadCell
        }
        if markers.contains(where: { $0.severity == "error" }) {
            classes.append("flag-error")
        } else if !markers.isEmpty {
            classes.append("flag-warning")
        }
        return TableView.CellView(
            anchor: anchor, text: text, classes: classes.joined(separator: " "), title: title, hasTitle: !title.isEmpty,
            markers: markers)
    }

    /// The header rows over columns with these label paths: a label spans the columns below it that share it, and
    /// a column whose labels run out spans the header rows below.
    static func headerRows(_ paths: [[String]]) -> [TableView.HeaderRow] {
        let depth = max(1, paths.map(\.count).max() ?? 1)
        var rows: [TableView.HeaderRow] = []
        for level in 0..<depth {
            var cells: [TableView.HeaderCell] = []
            if level == 0 { cells.append(TableView.HeaderCell(label: "", colspan: 1, rowspan: depth)) }
            var index = 0
            while index < paths.count {
                let path = paths[index].isEmpty ? [""] : paths[index]
                guard path.count > level else {
                    index += 1
                    continue
                }
                if path.count == level + 1 {
                    cells.append(TableView.HeaderCell(label: path[level], colspan: 1, rowspan: depth - level))
                    index += 1
                    continue
                }
                let prefix = Array(path[0...level])
                var end = index + 1
                while end < paths.count, paths[end].count > level + 1, Array(paths[end][0...level]) == prefix {
                    end += 1
                }
                cells.append(TableView.HeaderCell(label: path[level], colspan: end - index, rowspan: 1))
                index = end
            }
            rows.append(TableView.HeaderRow(cells: cells))
        }
        return rows
    }
}
