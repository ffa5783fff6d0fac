import ReportModel

// A bare page number (`3`) that a text extraction leaves between two rows of a table broken over pages: told from a
// value by where it stands, never by its size alone.

extension TablePlacement {
    /// Takes out of the orphans the page numbers a text extraction leaves between two rows of a table broken over
    /// pages: a number of one to three digits (no leading zero) alone on its line, with no table text on the lines
    /// right above and below it (blank lines, as around a page's foot), after a row whose every cell was read from
    /// its label's line and right before the next row's label. Every cell around it is filled, so it can be no
    /// cell's value; a number anywhere else stays an orphan (the table is then unreadable, never guessed).
    mutating func takePageNumbers(among entries: [TableTokens.Entry]) {
        guard orphans.contains(where: \.isNumeric) else { return }
        var taken: Set<Int> = []
        for (position, entry) in entries.enumerated() {
            let token = entry.token
            let digits = token.text.unicodeScalars
            guard token.isValue, (1...3).contains(digits.count), digits.allSatisfy({ ("0"..."9").contains($0) }),
                digits.first != "0", position > 0, position + 1 < entries.count
            else { continue }
            let before = entries[position - 1].token
            let after = entries[position + 1]
            guard before.lineIndex < token.lineIndex - 1, after.token.lineIndex > token.lineIndex + 1,
                case .row(_) = after.match, !after.token.isValue,
                rows.contains(where: { row in
                    row.isOnLabelLine
                        && row.cells.allSatisfy { $0?.isFilledValue == true && $0?.lineIndex == before.lineIndex }
                })
            else { continue }
            taken.insert(position)
            pageNumbers.append(token)
        }
        guard !taken.isEmpty else { return }
        let lines = Set(pageNumbers.map(\.lineIndex))
        orphans.removeAll { lines.contains($0.lineIndex) }
    }
}
