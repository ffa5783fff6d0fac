import Crypto
public import Foundation

/// The name of a stored object: the SHA-256 of its canonical encoding.
///
/// Written as 64 lowercase hexadecimal digits; `sha256:` prefixes it where the algorithm must be named.
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    /// The length of an id in bytes (a SHA-256 digest).
    public static let byteCount = 32

    /// Creates an id from 32 digest bytes; `nil` for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = Array(bytes)
    }

    /// Reads an id from 64 hexadecimal digits, with or without a `sha256:` prefix; `nil` for anything else.
    public init?(hex: some StringProtocol) {
        var text = Substring(hex)
        if text.hasPrefix("sha256:") { text = text.dropFirst(7) }
        guard text.utf8.count == 64, let bytes = HexDigits.decode(text) else { return nil }
        self.bytes = bytes
    }

    /// The id of some bytes: their SHA-256.
    public static func hashing(_ data: some DataProtocol) -> ObjectID {
        ObjectID(digest: Array(SHA256.hash(data: data)))
    }

    private init(digest: [UInt8]) {
        self.bytes = digest
    }

    /// The 64 lowercase hexadecimal digits.
    public var hex: String { HexDigits.encode(bytes) }

    /// The first `count` hexadecimal digits, for display.
    public func shortHex(_ count: Int = 12) -> String { String(hex.prefix(count)) }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    /// The 32 bytes fed to the hasher at once: the array's own hashing fed them one at a time, the length first
    /// (sets and dictionaries of ids are everywhere in the store's walks).
    public func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ObjectID(hex: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a SHA-256 id"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
