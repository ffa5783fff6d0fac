import ObjectCodec
public import ReportModel

/// A batch of objects on the wire (`application/x-nianbao-objects`), with an optional JSON header.
///
/// ```
/// batch  = "NBO2" plain / "NBZ2" zstd-frame(plain)                  ; the magic says how the rest is kept
/// plain  = u32(header-length) header count:u32 *object              ; integers big-endian
/// object = id:32 u32(length) length*OCTET                           ; id = SHA-256 of the canonical bytes
/// ```
///
/// Objects come in dependency order (every object after what it refers to). The header is JSON (a pull's report
/// list, an upload's ref updates) or empty. ``encoded()`` compresses the batch with zstd when that makes it smaller;
/// ``decode(_:maxObjects:)`` reads both forms, and refuses protocol 1's `NBO1` with a message that says so.
public struct ObjectBatch: Sendable, Hashable {
    /// The JSON header (empty: none).
    public var header: [UInt8]
    /// The objects, in order.
    public var objects: [WireObject]

    /// Creates a batch.
    public init(header: [UInt8] = [], objects: [WireObject]) {
        self.header = header
        self.objects = objects
    }

    /// The four bytes a batch kept as it is starts with.
    public static let magic: [UInt8] = Array("NBO2".utf8)
    /// The four bytes a batch compressed with zstd starts with; a zstd frame of the plain form's rest follows.
    public static let compressedMagic: [UInt8] = Array("NBZ2".utf8)
    /// The four bytes protocol 1's batches started with.
    static let version1Magic: [UInt8] = Array("NBO1".utf8)

    /// The bytes of a batch before its header and its count: the magic and the header's length.
    static let prefixBytes = 8
    /// The bytes of an object's framing: its id and its length.
    static let objectFrameBytes = 36
    /// zstd's level for batches: a clone's few megabytes compress in tens of milliseconds.
    static let compressionLevel: Int32 = 6

    /// The bytes of the batch: compressed with zstd when that is smaller, else as they are.
    public func encoded() -> [UInt8] {
        let plain = plainEncoded()
        let frame = ZstdCodec(level: Self.compressionLevel).compress(Array(plain[Self.magic.count...]))
        guard !frame.isEmpty, frame.count + Self.compressedMagic.count < plain.count else { return plain }
        return Self.compressedMagic + frame
    }

