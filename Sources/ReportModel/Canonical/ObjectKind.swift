/// The kinds of stored objects. A report is cut into these pieces so that a revision that changes one cell stores
/// only the row, the table, the sections above it and the report root.
public enum ObjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A report root: title, agency, year, preamble, sections.
    case report
    /// A section: its heading, blocks and subsections.
    case section
    /// A paragraph's text.
    case paragraph
    /// A table: its template (or its columns) and its rows.
    case table
    /// One row of a table with its cells.
    case row
    /// A revision: the root of one snapshot of a report, its parents and who made it when.
    case revision
    /// Up to 1 MiB of the bytes of an original file (a .docx, PDF or web page a revision was read from), kept as
    /// they are.
    case blob
}

extension ObjectKind {
    /// What every canonical object starts with, before its kind (`Schema/canonical-encoding.md`).
    public static let headerPrefix = Array("nianbao-object 1 ".utf8)

    /// The first line of an object of this kind: `nianbao-object 1 KIND` and a line feed.
    public var headerLine: [UInt8] { Self.headerPrefix + Array(rawValue.utf8) + [UInt8(ascii: "\n")] }
}
