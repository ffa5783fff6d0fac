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
    public var old: ReportSummary
    /// The newer report's title, agency and year.
    public var new: ReportSummary
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
        public var sectionsAdded: Int
        public var sectionsRemoved: Int
        public var sectionsModified: Int
        public var sectionsMoved: Int
        public var sectionsRenumbered: Int
        public var paragraphsAdded: Int
        public var paragraphsRemoved: Int
        public var paragraphsModified: Int
        public var paragraphsMoved: Int
        public var cellsChanged: Int
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
        public var moved: Bool
        public var renumbered: Bool
        public var retitled: Bool
        /// The older side, `null` when added.
        public var old: SectionSideEntry?
        /// The newer side, `null` when removed.
        public var new: SectionSideEntry?
    }

    /// One side of a section.
    public struct SectionSideEntry: Sendable, Hashable, Codable {
        public var unit: String
        public var heading: String
        public var number: String?
        public var numberPath: [String]
        public var title: String
    }

    /// One paragraph that changed.
    public struct ParagraphEntry: Sendable, Hashable, Codable {
        public var unit: String
        /// The number path of the section it is listed under (empty for the preamble).
        public var section: [String]
        public var status: ChangeStatus
        public var moved: Bool
        public var old: String?
        public var new: String?
        /// For a modified paragraph, the character diff: `{"op": "equal" | "delete" | "insert", "text": …}`.
        public var segments: [Segment]
    }

    /// A piece of a character diff.
    public struct Segment: Sendable, Hashable, Codable {
        public var op: TextSegment.Operation
        public var text: String
    }

    /// One table.
    public struct TableEntry: Sendable, Hashable, Codable {
        public var unit: String
        /// `table2`, `table3`, `table4`, or `grid1` … for tables that match no template.
        public var table: String
        public var section: [String]
        public var status: ChangeStatus
        public var oldTemplate: String?
        public var newTemplate: String?
        public var templateChanged: Bool
        public var cellsChanged: Int
        /// Cells only the older table has (not compared).
        public var onlyOld: [CellEntry]
        /// Cells only the newer table has (not compared).
        public var onlyNew: [CellEntry]
    }

    /// One changed cell.
    public struct ChangedCell: Sendable, Hashable, Codable {
        public var unit: String
        public var table: String
        public var template: String?
        public var section: [String]
        /// The row's label path.
        public var row: [String]
        /// The column's label path.
        public var column: [String]
        public var rowKey: String
        public var columnKey: String
        /// The older text (`null` when it could not be read).
        public var old: String?
        /// The newer text (`null` when it could not be read).
        public var new: String?
        public var oldValue: Decimal?
        public var newValue: Decimal?
        /// `newValue − oldValue` when both are numbers, else `null`.
        public var delta: Decimal?
    }
}

// Optional fields are written as `null` rather than left out, so that every documented field is always present.

extension DiffDocument {
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
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(section, forKey: .section)
        try container.encode(status, forKey: .status)
        try container.encode(moved, forKey: .moved)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(segments, forKey: .segments)
    }
}

extension DiffDocument.TableEntry {
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
