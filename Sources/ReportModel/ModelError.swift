/// Errors of the report model: unreadable templates and canonical objects that do not decode or verify.
public enum ModelError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A template file built into the program could not be read.
    case templateUnreadable(file: String, reason: String)
    /// An object's bytes do not follow the canonical encoding.
    case malformedObject(kind: String?, offset: Int, reason: String)
    /// An object's bytes do not hash to the name it was stored or sent under.
    case hashMismatch(expected: ObjectID, actual: ObjectID)
    /// An object refers to another object that is not available.
    case missingObject(ObjectID, referencedBy: ObjectID?)
    /// An object is of another kind than the place that refers to it expects.
    case unexpectedKind(ObjectID, expected: ObjectKind, found: ObjectKind)
    /// A template table refers to a template this program does not know.
    case unknownTemplate(String)

    var englishDescription: String {
        switch self {
        case .templateUnreadable(let file, let reason):
            "The template file Schema/templates/\(file) cannot be read: \(reason)"
        case .malformedObject(let kind, let offset, let reason):
            "A stored \(kind ?? "object") is malformed at byte \(offset): \(reason)"
        case .hashMismatch(let expected, let actual):
            "Object \(expected.hex) is corrupt: its bytes hash to \(actual.hex)"
        case .missingObject(let id, let parent):
            if let parent {
                "Object \(id.hex), referenced by \(parent.hex), is missing"
            } else {
                "Object \(id.hex) is missing"
            }
        case .unexpectedKind(let id, let expected, let found):
            "Object \(id.hex) is a \(found.rawValue) where a \(expected.rawValue) was expected"
        case .unknownTemplate(let id):
            "The table template \(id) is unknown to this version of nianbao"
        }
    }
}
