import ReportModel

/// What the header lines of a table read from text say about the order of its columns: whether they name the
/// columns in another order than the format's (a clerk swapped two columns and kept each header over its numbers).
///
/// Text keeps no positions: a header cell that wraps (`科研` / `机构` in a PDF table drawn without rules) comes as
/// pieces on successive lines, each line's pieces left to right. So the lines cannot tell which number stands under
/// which header, but they can tell that the format's order is not the table's: a line whose pieces name columns in
/// an order that no choice among the columns each piece may belong to puts in the format's order (`科研 商业`: a piece
/// of 科研机构 left of one of 商业企业). A piece belongs to the columns whose label, or a group label over them, holds
/// it whole (``TemplateMatcher``'s labels of the column, the same the ruled reader places cells by; in table 3 also
/// 申请人情况 over the applicants' columns, which leaves 总计 out); a piece of one letter, or one no label holds, says
/// nothing.
///
/// The header lines are those of the table's lines before its first value or data row label, and the lines right
/// above the table that hold nothing but such pieces (a header whose first cell is empty, or is no note of the
/// table, does not start the table: its lines come before it). Lines of one piece each, one after another with no
/// blank line between (a table converted one cell per line), are read as one line: a piece under a group named
/// earlier among them, after a piece outside that group, starts the next header row (`总计` / `商业企业` under
/// `法人或其他组织`), any other step back contradicts the format's order.
struct HeaderOrder {
    /// A header line whose pieces contradict the format's order, or leave it unknown.
    struct Contradiction {
        /// What the header line says about the order.
        enum Kind {
            /// `left` names a column that comes after every column `right` may be in.
            case order
            /// `left` and `right` are whole labels of one group on one line, and a column between them is named
            /// on another line (a header staggered over two lines): which number stands under which is not said.
            case staggered
        }

        /// The 1-based line number.
        let line: Int
        /// The piece left of `right` whose columns all come after `right`'s in the format.
        let left: String
        /// The piece that no column after those of the pieces before it holds.
        let right: String
        /// What the line says: another order than the format's, or no order at all.
        var kind = Kind.order
    }

    /// A piece of a header line: its text, the columns (in the format's order) it may belong to, and whether it is
    /// a group label whole (`法人或其他组织`, `申请人情况`).
    private struct Piece {
        let text: String
        let columns: [Int]
        let isGroup: Bool
        /// Whether the piece is a column's own label whole (`结果维持`, `科研机构`, a variant such as `维持`), not a
        /// group's and not a piece of a wrapped label (`科研`): a column's own label stands once in a header.
        let isWhole: Bool
    }

    /// The header pieces of each line, in reading order.
    private var lines: [(line: Int, pieces: [Piece])] = []
    /// For each column of the template, in the format's order, its labels and the group labels over it.
    private let labels: [[[UInt32]]]
    /// The group labels over columns.
    private let groups: Set<[UInt32]>
    /// For each column, its own label and variants (no group label).
    private let ownLabels: [Set<[UInt32]>]
    /// For each column, the innermost group label over it (`法人或其他组织`, `未经复议直接起诉`), if any.
    private let innerGroup: [String?]
    /// The numbers of the blank lines (and page numbers) among the table's lines and those above it.
    private let blankLines: Set<Int>

