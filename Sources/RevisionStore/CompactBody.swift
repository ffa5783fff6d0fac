import ReportModel

/// The compact form in which the `object` table stores canonical encodings (specified in `Schema/store.md`).
///
/// A canonical object spells each reference as a kind and 64 hexadecimal digits and each field name in full; here a
/// field name is a one-byte code, lengths are varints, and a reference is the referenced object's row id. The
/// canonical bytes, and therefore the object's SHA-256, are rebuilt exactly, so nothing is lost: a one-cell edit
/// that makes a new table object costs a few bytes per row reference instead of about seventy.
///
/// ```
/// body  = *field
/// field = name-code varint(count) count*value        ; name-code 0 is followed by varint(length) and the name
/// value = varint(0)                                  ; absent
///       / varint(2 × length + 1) length*OCTET         ; text
///       / varint(2 × kind-code) varint(row id)        ; reference (kind-code ≥ 1)
/// ```
enum CompactBody {
    /// Field names by code (code = index + 1). Fixed forever; a name not in the list is spelled out after code 0.
    static let fieldNames = [
        "title", "agency", "year", "block", "section", "heading", "text", "template", "column", "row", "key", "path",
        "cell", "report", "root", "parent", "author", "node", "time", "message",
    ]

    private static let fieldCodes: [String: UInt8] = Dictionary(
        uniqueKeysWithValues: fieldNames.enumerated().map { ($0.element, UInt8($0.offset + 1)) })

    /// Object kinds by their code in the `object_kind` table.
    static let kindCodes: [ObjectKind: Int] = [
        .report: 1, .section: 2, .paragraph: 3, .table: 4, .row: 5, .revision: 6, .blob: 7,
    ]

    /// The kind stored under a code, if any.
    static func kind(code: Int) -> ObjectKind? {
        kindCodes.first { $0.value == code }?.key
    }

    /// The code of a kind.
    static func code(of kind: ObjectKind) -> Int {
        kindCodes[kind] ?? 0
    }

    /// Writes a decoded canonical object in compact form.
    ///
    /// - Parameters:
    ///   - object: The object's fields, as ``CanonicalReader`` reads them.
    ///   - rowID: The row id of a referenced object; throws when the store does not have it.
    static func encode(_ object: CanonicalReader, rowID: (ObjectKind, ObjectID) throws -> Int64) rethrows -> [UInt8] {
        // A blob has no fields: its body is its bytes, as they are.
        guard object.kind != .blob else { return object.payload }
        var out: [UInt8] = []
        out.reserveCapacity(128)
        for field in object.fields {
            if let code = fieldCodes[field.name] {
                out.append(code)
            } else {
                out.append(0)
                appendVarint(UInt64(field.name.utf8.count), to: &out)
                out += field.name.utf8
            }
            appendVarint(UInt64(field.values.count), to: &out)
            for value in field.values {
                switch value {
                case .absent:
                    out.append(0)
                case .text(let text):
                    appendVarint(UInt64(text.utf8.count) * 2 + 1, to: &out)
                    out += text.utf8
                case .reference(let kind, let id):
                    appendVarint(UInt64(code(of: kind)) * 2, to: &out)
                    appendVarint(UInt64(try rowID(kind, id)), to: &out)
                }
            }
        }
        return out
    }