    /// The bytes of the batch as they are (`NBO2`), never compressed.
    public func plainEncoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.size(headerBytes: header.count, objectBytes: objects.map(\.bytes.count)))
        out += Self.magic
        Self.append(UInt32(header.count), to: &out)
        out += header
        Self.append(UInt32(objects.count), to: &out)
        for object in objects {
            out += object.id.bytes
            Self.append(UInt32(object.bytes.count), to: &out)
            out += object.bytes
        }
        return out
    }

    /// The size of a batch holding these objects and a header of `headerBytes` bytes, as it is (its compressed form
    /// is smaller, or not used).
    public static func size(headerBytes: Int, objectBytes: some Sequence<Int>) -> Int {
        prefixBytes + headerBytes + 4 + objectBytes.reduce(0) { $0 + objectFrameBytes + $1 }
    }

    /// Reads a batch, checking its framing and limits (not the objects: the store re-hashes each).
    ///
    /// Nothing the body claims is trusted before it is read: a count over `maxObjects` (never more than the
    /// protocol's limit, whatever the caller asks) is refused, and memory is reserved only for as many objects as the
    /// bytes left can hold, so a body that claims thousands of objects in twelve bytes is refused as truncated, never
    /// allocated for. Every input gives a batch or a ``BatchError``.
    ///
    /// - Parameters:
    ///   - bytes: The body.
    ///   - maxObjects: The most objects allowed (at most the protocol's limit, whoever reads).
    /// - Throws: ``BatchError``.
    /// - Complexity: O(n) in the bytes of the body.
    public static func decode(
        _ bytes: [UInt8], maxObjects: Int = SyncProtocol.maxObjectsPerBatch
    )
        throws(BatchError) -> ObjectBatch
    {
        guard bytes.count >= 4 else { throw .badMagic }
        switch Array(bytes[0..<4]) {
        case magic:
            return try decodePlain(bytes, maxObjects: maxObjects)
        case compressedMagic:
            let expanded: [UInt8]
            do {
                expanded = try ZstdCodec().decompress(Array(bytes[4...]), limit: SyncProtocol.maxExpandedBatchBytes)
            } catch {
                throw .badCompression(error.description)
            }
            return try decodePlain(magic + expanded, maxObjects: maxObjects)
        case version1Magic:
            throw .olderProtocol
        default:
            throw .badMagic
        }
    }

    /// Reads a batch kept as it is (`NBO2`).
    private static func decodePlain(_ bytes: [UInt8], maxObjects: Int) throws(BatchError) -> ObjectBatch {
        var position = 4
        let headerLength = Int(try read(bytes, at: &position))
        guard headerLength <= bytes.count - position else { throw .truncated(offset: position) }
        let header = Array(bytes[position..<(position + headerLength)])
        position += headerLength
        let count = Int(try read(bytes, at: &position))
        let limit = min(maxObjects, SyncProtocol.maxObjectsPerBatch)
        guard count <= limit else { throw .tooManyObjects(count: count, limit: limit) }
        var objects: [WireObject] = []
        objects.reserveCapacity(min(count, (bytes.count - position) / objectFrameBytes))
        for _ in 0..<count {
            guard bytes.count - position >= ObjectID.byteCount,
                let id = ObjectID(bytes: bytes[position..<(position + ObjectID.byteCount)])
            else {
                throw .truncated(offset: position)
            }
            position += ObjectID.byteCount
            let length = Int(try read(bytes, at: &position))
            guard length <= SyncProtocol.maxObjectBytes else { throw .objectTooLarge(id: id, bytes: length) }
            guard length <= bytes.count - position else { throw .truncated(offset: position) }
            objects.append(WireObject(id: id, bytes: Array(bytes[position..<(position + length)])))
            position += length
        }
        guard position == bytes.count else { throw .trailingBytes(offset: position) }
        return ObjectBatch(header: header, objects: objects)
    }

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func read(_ bytes: [UInt8], at position: inout Int) throws(BatchError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw .truncated(offset: position) }
        defer { position += 4 }
        return bytes[position..<(position + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}

/// One object in a batch: its name and its canonical bytes.
public struct WireObject: Sendable, Hashable {
    /// The SHA-256 the sender gives as its name.
    public var id: ObjectID
    /// Its canonical bytes.
    public var bytes: [UInt8]

    /// Creates a wire object.
    public init(id: ObjectID, bytes: [UInt8]) {
        self.id = id
        self.bytes = bytes
    }
}

/// Why a batch could not be read.
public enum BatchError: Error, CustomStringConvertible, Equatable, Sendable {
    /// It does not start with `NBO2` or `NBZ2`.
    case badMagic
    /// It starts with `NBO1`: the sender speaks sync protocol 1.
    case olderProtocol
    /// Its zstd frame cannot be expanded, or expands to more than allowed.
    case badCompression(String)
    /// It ends in the middle of something.
    case truncated(offset: Int)
    /// More objects than allowed.
    case tooManyObjects(count: Int, limit: Int)
    /// One object is larger than allowed.
    case objectTooLarge(id: ObjectID, bytes: Int)
    /// Bytes after the last object.
    case trailingBytes(offset: Int)

    public var description: String {
        switch self {
        case .badMagic: "The body is not an object batch (it does not start with NBO2 or NBZ2)."
        case .olderProtocol:
            "The object batch is of sync protocol 1 (NBO1); this node speaks protocol \(SyncProtocol.version)."
                + " Update nianbao on the other node."
        case .badCompression(let detail): "The compressed object batch cannot be read: \(detail)"
        case .truncated(let offset): "The object batch ends early (at byte \(offset))."
        case .tooManyObjects(let count, let limit): "The batch holds \(count) objects; at most \(limit) are allowed."
        case .objectTooLarge(let id, let bytes): "Object \(id.shortHex()) is \(bytes) bytes, larger than allowed."
        case .trailingBytes(let offset): "The object batch has bytes after its last object (at byte \(offset))."
        }
    }
}