    /// - Parameters:
    ///   - entries: The tokens of the table's own lines.
    ///   - lines: The table's own lines (the blank ones among them matter).
    ///   - above: The lines right before the table's first line, the nearest last.
    init(
        _ entries: [TableTokens.Entry], lines own: [SourceLine] = [], above: [SourceLine] = [],
        template: TableTemplate
    ) {
        let matcher = TemplateMatcher.of(template)
        ownLabels = template.columns.map { column in
            Set((matcher.columns[column.key]?.keys ?? []).map(\.full).filter { !$0.isEmpty })
        }
        innerGroup = template.columns.map { $0.path.dropLast().last }
        blankLines = Set((own + above).filter { $0.isBlank || $0.isPageNumber }.map(\.number))
        let applicants = Set(Table3Column.applicants.map(\.rawValue))
        var groups: Set<[UInt32]> = []
        labels = template.columns.map { column in
            guard let labels = matcher.columns[column.key] else { return [] }
            let group = template.table == 3 && applicants.contains(column.key) ? [TableRegion.table3Applicants] : []
            groups.formUnion(labels.parents.map(\.full) + group)
            return (labels.keys + labels.parents).map(\.full) + group
        }
        self.groups = groups
        lines = headerLines(above: above)
        let dataRows = Set(template.dataRows.map(\.key))
        var own: [(line: Int, pieces: [Piece])] = []
        for entry in entries {
            let startsRows: Bool
            if case .row(let key) = entry.match {
                // `总计` on a header line is the column's label, not the row's.
                startsRows = dataRows.contains(key) && columns(holding: entry.token.text).isEmpty
            } else {
                startsRows = false
            }
            if entry.token.isFilledValue || startsRows {
                // A line that holds values or a row is no header line: its words may be header rows run together
                // (`申请人情况 自然人 法人或其他组织 总计 商业企业 …` in text of one line), not one row of them.
                if own.last?.line == entry.token.line { own.removeLast() }
                break
            }
            guard !entry.token.isValue else { continue }
            let pieces = self.pieces(of: entry.token.text)
            if own.last?.line == entry.token.line {
                own[own.count - 1].pieces += pieces
            } else {
                own.append((entry.token.line, pieces))
            }
        }
        lines += own
    }

    /// The lines right above the table that hold only header pieces (two letters or more, each held by a label),
    /// blank lines between them skipped; at most six.
    private func headerLines(above: [SourceLine]) -> [(line: Int, pieces: [Piece])] {
        var found: [(line: Int, pieces: [Piece])] = []
        for line in above.reversed() {
            if line.isBlank || line.isPageNumber { continue }
            guard found.count < 6, !line.isEscaped else { break }
            let pieces = line.cells.flatMap { self.pieces(of: $0) }
            guard !pieces.isEmpty, pieces.allSatisfy({ !$0.columns.isEmpty }) else { break }
            found.insert((line.number, pieces), at: 0)
        }
        return found
    }

    /// The pieces of a cell: its words set apart by spaces (a PDF line `自然 科研 商业 社会 法律`), next words joined
    /// while a label holds them together (a cell typed `商业 企业` is one piece).
    private func pieces(of text: String) -> [Piece] {
        var pieces: [(text: String, key: [UInt32])] = []
        for word in text.pieces(separatedBy: UInt8(ascii: " ")) where !word.isEmpty {
            let key = LooseKey.scalars(word)
            if let last = pieces.last, !last.key.isEmpty, !key.isEmpty, isHeld(last.key + key) {
                pieces[pieces.count - 1] = (last.text + word, last.key + key)
            } else {
                pieces.append((word, key))
            }
        }
        return pieces.map { piece in
            let columns = columns(holding: piece.key)
            return Piece(
                text: piece.text, columns: columns, isGroup: groups.contains(piece.key),
                isWhole: !columns.isEmpty && columns.allSatisfy { ownLabels[$0].contains(piece.key) })
        }
    }

    /// Whether a label of a column, or of a group over it, holds a key whole.
    private func isHeld(_ key: [UInt32]) -> Bool {
        labels.contains { $0.contains { LabelVocabulary.contains($0, key) } }
    }

    /// The indices of the columns (in the format's order) whose labels hold a piece whole; none for a piece of
    /// fewer than two letters.
    func columns(holding piece: String) -> [Int] { columns(holding: LooseKey.scalars(piece)) }

    private func columns(holding key: [UInt32]) -> [Int] {
        guard key.count >= 2 else { return [] }
        return labels.indices.filter { index in labels[index].contains { LabelVocabulary.contains($0, key) } }
    }

    /// The header rows the lines make: a line alone, or lines that hold one piece and nothing else (a cell a line),
    /// one after another, together (`run` true). When no two such lines are next to each other, a blank line after
    /// each (a converter that writes one), the blank lines between them do not part them; where cells a line are
    /// next to each other, a blank line parts the header's rows (sample 000).
    private var rows: [(line: Int, pieces: [Piece], run: Bool)] {
        func isCell(_ pieces: [Piece]) -> Bool { pieces.count == 1 && !pieces[0].columns.isEmpty }
        let cells = lines.filter { isCell($0.pieces) }.map(\.line)
        let spaced = cells.count >= 2 && zip(cells, cells.dropFirst()).allSatisfy { $0 + 1 < $1 }
        var rows: [(line: Int, pieces: [Piece], run: Bool)] = []
        var lastLine: Int?
        for (line, all) in lines {
            let pieces = all.filter { !$0.columns.isEmpty }
            let isCell = isCell(all)
            defer { lastLine = isCell ? line : nil }
            guard isCell, let last = lastLine, last < line,
                last + 1 == line || (spaced && ((last + 1)..<line).allSatisfy(blankLines.contains)),
                rows.last?.run == true
            else {
                rows.append((line, pieces, isCell))
                continue
            }
            rows[rows.count - 1].pieces += pieces
        }
        return rows
    }

