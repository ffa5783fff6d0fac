public import ReportModel

/// Whether a named unit reads the same in two documents.
public enum UnitComparison {
    /// Whether `unit` has the same content in both documents (whitespace and character width aside; a unit neither
    /// has counts as the same).
    public static func isSame(_ unit: UnitID, in one: Report, and other: Report) -> Bool {
        func form(_ report: Report) -> String? {
            UnitNaming.locate(unit, in: report).flatMap { UnitContent.fingerprint($0, in: report) }
        }
        return form(one) == form(other)
    }
}
