import Foundation

// The JSON form of a report (`nianbao parse --format json`), documented in Schema/report-json.md.
// Stable: fields are only ever added.

extension Report: Codable {
    enum CodingKeys: String, CodingKey { case title, agency, year, preamble, sections }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try container.decodeIfPresent(String.self, forKey: .title),
            agency: try container.decodeIfPresent(String.self, forKey: .agency),
            year: try container.decodeIfPresent(Int.self, forKey: .year),
            preamble: try container.decodeIfPresent([Block].self, forKey: .preamble) ?? [],
            sections: try container.decodeIfPresent([Section].self, forKey: .sections) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(agency, forKey: .agency)
        try container.encode(year, forKey: .year)
        try container.encode(preamble, forKey: .preamble)
        try container.encode(sections, forKey: .sections)
    }
}

extension Section: Codable {
    enum CodingKeys: String, CodingKey { case heading, number, title, blocks, sections }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            heading: try container.decode(String.self, forKey: .heading),
            blocks: try container.decodeIfPresent([Block].self, forKey: .blocks) ?? [],
            sections: try container.decodeIfPresent([Section].self, forKey: .sections) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(number?.text, forKey: .number)
        try container.encode(title, forKey: .title)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(sections, forKey: .sections)
    }
}

extension Block: Codable {
    enum CodingKeys: String, CodingKey { case type, text, template, table, format, columns, cells }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "paragraph":
            self = .paragraph(Paragraph(try container.decode(String.self, forKey: .text)))
        case "table":
            let template = try container.decodeIfPresent(String.self, forKey: .template)
            let columns = try container.decode([TableColumn].self, forKey: .columns)
            var rows: [TableRow] = []
            for cell in try container.decode([CellRecord].self, forKey: .cells) {
                if rows.last?.key != cell.rowKey {
                    rows.append(TableRow(key: cell.rowKey, path: cell.row, cells: []))
                }
                rows[rows.count - 1].cells.append(Cell(column: cell.columnKey, text: cell.text))
            }
            self = .table(Table(template: template, columns: columns, rows: rows))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown block type \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let paragraph):
            try container.encode("paragraph", forKey: .type)
            try container.encode(paragraph.text, forKey: .text)
        case .table(let table):
            try container.encode("table", forKey: .type)
            try container.encode(table.template, forKey: .template)
            try container.encode(table.templateDefinition?.table, forKey: .table)
            try container.encode(table.templateDefinition?.format, forKey: .format)
            try container.encode(table.columns, forKey: .columns)
            let cells = table.cells.map { row, cell in
                CellRecord(
                    row: row.path, rowKey: row.key, column: table.columnPath(cell.column), columnKey: cell.column,
                    text: cell.text, value: cell.value)
            }
            try container.encode(cells, forKey: .cells)
        }
    }
}


/// One cell as the JSON form lists it: both label paths, both keys, the text and the value.
struct CellRecord: Codable {
    var row: [String]
    var rowKey: String
    var column: [String]
    var columnKey: String
    var text: String?
    var value: Decimal?

    enum CodingKeys: String, CodingKey { case row, rowKey, column, columnKey, text, value, missing }

    init(row: [String], rowKey: String, column: [String], columnKey: String, text: String?, value: Decimal?) {
        self.row = row
        self.rowKey = rowKey
        self.column = column
        self.columnKey = columnKey
        self.text = text
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        row = try container.decode([String].self, forKey: .row)
        rowKey = try container.decode(String.self, forKey: .rowKey)
        column = try container.decode([String].self, forKey: .column)
        columnKey = try container.decode(String.self, forKey: .columnKey)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        value = try container.decodeIfPresent(Decimal.self, forKey: .value)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(row, forKey: .row)
        try container.encode(rowKey, forKey: .rowKey)
        try container.encode(column, forKey: .column)
        try container.encode(columnKey, forKey: .columnKey)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(text == nil, forKey: .missing)
    }
}
