/// Errors of diff, merge, history and blame.
public enum DiffError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A renderer could not encode the result.
    case encodingFailed(format: String, reason: String)
    /// A unit id names nothing in the report it was looked up in.
    case unitNotFound(UnitID, in: String)
    /// A history or blame was asked of no revisions.
    case noRevisions
    /// A unit id given on the command line is not one.
    case malformedUnitID(String)

    /// What went wrong, for a person.
    var englishDescription: String {
        switch self {
        case .encodingFailed(let format, let reason):
            "The diff could not be written as \(format): \(reason)"
        case .unitNotFound(let unit, let place):
            "\(place) has no unit \(unit)"
        case .noRevisions:
            "There are no revisions to follow"
        case .malformedUnitID(let text):
            "\(text) is not a unit id (e.g. section:三/table:table3/cell:received:total, section:一/paragraph:2)"
        }
    }
}
