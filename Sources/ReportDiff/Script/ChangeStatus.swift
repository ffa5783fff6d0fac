public import ReportModel

/// What happened to a unit between the older and the newer report.
public enum ChangeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only in the newer report.
    case added
    /// Only in the older report.
    case removed
    /// In both, with different content (a section's title, paragraphs, tables or subsections; a paragraph's text;
    /// a table's cells).
    case modified
    /// In both with the same content, at another place among its siblings or under another parent.
    case moved
    /// In both with the same content and place, under another number or numbering style.
    case renumbered
    /// In both, the same.
    case unchanged

    /// Whether the unit differs at all.
    public var isChange: Bool { self != .unchanged }
}

/// A field of the report itself that changed: the title, the agency or the year.
public struct FieldChange: Sendable, Hashable, Codable {
    /// The field: ``UnitID/Component/title``, ``UnitID/Component/agency`` or ``UnitID/Component/year``.
    public var unit: UnitID
    /// The older value, or `nil` when the older report has none.
    @NullEncodable public var old: String?
    /// The newer value, or `nil` when the newer report has none.
    @NullEncodable public var new: String?

    /// Creates a field change.
    public init(unit: UnitID, old: String?, new: String?) {
        self.unit = unit
        self.old = old
        self.new = new
    }
}
