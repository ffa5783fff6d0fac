/// An object ready to store or send: its id, its kind and its canonical bytes.
public struct EncodedObject: Sendable, Hashable {
    /// The SHA-256 of ``bytes``.
    public let id: ObjectID
    /// The object's kind.
    public let kind: ObjectKind
    /// The canonical encoding.
    public let bytes: [UInt8]

    /// Encodes an object.
    public init(_ object: CanonicalObject) {
        let bytes = object.encoded()
        self.id = ObjectID.hashing(bytes)
        self.kind = object.kind
        self.bytes = bytes
    }

    /// Checks bytes received under a name: they must hash to it and decode as a canonical object.
    ///
    /// - Throws: ``ModelError/hashMismatch(expected:actual:)`` or ``ModelError/malformedObject(kind:offset:reason:)``.
    public init(verifying bytes: [UInt8], as expected: ObjectID) throws(ModelError) {
        let actual = ObjectID.hashing(bytes)
        guard actual == expected else { throw ModelError.hashMismatch(expected: expected, actual: actual) }
        let object = try CanonicalObject.decode(bytes)
        self.id = actual
        self.kind = object.kind
        self.bytes = bytes
    }

    /// Wraps bytes whose id and kind the caller has already checked (a store reading back what it verified in
    /// full when it wrote it, and whose hash it has just checked again).
    public init(checked bytes: [UInt8], id: ObjectID, kind: ObjectKind) {
        self.id = id
        self.kind = kind
        self.bytes = bytes
    }

    /// Decodes the bytes.
    public func decoded() throws(ModelError) -> CanonicalObject {
        try CanonicalObject.decode(bytes)
    }
}
