import Foundation

extension StringProtocol {
    /// Whether the text's UTF-8 holds a byte (an ASCII mark such as a space, a tab or `|`), found with `memchr`
    /// (``ByteSearch/firstIndex(of:in:from:)``): the generic `utf8.contains` steps through the view an index at a time.
    @inlinable public func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { ByteSearch.firstIndex(of: byte, in: $0, from: 0) != nil }
    }

    /// Whether the text's UTF-8 starts with the UTF-8 of `prefix`, compared byte by byte.
    ///
    /// `hasPrefix` compares characters under canonical equivalence, hundreds of instructions for a one-byte mark; the
    /// parser looks for marks (`#`, `|`, `**`, `\\`) and Han words that no canonical form spells otherwise, so the
    /// bytes give the same answer. The one difference: a mark followed by a combining scalar (`#` + U+0301) counts.
    @inlinable public func hasBytePrefix(_ prefix: String) -> Bool {
        withUTF8Bytes { bytes in
            prefix.withUTF8Bytes { wanted in
                bytes.count >= wanted.count
                    && bytes[..<wanted.count].elementsEqual(wanted)
            }
        }
    }

    /// Whether the text's first byte is `byte` (an ASCII mark: `#`, `|`, `\\`): ``hasBytePrefix(_:)`` for one byte,
    /// without reading the mark's own storage.
    @inlinable public func startsWithByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { $0.first == byte }
    }

    /// Whether the text's UTF-8 ends with the UTF-8 of `suffix`, compared byte by byte (see ``hasBytePrefix(_:)``).
    @inlinable public func hasByteSuffix(_ suffix: String) -> Bool {
        withUTF8Bytes { bytes in
            suffix.withUTF8Bytes { wanted in
                bytes.count >= wanted.count
                    && bytes[(bytes.count - wanted.count)...].elementsEqual(wanted)
            }
        }
    }
}

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 in contiguous memory: the string's own storage, or a copy when it has none
    /// (a bridged or foreign string). Loops over these bytes run several times faster than over `utf8`'s indices.
    @inlinable public func withUTF8Bytes<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try ContiguousArray(utf8).withUnsafeBufferPointer(body)
    }

    /// The pieces of the text between the occurrences of an ASCII byte (`\n`, `|`, a tab, a space), empty pieces
    /// included. An ASCII byte is never part of another scalar's UTF-8, so each piece is whole text.
    @inlinable public func pieces(separatedBy separator: UInt8) -> [String] {
        withUTF8Bytes { bytes in
            var pieces: [String] = []
            var start = 0
            // Each separator found with `memchr` (a whole report's lines are cut here).
            while let index = ByteSearch.firstIndex(of: separator, in: bytes, from: start) {
                pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
                start = index + 1
            }
            pieces.append(String(decoding: bytes[start...], as: UTF8.self))
            return pieces
        }
    }
}

extension StringProtocol {
    /// Whether the text has at most `limit` Unicode scalars, counted over its UTF-8 bytes up to the first scalar past
    /// the limit: `unicodeScalars.count` walks the whole text however long it is.
    @inlinable public func hasAtMostScalars(_ limit: Int) -> Bool {
        // Each scalar takes at least one byte.
        guard utf8.count > limit else { return true }
        return withUTF8Bytes { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
                if count > limit { return false }
            }
            return true
        }
    }
}

/// Searches in bytes with the C library.
public enum ByteSearch {
    /// The index of the first `byte` at or after `start`, found with `memchr` (several bytes an instruction, where a
    /// loop over the buffer takes several instructions a byte).
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether `bytes` hold `needle`.
    ///
    /// The needle's last byte is looked for with `memchr`: for CJK text, whose last UTF-8 byte is a continuation
    /// byte, about one byte in a hundred of a report, so few places are compared in full.
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstEnd(of: needle, in: bytes, from: 0) != nil
    }

    /// Where the first occurrence of `needle` that starts at or after `start` ends (exclusive), found as
    /// ``contains(_:in:)`` finds it; `start` itself for an empty needle.
    public static func firstEnd(
        of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let last = needle.last else { return start }
        guard let base = bytes.baseAddress else { return nil }
        // The end (exclusive) of the first place the needle could end at.
        var end = start + needle.count
        while end <= bytes.count, let found = memchr(base + end - 1, Int32(last), bytes.count - end + 1) {
            end = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            if bytes[(end - needle.count)..<end].elementsEqual(needle) { return end }
            end += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 holds the UTF-8 of `other`, compared byte by byte (``ByteSearch/contains(_:in:)``).
    ///
    /// Foundation's `contains(_:)` builds a search through `NSString` on every call, some ten thousand instructions;
    /// for the Han words the parser looks for the bytes give the same answer (the one difference, as for
    /// ``hasBytePrefix(_:)``: a word followed by a combining scalar still counts).
    @inlinable public func containsBytes(_ other: String) -> Bool {
        withUTF8Bytes { bytes in other.withUTF8Bytes { ByteSearch.contains($0, in: bytes) } }
    }
}

/// Decoding of the UTF-8 a string stores, for the loops over a text's bytes (``StringProtocol/withUTF8Bytes(_:)``)
/// that need its scalars' values too: a string's UTF-8 is always valid, so the lead byte tells each scalar's length.
public enum UTF8Scalars {
    /// The value and length of the scalar whose UTF-8 starts at `index`; `nil` past the end or where the bytes are
    /// cut short.
    @inlinable public static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (
        value: UInt32, length: Int
    )? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Where the scalar that ends just before `end` starts (its lead byte).
    @inlinable public static func start(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
