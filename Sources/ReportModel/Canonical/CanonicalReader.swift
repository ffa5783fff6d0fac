/// Reads the canonical encoding back into fields, refusing anything that is not exactly canonical.
public struct CanonicalReader: Sendable {
    /// The object's kind, from its header.
    public let kind: ObjectKind
    /// The fields in order.
    public let fields: [(name: String, values: [CanonicalValue])]
    /// The bytes of a blob, as they are (a blob has no fields); empty for every other kind.
    public let payload: [UInt8]

    /// Reads an object's bytes.
    ///
    /// - Throws: ``ModelError/malformedObject(kind:offset:reason:)`` for anything that deviates from the encoding,
    ///   including a length with a leading zero or text that is not UTF-8, so that every accepted object has
    ///   exactly one encoding.
    public init(_ bytes: [UInt8]) throws(ModelError) {
        try self.init(bytes, fieldsWhile: { _ in true })
    }

    /// Reads an object's header and its fields from the first, up to the first field whose name `keep` refuses:
    /// that field and those after it are neither read nor checked. For a caller that needs only the leading fields
    /// of large objects (the parents of a revision, before its diagnostics).
    ///
    /// - Throws: ``ModelError/malformedObject(kind:offset:reason:)`` for anything in what it reads that deviates
    ///   from the encoding.
    public init(_ bytes: [UInt8], fieldsWhile keep: (String) -> Bool) throws(ModelError) {
        var position = 0
        func fail(_ reason: String, kind: ObjectKind? = nil) -> ModelError {
            .malformedObject(kind: kind?.rawValue, offset: position, reason: reason)
        }
        let prefix = ObjectKind.headerPrefix
        guard bytes.starts(with: prefix) else { throw fail("it does not start with `nianbao-object 1`") }
        position = prefix.count
        guard let headerEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n")),
            let kind = ObjectKind(rawValue: String(decoding: bytes[position..<headerEnd], as: UTF8.self))
        else { throw fail("unknown object kind") }
        self.kind = kind
        position = headerEnd + 1
        guard kind != .blob else {
            self.fields = []
            self.payload = Array(bytes[position...])
            return
        }
        self.payload = []
        var fields: [(name: String, values: [CanonicalValue])] = []
        while position < bytes.count {
            let nameStart = position
            while position < bytes.count, bytes[position] != UInt8(ascii: " "), bytes[position] != UInt8(ascii: "\n") {
                guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[position]) else {
                    throw fail("field names are lowercase letters", kind: kind)
                }
                position += 1
            }
            guard position > nameStart, position < bytes.count else { throw fail("truncated field", kind: kind) }
            let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
            guard keep(name) else { break }
            var values: [CanonicalValue] = []
            while bytes[position] == UInt8(ascii: " ") {
                position += 1
                guard position < bytes.count else { throw fail("truncated value", kind: kind) }
                values.append(try Self.value(in: bytes, at: &position, kind: kind))
                guard position < bytes.count else { throw fail("field not ended by a line feed", kind: kind) }
            }
            guard bytes[position] == UInt8(ascii: "\n") else { throw fail("expected a line feed", kind: kind) }
            position += 1
            fields.append((name, values))
        }
        self.fields = fields
    }

    private static func value(
        in bytes: [UInt8], at position: inout Int, kind: ObjectKind
    ) throws(ModelError)
        -> CanonicalValue
    {
        func fail(_ reason: String) -> ModelError {
            .malformedObject(kind: kind.rawValue, offset: position, reason: reason)
        }
        let first = bytes[position]
        if first == UInt8(ascii: "-") {
            position += 1
            return .absent
        }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            var length = 0
            let start = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                length = length * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                guard length < 1 << 30 else { throw fail("text too long") }
                position += 1
            }
            guard position - start == 1 || first != UInt8(ascii: "0") else { throw fail("length with a leading zero") }
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected `:`") }
            position += 1
            guard position + length <= bytes.count else { throw fail("text runs past the end") }
            let slice = bytes[position..<(position + length)]
            guard let text = String(validating: slice, as: UTF8.self) else { throw fail("text is not UTF-8") }
            position += length
            return .text(text)
        }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: ":") { position += 1 }
        guard let refKind = ObjectKind(rawValue: String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw fail("unknown value")
        }
        position += 1
        guard position + 64 <= bytes.count else { throw fail("truncated reference") }
        let hexBytes = bytes[position..<(position + 64)]
        guard hexBytes.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
            let id = ObjectID(hex: String(decoding: hexBytes, as: UTF8.self))
        else { throw fail("reference is not 64 lowercase hexadecimal digits") }
        position += 64
        return .reference(refKind, id)
    }
}