    /// Rebuilds the canonical bytes of an object from its compact body.
    ///
    /// - Parameters:
    ///   - body: The stored body.
    ///   - kind: The object's kind.
    ///   - objectID: The id of the object a reference names by row id, given the kind the reference expects.
    /// - Throws: ``CompactBodyError`` when the body is not a compact body; whatever `objectID` throws.
    static func canonicalBytes(
        of body: [UInt8], kind: ObjectKind, objectID: (Int64, ObjectKind) throws -> ObjectID
    ) throws -> [UInt8] {
        var writer = CanonicalWriter(kind: kind)
        guard kind != .blob else { return writer.bytes + body }
        var position = 0
        while position < body.count {
            let code = Int(body[position])
            position += 1
            let name: String
            if code == 0 {
                // (a damaged body may say any length: one past `Int.max` is refused, not trapped on)
                guard let length = Int(exactly: try readVarint(body, at: &position)), length <= body.count - position
                else { throw CompactBodyError(offset: position) }
                name = String(decoding: body[position..<(position + length)], as: UTF8.self)
                position += length
            } else {
                guard code <= fieldNames.count else { throw CompactBodyError(offset: position - 1) }
                name = fieldNames[code - 1]
            }
            let count = try readVarint(body, at: &position)
            guard count <= UInt64(body.count - position) else { throw CompactBodyError(offset: position) }
            var values: [CanonicalValue] = []
            values.reserveCapacity(Int(count))
            for _ in 0..<count {
                let tag = try readVarint(body, at: &position)
                if tag == 0 {
                    values.append(.absent)
                } else if tag & 1 == 1 {
                    let length = Int(tag >> 1)
                    guard length <= body.count - position else { throw CompactBodyError(offset: position) }
                    values.append(.text(String(decoding: body[position..<(position + length)], as: UTF8.self)))
                    position += length
                } else {
                    guard tag >> 1 <= 64, let referenced = Self.kind(code: Int(tag >> 1)) else {
                        throw CompactBodyError(offset: position)
                    }
                    let row = try readVarint(body, at: &position)
                    guard row <= UInt64(Int64.max) else { throw CompactBodyError(offset: position) }
                    values.append(.reference(referenced, try objectID(Int64(row), referenced)))
                }
            }
            writer.field(name, values)
        }
        return writer.bytes
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    static func readVarint(_ bytes: [UInt8], at position: inout Int) throws(CompactBodyError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw CompactBodyError(offset: position) }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
    }
}

/// A stored body that is not in compact form: the store was damaged outside nianbao.
struct CompactBodyError: Error, CustomStringConvertible {
    /// Where in the body reading stopped.
    let offset: Int

    var description: String { "its stored body is unreadable at byte \(offset)" }
}

extension CompactBody {
    /// The row ids a compact body refers to, in the order of its fields, without rebuilding the canonical bytes.
    ///
    /// - Parameter kind: The object's kind code: a blob's body is its bytes and refers to nothing.
    /// - Throws: ``CompactBodyError`` when the body is not a compact body.
    static func references(of body: [UInt8], kind: Int) throws(CompactBodyError) -> [Int64] {
        try typedReferences(of: body, kind: kind).map(\.row)
    }

    /// The rows a compact body refers to and the kind code each reference names, in the order of its fields.
    ///
    /// - Parameter kind: The object's kind code: a blob's body is its bytes and refers to nothing.
    /// - Throws: ``CompactBodyError`` when the body is not a compact body.
    static func typedReferences(of body: [UInt8], kind: Int) throws(CompactBodyError) -> [(kind: Int, row: Int64)] {
        guard kind != code(of: .blob) else { return [] }
        var references: [(kind: Int, row: Int64)] = []
        var position = 0
        while position < body.count {
            let code = body[position]
            position += 1
            if code == 0 {
                // (a damaged body may say any length: one past `Int.max` is refused, not trapped on)
                guard let length = Int(exactly: try readVarint(body, at: &position)), length <= body.count - position
                else { throw CompactBodyError(offset: position) }
                position += length
            }
            let count = try readVarint(body, at: &position)
            guard count <= UInt64(body.count - position) else { throw CompactBodyError(offset: position) }
            for _ in 0..<count {
                let tag = try readVarint(body, at: &position)
                if tag == 0 { continue }
                if tag & 1 == 1 {
                    let length = Int(tag >> 1)
                    guard length <= body.count - position else { throw CompactBodyError(offset: position) }
                    position += length
                } else {
                    let row = try readVarint(body, at: &position)
                    guard row <= UInt64(Int64.max), tag >> 1 <= UInt64(Int.max) else {
                        throw CompactBodyError(offset: position)
                    }
                    references.append((Int(tag >> 1), Int64(row)))
                }
            }
        }
        return references
    }
}