    /// The first header line whose pieces name columns in another order than the format's, if one does, or else
    /// the first whose whole labels are staggered with another line's (``Contradiction/Kind/staggered``).
    ///
    /// A column's own label whole (``Piece/isWhole``) names a column no earlier header line named: table 4 names
    /// 结果维持 … 总计 three times, the first five on the line of the group labels, the other ten on the next line,
    /// whose `结果纠正 结果维持` (swapped) then names no column in the format's order.
    var contradiction: Contradiction? {
        var claimed: [Int: Int] = [:]
        var placed: [(line: Int, pieces: [(piece: Piece, column: Int)])] = []
        for (line, pieces, run) in rows {
            // The least column each piece can be in, from the one after the piece before (or, after a group label,
            // the group's own first: `申请人情况 自然人`, `法人或其他组织 商业企业`): when a piece has none, no choice puts
            // the line's pieces in the format's order.
            var previous: (piece: Piece, column: Int)?
            var named: [Set<Int>] = []
            var row: [(piece: Piece, column: Int)] = []
            // A line with a whole label for every column names them all again (a converter that repeats a cell
            // merged down on each line it covers: table 4's `结果维持 … 总计` fifteen times under the line that named
            // the first five): it stands alone.
            let complete = pieces.count(where: \.isWhole) >= labels.count
            for piece in pieces {
                let floor = previous.map { $0.piece.isGroup ? $0.column : $0.column + 1 } ?? 0
                let free = { (column: Int) in !piece.isWhole || complete || claimed[column] == nil }
                let next = piece.columns.first { $0 >= floor && free($0) }
                // In a run of one cell a line, a piece at the first column of a group named before starts the
                // group's header row, after a piece that may stand outside the group, or the group's own label (the
                // next header row: `总计` / `商业企业` under 法人或其他组织; table 4's `总计` / `未经复议直接起诉` under
                // 行政诉讼).
                let start = named.lazy.compactMap { group -> Int? in
                    guard next == nil, run, let previous, let first = group.min(), piece.columns.contains(first),
                        free(first)
                    else { return nil }
                    let before = Set(previous.piece.columns)
                    return !before.isSubset(of: group) || (previous.piece.isGroup && before == group) ? first : nil
                }.first
                guard let column = next ?? start else {
                    return Contradiction(line: line, left: previous?.piece.text ?? piece.text, right: piece.text)
                }
                previous = (piece, column)
                row.append((piece, column))
                if piece.isGroup { named.append(Set(piece.columns)) }
            }
            for entry in row where entry.piece.isWhole { claimed[entry.column] = placed.count }
            placed.append((line, row))
        }
        return staggered(placed, claimed: claimed)
    }

    /// The first line of two or more pieces, each a column's label whole, where two of them stand in columns of
    /// one group with a column between them whose label another line names: a header staggered over lines
    /// (`自然人 科研机构 法律服务机构 总计` over `商业企业 社会公益组织 其他`). Such lines are in the format's order
    /// whichever way the columns stand, so they do not tell it: text keeps no positions.
    private func staggered(
        _ rows: [(line: Int, pieces: [(piece: Piece, column: Int)])], claimed: [Int: Int]
    ) -> Contradiction? {
        for (index, row) in rows.enumerated() where row.pieces.count >= 2 && row.pieces.allSatisfy(\.piece.isWhole) {
            for (left, right) in zip(row.pieces, row.pieces.dropFirst()) where right.column > left.column + 1 {
                let between = (left.column + 1)..<right.column
                let named = between.contains { column in
                    guard let other = claimed[column], other != index, let inner = innerGroup[column] else {
                        return false
                    }
                    return inner == innerGroup[left.column] || inner == innerGroup[right.column]
                }
                if named {
                    return Contradiction(
                        line: row.line, left: left.piece.text, right: right.piece.text, kind: .staggered)
                }
            }
        }
        return nil
    }
}
