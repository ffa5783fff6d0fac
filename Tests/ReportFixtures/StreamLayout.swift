/// One cell per line: tab-indented with blank lines between rows (seed 000), ` |`-terminated (seed 001), or
/// followed by a line holding only `|`.
enum StreamLayout {
    static func cells(_ shape: TableShape) -> [[String]] {
        var rows: [[String]] = []
        var previous: [String] = []
        for line in shape.lines {
            switch line {
            case .caption(let text): rows.append([text])
            case .header(let cells): rows.append(cells.compactMap { $0 })
            case .group(let text): rows.append([text])
            case .row(let path, let cells):
                var labels: [String] = []
                for (depth, label) in path.enumerated() where !(previous.count > depth && previous[depth] == label) {
                    labels.append(label)
                }
                if labels.isEmpty, let last = path.last { labels = [last] }
                rows.append(labels + cells)
                previous = path
            }
        }
        return rows
    }

    /// Seed 000: a tab before each cell, full-width and no-break spaces around numbers, stray blank cells.
    static func tabbed(_ shape: TableShape, random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        for row in cells(shape) {
            for cell in row {
                if Double(cell) != nil {
                    switch random.int(0...5) {
                    case 0: lines.append("\t\u{3000}\u{3000}\(cell)")
                    case 1: lines.append("\t\(cell)\u{A0}")
                    case 2: lines.append("\t\u{A0}\(cell)")
                    case 3:
                        // The value wrapped below a blank cell, flush left.
                        lines += ["\t\u{3000}", "", cell]
                    case 4: lines += ["\t\u{3000}\(cell)", "\u{3000}"]
                    default: lines.append("\t\(cell)")
                    }
                } else {
                    lines.append("\t\(cell)")
                }
            }
            lines.append("")
        }
        return lines
    }

    /// Seed 001: each cell followed by ` |`; two-word header cells split by a space.
    static func pipeSuffixed(_ shape: TableShape) -> [String] {
        cells(shape).flatMap { row in
            row.map { cell in
                let text =
                    ["商业企业", "科研机构", "结果维持", "结果纠正", "其他结果", "尚未审结"].contains(cell)
                    ? cell.replacingFirstCJKPair(with: true) : cell
                return text + " |"
            }
        }
    }

    /// A cell on its own line followed by a line holding only `|`.
    static func pipeLines(_ shape: TableShape) -> [String] {
        cells(shape).flatMap { row in row.flatMap { [$0, "|"] } }
    }
}

/// Inline `| a | b | c |` rows.
enum InlineLayout {
    static func lines(_ shape: TableShape) -> [String] {
        var lines: [String] = []
        for line in shape.lines {
            switch line {
            case .caption(let text): lines.append(text)
            case .header(let cells):
                if shape.number == 3, lines.isEmpty, let note = cells.first ?? nil {
                    lines.append(note)
                    lines.append("| " + cells.dropFirst().map { $0 ?? "" }.joined(separator: " | ") + " |")
                } else {
                    lines.append("| " + cells.map { $0 ?? "" }.joined(separator: " | ") + " |")
                }
            case .group(let text): lines.append("| \(text) |")
            case .row(let path, let cells):
                lines.append("| " + ([path.last ?? "案件数量"] + cells).joined(separator: " | ") + " |")
            }
        }
        return lines
    }
}
