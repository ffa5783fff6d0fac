public import Foundation
public import ReportModel

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
    @NullEncodable public var yearShift: YearShift?
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
        @NullEncodable public var old: SectionSideEntry?
        /// The newer side, `null` when removed.
        @NullEncodable public var new: SectionSideEntry?
    }

    /// One side of a section.
    public struct SectionSideEntry: Sendable, Hashable, Codable {
        /// The unit id (see Schema/diff-json.md).
        public var unit: String
        /// The heading as typed.
        public var heading: String
        /// The number as typed, if any.
        @NullEncodable public var number: String?
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
        @NullEncodable public var oldUnit: String?
        /// The older text.
        @NullEncodable public var old: String?
        /// The newer text.
        @NullEncodable public var new: String?
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
        @NullEncodable public var oldText: String?
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
        @NullEncodable public var oldTemplate: String?
        /// The newer table's template id.
        @NullEncodable public var newTemplate: String?
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
        @NullEncodable public var template: String?
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
        @NullEncodable public var old: String?
        /// The newer text (`null` when it could not be read).
        @NullEncodable public var new: String?
        /// The older number, if the text is one.
        @NullEncodable public var oldValue: Decimal?
        /// The newer number, if the text is one.
        @NullEncodable public var newValue: Decimal?
        /// `newValue − oldValue` when both are numbers, else `null`.
        @NullEncodable public var delta: Decimal?
    }
}
