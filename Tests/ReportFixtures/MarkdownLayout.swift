/// Markdown tables as PDF-to-Markdown converters write them: a header row, a `|---|` rule, one row per line; rows
/// that lost a value (`| 规章 | 22 | 235 |` under three columns); table 4 as one row of fifteen numbers under a
/// header of six cells (the header's merged cells flattened).
enum MarkdownLayout {
    static func lines(
        _ shape: TableShape, dropValue: Double, random: inout SeededRandom, undetermined: inout Set<CellKey>
    ) -> [String] {
        var lines: [String] = []
        var rowIndex = 0
        let surely = shape.keys.firstIndex { $0.columns.count > 1 }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        for line in shape.lines {
            switch line {
            case .caption(let text): lines.append(text)
            case .group(let text): lines.append(row([text]))
            case .header(let cells):
                if shape.number == 4 {
                    if lines.isEmpty {
                        lines += [row(["行政复议", "行政诉讼", "", "", "", ""]), row(Array(repeating: "---", count: 6))]
                    }
                    continue
                }
                let texts = cells.map { $0 ?? "" }
                if shape.number == 3, lines.isEmpty, let note = texts.first {
                    lines.append(note)
                    lines.append(row(Array(texts.dropFirst())))
                } else {
                    lines.append(row(texts))
                }
                lines.append(row(Array(repeating: "---", count: cells.count)))
            case .row(let path, let cells):
                let (rowKey, columns) = shape.keys[rowIndex]
                rowIndex += 1
                var values = cells
                // At least one row of every table loses a value when asked to. A row of one value that lost it
                // would be a row the report left empty (the report's problem), not one the text cannot place.
                if dropValue > 0, random.chance(dropValue) || rowIndex - 1 == surely, values.count > 1 {
                    values.remove(at: random.int(0...(values.count - 1)))
                    for column in columns {
                        undetermined.insert(CellKey(table: shape.number, row: rowKey, column: column))
                    }
                }
                lines.append(row((path.last.map { [$0] } ?? []) + values))
            }
        }
        return lines
    }
}
