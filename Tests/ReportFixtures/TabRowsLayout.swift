/// Tab-separated rows as Word tables pasted into text give them (seeds 002–004).
enum TabRowsLayout {
    static func lines(_ shape: TableShape, random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        var previous: [String] = []
        for line in shape.lines {
            switch line {
            case .caption(let text):
                lines.append(text + "\t\t\t")
            case .header(let cells):
                let texts = cells.map { cell in (cell ?? "").replacingFirstCJKPair(with: random.chance(0.5)) }
                lines.append(texts.joined(separator: "\t"))
            case .group(let text):
                lines.append(text)
            case .row(let path, let cells):
                let values = cells.joined(separator: "\t")
                switch path.count {
                case 0:
                    lines.append(values)
                case 1:
                    // A label spanning the two label columns leaves an empty cell; table 2's rows pad to the right.
                    let padding = String(repeating: "\t", count: max(0, 3 - cells.count))
                    lines.append(shape.number == 3 ? "\(path[0])\t\t\(values)\t" : "\(path[0])\t\(values)\(padding)")
                default:
                    // Group labels only on the first row of their group, in leading cells.
                    var cellsBefore: [String] = []
                    for (depth, label) in path.dropLast().enumerated() {
                        cellsBefore.append(
                            previous.count > depth && previous[depth] == label ? "" : spaced(label, &random))
                    }
                    let lostLeadingCells = random.chance(0.2) && path.count == 3
                    let label = spaced(path[path.count - 1], &random)
                    if lostLeadingCells {
                        lines.append("\(label)\t\t\(values)\t")
                    } else {
                        lines.append((cellsBefore + [label, values]).joined(separator: "\t"))
                    }
                }
                previous = path
            }
        }
        return lines
    }

    /// `（三）不予公开` → `(三) 不予公开`, `1.属于` → `1. 属于`, as some offices type them.
    static func spaced(_ label: String, _ random: inout SeededRandom) -> String {
        guard random.chance(0.5) else { return label }
        var text = label
        if text.hasPrefix("（"), let close = text.firstIndex(of: "）") {
            text = "(" + text[text.index(after: text.startIndex)..<close] + ") " + text[text.index(after: close)...]
        } else if let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) <= 2 {
            text = text[...dot] + " " + text[text.index(after: dot)...]
        }
        return text
    }
}

extension String {
    /// `结果维持` → `结果 维持` when asked: header cells split by a space.
    func replacingFirstCJKPair(with split: Bool) -> String {
        guard split, count == 4, !contains(" ") else { return self }
        return String(prefix(2)) + " " + String(suffix(2))
    }
}
