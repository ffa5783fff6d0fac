import ReportModel

/// What the header lines of a table read from text say about the order of its columns: whether they name the
/// columns in another order than the format's (a clerk swapped two columns and kept each header over its numbers).
///
/// Text keeps no positions: a header cell that wraps (`科研` / `机构` in a PDF table drawn without rules) comes as
/// pieces on successive lines, each line's pieces left to right. So the lines cannot tell which number stands under
/// which header, but they can tell that the format's order is not the table's: a line whose pieces name columns in
/// an order that no choice among the columns each piece may belong to puts in the format's order (`科研 商业`: a piece
/// of 科研机构 left of one of 商业企业). A piece belongs to the columns whose label, or a group label over them, holds
/// it whole (``TemplateMatcher``'s labels of the column, the same the ruled reader places cells by); a piece of one
/// letter, or one no label holds, says nothing.
struct HeaderOrder {
    /// A header line whose pieces contradict the format's order.
    struct Contradiction {
        /// The 1-based line number.
        let line: Int
        /// The piece left of `right` whose columns all come after `right`'s in the format.
        let left: String
        /// The piece that no column after those of the pieces before it holds.
        let right: String
    }

    /// The header pieces of each line, in reading order: the words of the label tokens on the lines before the one
    /// that holds the table's first value or data row label.
    private let lines: [(line: Int, pieces: [String])]
    /// For each column of the template, in the format's order, its labels and the group labels over it.
    private let labels: [[[UInt32]]]

    init(_ entries: [TableTokens.Entry], template: TableTemplate) {
        let matcher = TemplateMatcher(template)
        labels = template.columns.map { column in
            guard let labels = matcher.columns[column.key] else { return [] }
            return (labels.keys + labels.parents).map(\.full)
        }
        let dataRows = Set(template.dataRows.map(\.key))
        var lines: [(line: Int, pieces: [String])] = []
        for entry in entries {
            let startsRows: Bool
            if case .row(let key) = entry.match { startsRows = dataRows.contains(key) } else { startsRows = false }
            if entry.token.isFilledValue || startsRows {
                // A line that holds values or a row is no header line: its words may be header rows run together
                // (`申请人情况 自然人 法人或其他组织 总计 商业企业 …` in text of one line), not one row of them.
                if lines.last?.line == entry.token.line { lines.removeLast() }
                break
            }
            guard !entry.token.isValue else { continue }
            let pieces = Self.pieces(of: entry.token.text, labels: labels)
            if lines.last?.line == entry.token.line {
                lines[lines.count - 1].pieces += pieces
            } else {
                lines.append((entry.token.line, pieces))
            }
        }
        self.lines = lines
    }

    /// The pieces of a label token: its words set apart by spaces (a PDF line `自然 科研 商业 社会 法律`), next words
    /// joined while a label holds them together (a cell typed `商业 企业` is one piece).
    private static func pieces(of text: String, labels: [[[UInt32]]]) -> [String] {
        var pieces: [(text: String, key: [UInt32])] = []
        for word in text.pieces(separatedBy: UInt8(ascii: " ")) where !word.isEmpty {
            let key = LooseKey.scalars(word)
            if let last = pieces.last, !last.key.isEmpty, !key.isEmpty, isHeld(last.key + key, labels: labels) {
                pieces[pieces.count - 1] = (last.text + word, last.key + key)
            } else {
                pieces.append((word, key))
            }
        }
        return pieces.map(\.text)
    }

    /// Whether a label of a column, or of a group over it, holds a key whole.
    private static func isHeld(_ key: [UInt32], labels: [[[UInt32]]]) -> Bool {
        labels.contains { $0.contains { LabelVocabulary.contains($0, key) } }
    }

    /// The indices of the columns (in the format's order) whose labels hold a piece whole; none for a piece of
    /// fewer than two letters.
    func columns(holding piece: String) -> [Int] {
        let key = LooseKey.scalars(piece)
        guard key.count >= 2 else { return [] }
        return labels.indices.filter { index in labels[index].contains { LabelVocabulary.contains($0, key) } }
    }

    /// The first header line whose pieces name columns in another order than the format's, if one does.
    var contradiction: Contradiction? {
        for (line, pieces) in lines {
            // The least column each piece can be in, after the least of the piece before: when a piece has none,
            // no choice puts the line's pieces in the format's order.
            var previous: (piece: String, column: Int)?
            for piece in pieces {
                let columns = columns(holding: piece)
                guard !columns.isEmpty else { continue }
                guard let next = columns.first(where: { $0 > previous?.column ?? -1 }) else {
                    return Contradiction(line: line, left: previous?.piece ?? piece, right: piece)
                }
                previous = (piece, next)
            }
        }
        return nil
    }
}
