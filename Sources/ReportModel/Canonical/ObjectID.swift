import Crypto
import Foundation

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

/// Lowercase hexadecimal text for bytes.
public enum HexDigits {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The bytes as lowercase hexadecimal digits.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes that hexadecimal text stands for (either case), or `nil` when it is not an even run of digits.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    /// Whether the text is a run of hexadecimal digits (either case).
    public static func isHex(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { nibble($0) != nil }
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
