/// Writes the canonical encoding of one object (specified in `Schema/canonical-encoding.md`).
///
/// An object is a header line `nianbao-object 1 KIND` followed by fields, one per line: a name, then values
/// separated by single spaces. A value is a text (`LENGTH:BYTES`, the length in UTF-8 bytes), an absent value
/// (`-`) or a reference (`KIND:HEX`). Nothing else varies, so the same value always has the same bytes.
public struct CanonicalWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    /// Starts an object of a kind.
    public init(kind: ObjectKind) {
        bytes = []
        bytes.reserveCapacity(256)
        bytes += kind.headerLine
    }

    /// Writes a field with its values.
    public mutating func field(_ name: String, _ values: CanonicalValue...) {
        field(name, values)
    }

    /// Writes a field with its values.
    public mutating func field(_ name: String, _ values: [CanonicalValue]) {
        bytes += name.utf8
        for value in values {
            bytes.append(UInt8(ascii: " "))
            switch value {
            case .text(let text):
                let utf8 = Array(text.utf8)
                bytes += String(utf8.count).utf8
                bytes.append(UInt8(ascii: ":"))
                bytes += utf8
            case .absent:
                bytes.append(UInt8(ascii: "-"))
            case .reference(let kind, let id):
                bytes += kind.rawValue.utf8
                bytes.append(UInt8(ascii: ":"))
                bytes += id.hex.utf8
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }
}

/// A value in a field of the canonical encoding.
public enum CanonicalValue: Sendable, Hashable {
    /// A text, stored with its length.
    case text(String)
    /// No value.
    case absent
    /// A reference to another object.
    case reference(ObjectKind, ObjectID)

    /// A text, or absent when `nil`.
    public static func optional(_ text: String?) -> CanonicalValue {
        text.map(CanonicalValue.text) ?? .absent
    }
}
