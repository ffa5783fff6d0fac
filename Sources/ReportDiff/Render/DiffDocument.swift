import Foundation

/// The JSON form of a diff (`nianbao diff --format json`), documented in `Schema/diff-json.md`.
///
/// A stable, versioned contract: fields are only ever added within a version. Lists are flat and in reading order
/// so that a program can take the cells, the sections or the findings without walking a tree.
public struct DiffDocument: Sendable, Hashable, Codable {
    /// The version this program writes.
    public static let currentVersion = 1

    /// Always `nianbao-diff`.
    public var format: String
    /// The version of this shape.
    public var version: Int
    /// The older report's title, agency and year.
    public var old: ScriptHeader
    /// The newer report's title, agency and year.
    public var new: ScriptHeader
    /// The year moving on, when the reports were compared as two years; `null` for two drafts.
    public var yearShift: YearShift?
    /// Counts of what changed.
    public var summary: Counts
    /// The report fields that changed.
    public var fields: [FieldChange]
    /// Every section of both reports, every depth, in reading order.
    public var sections: [SectionEntry]
    /// Every paragraph that is not unchanged.
    public var paragraphs: [ParagraphEntry]
    /// Every table of both reports.
    public var tables: [TableEntry]
    /// Every changed cell, tables in reading order.
    public var cells: [ChangedCell]
    /// The year-over-year findings.
    public var findings: [YearFinding]

    /// Counts of what changed.
    public struct Counts: Sendable, Hashable, Codable {
        /// Sections only in the newer report.
        public var sectionsAdded: Int
        /// Sections only in the older report.
        public var sectionsRemoved: Int
        /// Sections whose content changed.
        public var sectionsModified: Int
        /// Sections that only moved.
        public var sectionsMoved: Int
        /// Sections that were only renumbered.
        public var sectionsRenumbered: Int
        /// Paragraphs only in the newer report.
        public var paragraphsAdded: Int
        /// Paragraphs only in the older report.
        public var paragraphsRemoved: Int
        /// Paragraphs edited in place.
        public var paragraphsModified: Int
        /// Paragraphs that only moved.
        public var paragraphsMoved: Int
        /// Cells that changed.
        public var cellsChanged: Int
        /// Year-over-year findings.
        public var findings: Int
    }

    /// One section: its unit, status and flags, and both sides.
    public struct SectionEntry: Sendable, Hashable, Codable {
        /// The unit id (newer side, or older when removed).
        public var unit: String
        /// `added`, `removed`, `modified`, `moved`, `renumbered` or `unchanged`.
        public var status: ChangeStatus
        /// 1 for top-level sections, 2 below them, and so on.
        public var depth: Int
        /// The number path of the side shown (newer, or older when removed): `["三、", "（二）"]`.
        public var numberPath: [String]
        /// The title of the side shown.
        public var title: String
        /// Whether it moved.
        public var moved: Bool
        /// Whether its number changed in value or style.
        public var renumbered: Bool
        /// Whether its title changed.
        public var retitled: Bool
        /// The older side, `null` when added.
        public var old: SectionSideEntry?
        /// The newer side, `null` when removed.
        public var new: SectionSideEntry?
    }

    /// One side of a section.
    public struct SectionSideEntry: Sendable, Hashable, Codable {
        /// The unit id (see Schema/diff-json.md).
        public var unit: String
        /// The heading as typed.
        public var heading: String
        /// The number as typed, if any.
        public var number: String?
        /// The numbers from the top down, as typed.
        public var numberPath: [String]
        /// The heading without its number.
        public var title: String
    }

    /// One paragraph that changed.
    public struct ParagraphEntry: Sendable, Hashable, Codable {
        /// The unit id (see Schema/diff-json.md).
        public var unit: String
        /// The number path of the section it is listed under (empty for the preamble).
        public var section: [String]
        /// What happened to it.
        public var status: ChangeStatus
        /// Whether it moved.
        public var moved: Bool
        /// For a paragraph moved from another section, its unit id in the older report; `null` otherwise.
        public var oldUnit: String?
        /// The older text.
        public var old: String?
        /// The newer text.
        public var new: String?
        /// For a modified paragraph, the character diff: `{"op": "equal" | "delete" | "insert", "text": …}`.
        public var segments: [Segment]
    }

    /// A piece of a character diff.
    public struct Segment: Sendable, Hashable, Codable {
        /// What happened to the piece.
        public var op: TextSegment.Operation
        /// The piece's text.
        public var text: String
        /// For an `equal` piece whose older text differs to the letter (the year moving on, whitespace), the older
        /// text; `null` otherwise.
        public var oldText: String?

