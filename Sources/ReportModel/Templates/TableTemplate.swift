/// A table of the national format, as data: its rows and columns with the labels real reports use.
///
/// Templates live in `Schema/templates/` as JSON and are built into the program. The parser anchors on their
/// labels; checks and diffs use their keys.
public struct TableTemplate: Sendable, Hashable, Decodable {
    /// The template's id (`table3-2021`).
    public let id: String
    /// The table's number in the format: 2, 3 or 4.
    public let table: Int
    /// The format year: 2021 (国办公开办函〔2021〕30号) or 2019 (the trial format).
    public let format: Int
    /// The table's name (`收到和处理政府信息公开申请情况`).
    public let name: String
    /// What people call the table: `表三`. Every message, page and workbook names a table this way.
    public var shortName: String { Self.shortName(table) }
    /// The document that fixes the format.
    public let source: String?
    /// Labels that appear only in this version of the table; they tell the 2019 table 2 from the 2021 one.
    public let markers: [String]
    /// Texts that start the table when no row label has been seen yet.
    public let anchors: [String]
    /// The note printed in the table's corner, if any (table 3's 勾稽关系).
    public let note: String?
    /// The columns in order.
    public let columns: [ColumnTemplate]
    /// The rows in order, group rows (labels without cells) included.
    public let rows: [RowTemplate]

    enum CodingKeys: String, CodingKey {
        case id, table, format, name, source, markers, anchors, note, columns, rows
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        table = try container.decode(Int.self, forKey: .table)
        format = try container.decode(Int.self, forKey: .format)
        name = try container.decode(String.self, forKey: .name)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        markers = try container.decodeIfPresent([String].self, forKey: .markers) ?? []
        anchors = try container.decodeIfPresent([String].self, forKey: .anchors) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
        columns = try container.decode([ColumnTemplate].self, forKey: .columns)
        rows = try container.decode([RowTemplate].self, forKey: .rows)
    }

    /// A template from its parts: what `Schema/templates/` says, with the defaults ``init(from:)`` fills in.
    init(
        id: String, table: Int, format: Int, name: String, source: String?, markers: [String], anchors: [String],
        note: String?, columns: [ColumnTemplate], rows: [RowTemplate]
    ) {
        self.id = id
        self.table = table
        self.format = format
        self.name = name
        self.source = source
        self.markers = markers
        self.anchors = anchors
        self.note = note
        self.columns = columns
        self.rows = rows
    }

    /// The rows that hold cells, in order.
    public var dataRows: [RowTemplate] { rows.filter { !$0.group } }

    /// The row with a key.
    public func row(_ key: String) -> RowTemplate? { rows.first { $0.key == key } }

    /// The rows a report's table is shown and written with: every row, but an optional one (the 2019 format's
    /// 第二十条第（九）项 政府集中采购) only where the report wrote in it, and an optional group only over a row shown: a
    /// report that left it out never had it, and a row of 缺失 marks would ask the clerk for it. The Word export,
    /// the report page and the print view draw these.
    public func drawnRows(in table: Table) -> [RowTemplate] {
        let written = Set(table.rows.filter { $0.cells.contains { $0.text != nil } }.map(\.key))
        let shown = dataRows.filter { !$0.optional || written.contains($0.key) }
        return rows.filter { row in
            guard row.optional else { return true }
            return row.group ? shown.contains { $0.path.starts(with: row.path) } : written.contains(row.key)
        }
    }

    /// The column with a key.
    public func column(_ key: String) -> ColumnTemplate? { columns.first { $0.key == key } }

    /// The columns a row has cells in: the row's own list, or every column.
    public func columns(of row: RowTemplate) -> [ColumnTemplate] {
        guard let keys = row.columns else { return columns }
        return keys.compactMap { key in columns.first { $0.key == key } }
    }
}

/// A column of a template table.
public struct ColumnTemplate: Sendable, Hashable, Decodable {
    /// The column's key, unique in its table.
    public let key: String
    /// The labels from the outermost header down.
    public let path: [String]
    /// Other ways reports type the innermost label.
    public let variants: [String]
    /// Whether the column's numbers may have decimals (amounts in 万元).
    public let decimal: Bool
    /// Whether the column's numbers may be negative (本年增/减).
    public let signed: Bool
    /// What the column's numbers are counted in: an amount (``decimal``) in the unit its header names (`万元`),
    /// or a count.
    public let unit: ColumnUnit

    enum CodingKeys: String, CodingKey { case key, path, variants, decimal, signed, unit }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        path = try container.decode([String].self, forKey: .path)
        variants = try container.decodeIfPresent([String].self, forKey: .variants) ?? []
        decimal = try container.decodeIfPresent(Bool.self, forKey: .decimal) ?? false
        signed = try container.decodeIfPresent(Bool.self, forKey: .signed) ?? false
        let unit = try container.decodeIfPresent(String.self, forKey: .unit)
        self.unit = decimal ? .amount(unit) : .count
    }

    /// A column from its parts, the unit already derived from `decimal` and the header's unit.
    init(key: String, path: [String], variants: [String], decimal: Bool, signed: Bool, unit: ColumnUnit) {
        self.key = key
        self.path = path
        self.variants = variants
        self.decimal = decimal
        self.signed = signed
        self.unit = unit
    }

    /// The innermost label.
    public var label: String { path.last ?? key }

    /// The innermost label and its variants, as keys.
    public var labelKeys: [LabelKey] { ([label] + variants).map(LabelKey.init) }
}

/// A row of a template table: a data row with cells, or a group label above data rows.
public struct RowTemplate: Sendable, Hashable, Decodable {
    /// The row's key, unique in its table.
    public let key: String
    /// The labels from the outermost group down; the last one is the row's own.
    public let path: [String]
    /// Other ways reports type the row's own label.
    public let variants: [String]
    /// Whether this is a group label without cells of its own.
    public let group: Bool
    /// The keys of the columns this row has cells in; `nil` means every column.
    public let columns: [String]?
    /// Whether a report may leave the row out without the table being incomplete.
    public let optional: Bool

    enum CodingKeys: String, CodingKey { case key, path, variants, group, columns, optional }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        path = try container.decode([String].self, forKey: .path)
        variants = try container.decodeIfPresent([String].self, forKey: .variants) ?? []
        group = try container.decodeIfPresent(Bool.self, forKey: .group) ?? false
        columns = try container.decodeIfPresent([String].self, forKey: .columns)
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }

    /// A row from its parts.
    init(key: String, path: [String], variants: [String], group: Bool, columns: [String]?, optional: Bool) {
        self.key = key
        self.path = path
        self.variants = variants
        self.group = group
        self.columns = columns
        self.optional = optional
    }

    /// The row's own label.
    public var label: String { path.last ?? key }

    /// The row's own label and its variants, as keys.
    public var labelKeys: [LabelKey] { ([label] + variants).map(LabelKey.init) }
}

extension TableTemplate {
    /// What people call table `number` of the national format: `表二`, `表三`, `表四`.
    public static func shortName(_ number: Int) -> String { "表" + ChineseNumerals.string(number) }

    /// What people call the table in English: `Table 3`.
    public static func englishName(_ number: Int) -> String { "Table \(number)" }

    /// The table's name in the process's language (``Language``): ``shortName(_:)``, or ``englishName(_:)`` with
    /// `--lang en`.
    public static func spokenName(_ number: Int) -> String { Language.pick(shortName(number), englishName(number)) }
}
