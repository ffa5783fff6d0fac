/// Tables as `pdftotext -raw` and web pages give them: one row per line, words separated by single spaces, long
/// labels wrapped over two lines with the numbers after the label's second half or alone on the next line; rows
/// that lost a value; and whole tables in plain `pdftotext`'s scrambled order, numbers in column blocks before their
/// labels.
enum RawLayout {
    /// The lines of a table, and the cells the text no longer determines.
    static func lines(
        _ shape: TableShape, noise: TextNoise, random: inout SeededRandom, undetermined: inout Set<CellKey>
    ) -> [String] {
        if random.chance(noise.scrambleTable) {
            for (row, columns) in shape.keys {
                for column in columns { undetermined.insert(CellKey(table: shape.number, row: row, column: column)) }
            }
            return scrambled(shape)
        }
        var lines: [String] = []
        var previous: [String] = []
        var rowIndex = 0
        for line in shape.lines {
            switch line {
            case .caption(let text): lines.append(text)
            case .group(let text): lines.append(text)
            case .header(let cells):
                let words = cells.compactMap { $0 }
                if !words.isEmpty { lines.append(words.joined(separator: " ")) }
            case .row(let path, let cells):
                let (rowKey, columns) = shape.keys[rowIndex]
                rowIndex += 1
                var values = cells
                if random.chance(noise.dropValue), !values.isEmpty {
                    values.remove(at: random.int(0...(values.count - 1)))
                    // One value less: which column each of the rest is in is no longer certain. Table 4's single
                    // row is then unreadable as a whole.
                    for column in columns {
                        undetermined.insert(CellKey(table: shape.number, row: rowKey, column: column))
                    }
                }
                var groups: [String] = []
                for (depth, label) in path.dropLast().enumerated()
                where !(previous.count > depth && previous[depth] == label) {
                    groups.append(label)
                }
                previous = path
                let label = path.last ?? ""
                let numbers = values.joined(separator: " ")
                var labelLines = [(groups + [label]).filter { !$0.isEmpty }.joined(separator: " ")]
                if label.count > 12, random.chance(noise.wrapLabels) {
                    // Wrapped where a table cell's width ends: the first line keeps enough of the label to name it.
                    let characters = Array(label)
                    let cut = random.int(8...(characters.count - 2))
                    labelLines = [
                        (groups + [String(characters[..<cut])]).joined(separator: " "), String(characters[cut...]),
                    ]
                }
                if labelLines == [""] {
                    lines.append(numbers)
                } else if random.chance(noise.numbersAlone) || numbers.isEmpty {
                    lines += labelLines
                    if !numbers.isEmpty { lines.append(numbers) }
                } else {
                    lines += labelLines.dropLast() + [(labelLines.last ?? "") + " " + numbers]
                }
            }
        }
        return lines
    }

    /// Plain `pdftotext` order: header words one per line, then the numbers, column after column, before any label
    /// (table 4: the numbers interleaved with the last header words), then the labels.
    static func scrambled(_ shape: TableShape) -> [String] {
        var header: [String] = []
        var labels: [String] = []
        var rows: [[String]] = []
        for line in shape.lines {
            switch line {
            case .caption(let text), .group(let text): header.append(text)
            case .header(let cells): header += cells.compactMap { $0 }
            case .row(let path, let cells):
                labels += path.suffix(1)
                rows.append(cells)
            }
        }
        let width = rows.map(\.count).max() ?? 0
        var numbers: [String] = []
        for column in 0..<width {
            for row in rows where column < row.count { numbers.append(row[column]) }
        }
        if shape.number == 4, numbers.count > 1 {
            // 行政复议 … 结果维持 …: fourteen numbers, a header word, the last number.
            return header.dropLast() + numbers.dropLast() + header.suffix(1) + numbers.suffix(1)
        }
        return header + numbers + labels
    }
}

/// How text from a PDF or a web page breaks a table: the chance of each kind of noise, per row or per table.
public struct TextNoise: Sendable, Hashable, CustomStringConvertible {
    /// A long row label wrapped over two lines.
    public var wrapLabels: Double
    /// The row's numbers alone on the line after its label.
    public var numbersAlone: Double
    /// A row that lost one of its values.
    public var dropValue: Double
    /// A whole table in plain `pdftotext`'s scrambled order.
    public var scrambleTable: Double

    /// Creates a noise.
    public init(wrapLabels: Double = 0, numbersAlone: Double = 0, dropValue: Double = 0, scrambleTable: Double = 0) {
        self.wrapLabels = wrapLabels
        self.numbersAlone = numbersAlone
        self.dropValue = dropValue
        self.scrambleTable = scrambleTable
    }

    public var description: String {
        "wrap \(wrapLabels), alone \(numbersAlone), drop \(dropValue), scramble \(scrambleTable)"
    }
}

/// A cell of a generated report: table number, row key, column key.
public struct CellKey: Hashable, Sendable, CustomStringConvertible {
    public let table: Int
    public let row: String
    public let column: String

    /// Creates a cell key.
    public init(table: Int, row: String, column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    public var description: String { "table \(table) \(row) × \(column)" }
}