        /// Writes every field, `null` for an absent one.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(op, forKey: .op)
            try container.encode(text, forKey: .text)
            try container.encode(oldText, forKey: .oldText)
        }
    }

    /// One table.
    public struct TableEntry: Sendable, Hashable, Codable {
        /// The unit id (see Schema/diff-json.md).
        public var unit: String
        /// `table2`, `table3`, `table4`, or `grid1` … for tables that match no template.
        public var table: String
        /// The number path of the section it is listed under.
        public var section: [String]
        /// What happened to it.
        public var status: ChangeStatus
        /// The older table's template id.
        public var oldTemplate: String?
        /// The newer table's template id.
        public var newTemplate: String?
        /// Whether the templates differ.
        public var templateChanged: Bool
        /// Cells that changed.
        public var cellsChanged: Int
        /// Cells only the older table has (not compared).
        public var onlyOld: [CellEntry]
        /// Cells only the newer table has (not compared).
        public var onlyNew: [CellEntry]
    }

    /// One changed cell.
    public struct ChangedCell: Sendable, Hashable, Codable {
        /// The unit id (see Schema/diff-json.md).
        public var unit: String
        /// The table's name (`table3`, `grid1`).
        public var table: String
        /// The newer table's template id.
        public var template: String?
        /// The number path of the section it is listed under.
        public var section: [String]
        /// The row's label path.
        public var row: [String]
        /// The column's label path.
        public var column: [String]
        /// The row key.
        public var rowKey: String
        /// The column key.
        public var columnKey: String
        /// The older text (`null` when it could not be read).
        public var old: String?
        /// The newer text (`null` when it could not be read).
        public var new: String?
        /// The older number, if the text is one.
        public var oldValue: Decimal?
        /// The newer number, if the text is one.
        public var newValue: Decimal?
        /// `newValue − oldValue` when both are numbers, else `null`.
        public var delta: Decimal?
    }
}

// Optional fields are written as `null` rather than left out, so that every documented field is always present.

extension DiffDocument {
    /// Writes every field, `null` for an absent one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(version, forKey: .version)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(yearShift, forKey: .yearShift)
        try container.encode(summary, forKey: .summary)
        try container.encode(fields, forKey: .fields)
        try container.encode(sections, forKey: .sections)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(tables, forKey: .tables)
        try container.encode(cells, forKey: .cells)
        try container.encode(findings, forKey: .findings)
    }
}

extension DiffDocument.SectionEntry {
    /// Writes every field, `null` for an absent one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(status, forKey: .status)
        try container.encode(depth, forKey: .depth)
        try container.encode(numberPath, forKey: .numberPath)
        try container.encode(title, forKey: .title)
        try container.encode(moved, forKey: .moved)
        try container.encode(renumbered, forKey: .renumbered)
        try container.encode(retitled, forKey: .retitled)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
    }
}

extension DiffDocument.ParagraphEntry {
    /// Writes every field, `null` for an absent one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(section, forKey: .section)
        try container.encode(status, forKey: .status)
        try container.encode(moved, forKey: .moved)
        try container.encode(oldUnit, forKey: .oldUnit)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(segments, forKey: .segments)
    }
}

extension DiffDocument.TableEntry {
    /// Writes every field, `null` for an absent one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(table, forKey: .table)
        try container.encode(section, forKey: .section)
        try container.encode(status, forKey: .status)
        try container.encode(oldTemplate, forKey: .oldTemplate)
        try container.encode(newTemplate, forKey: .newTemplate)
        try container.encode(templateChanged, forKey: .templateChanged)
        try container.encode(cellsChanged, forKey: .cellsChanged)
        try container.encode(onlyOld, forKey: .onlyOld)
        try container.encode(onlyNew, forKey: .onlyNew)
    }
}

extension DiffDocument.ChangedCell {
    /// Writes every field, `null` for an absent one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(table, forKey: .table)
        try container.encode(template, forKey: .template)
        try container.encode(section, forKey: .section)
        try container.encode(row, forKey: .row)
        try container.encode(column, forKey: .column)
        try container.encode(rowKey, forKey: .rowKey)
        try container.encode(columnKey, forKey: .columnKey)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(oldValue, forKey: .oldValue)
        try container.encode(newValue, forKey: .newValue)
        try container.encode(delta, forKey: .delta)
    }
}
