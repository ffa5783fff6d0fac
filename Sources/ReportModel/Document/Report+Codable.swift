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
        try ReportForm(title: title, agency: agency, year: year, preamble: preamble, sections: sections)
            .encode(to: encoder)
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
        try SectionForm(heading: heading, number: number?.text, title: title, blocks: blocks, sections: sections)
            .encode(to: encoder)
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
        switch self {
        case .paragraph(let paragraph):
            try ParagraphForm(text: paragraph.text).encode(to: encoder)
        case .table(let table):
            let cells = table.cells.map { row, cell in
                CellRecord(
                    row: row.path, rowKey: row.key, column: table.columnPath(cell.column), columnKey: cell.column,
                    text: cell.text, value: cell.value)
            }
            try TableForm(
                template: table.template, table: table.templateDefinition?.table,
                format: table.templateDefinition?.format, columns: table.columns, cells: cells
            ).encode(to: encoder)
        }
    }
}

// The JSON forms written: every key present, `null` where the report has no value (``NullEncodable``).

/// A report.
private struct ReportForm: Encodable {
    @NullEncodable var title: String?
    @NullEncodable var agency: String?
    @NullEncodable var year: Int?
    var preamble: [Block]
    var sections: [Section]
}

/// A section.
private struct SectionForm: Encodable {
    var heading: String
    @NullEncodable var number: String?
    var title: String
    var blocks: [Block]
    var sections: [Section]
}

/// A paragraph block.
private struct ParagraphForm: Encodable {
    var type = "paragraph"
    var text: String
}

/// A table block.
private struct TableForm: Encodable {
    var type = "table"
    @NullEncodable var template: String?
    @NullEncodable var table: Int?
    @NullEncodable var format: Int?
    var columns: [TableColumn]
    var cells: [CellRecord]
}

/// One cell as the JSON form lists it: both label paths, both keys, the text and the value, and whether it is
/// missing.
struct CellRecord: Codable {
    var row: [String]
    var rowKey: String
    var column: [String]
    var columnKey: String
    @NullEncodable var text: String?
    @NullEncodable var value: Decimal?
    /// Written for readers (`text == nil`); not read back.
    private(set) var missing: Bool

    init(row: [String], rowKey: String, column: [String], columnKey: String, text: String?, value: Decimal?) {
        self.row = row
        self.rowKey = rowKey
        self.column = column
        self.columnKey = columnKey
        self.text = text
        self.value = value
        missing = text == nil
    }

    private enum CodingKeys: String, CodingKey { case row, rowKey, column, columnKey, text, value, missing }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            row: try container.decode([String].self, forKey: .row),
            rowKey: try container.decode(String.self, forKey: .rowKey),
            column: try container.decode([String].self, forKey: .column),
            columnKey: try container.decode(String.self, forKey: .columnKey),
            text: try container.decodeIfPresent(String.self, forKey: .text),
            value: try container.decodeIfPresent(Decimal.self, forKey: .value))
    }
}
