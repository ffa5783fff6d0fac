// Text on which comparing UTF-8 bytes gives the answers of String's and Foundation's comparisons.

import Foundation

extension Unicode.Scalar {
    /// Whether a scalar value is one that comparisons of text leave as it is: it has no canonical decomposition
    /// (no other spelling is canonically equivalent to it), combines with nothing and is a grapheme cluster of its
    /// own (no combining or enclosing mark, no joiner, no format character but the zero-width spaces, no Hangul,
    /// no kana that takes a sound mark).
    ///
    /// Report text is made of such scalars: ASCII, Latin-1's punctuation, `×` and `÷`, general punctuation (dashes,
    /// quotes, `…`, `‰`), circled numbers, box drawing and shapes, the CJK symbols and punctuation, the CJK unified
    /// ideographs with extension A, and the full-width forms. (Checked against Python's `unicodedata`: none of them
    /// has a canonical decomposition or a combining class, nor is a mark, a format character or unassigned.) Layout
    /// whitespace is plain too (``isLayoutSpace(_:)``): U+2000 and U+2001 decompose and U+200B and U+FEFF are format
    /// characters, but each is a character of its own and every comparison form drops them.
    @inlinable public static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0x85, 0xA0...0xAC, 0xAE...0xBF, 0xD7, 0xF7, 0x1680, 0x2000...0x200B, 0x2010...0x2029,
            0x202F...0x205F, 0x2460...0x25FF, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xFEFF, 0xFF01...0xFF65, 0xFFE0...0xFFE6, 0xFFE8...0xFFEE:
            true
        default:
            false
        }
    }
}

extension StringProtocol {
    /// Whether every scalar of the text is plain (``Unicode/Scalar/isPlain(_:)``).
    ///
    /// On such text each scalar is a character and each character has one spelling, so that searching and
    /// comparing UTF-8 bytes finds what `String`'s comparisons and Foundation's `range(of:)` find, and a scalar's
    /// bytes start and end a character: a search by bytes (``ByteSearch``) can stand in for theirs. Text with
    /// anything else (a combining accent, a compatibility ideograph, a kana with its sound mark) keeps the
    /// character-by-character way.
    ///
    /// - Complexity: O(n) in the text's UTF-8 length; no allocation for native strings.
    @inlinable public var isPlainText: Bool {
        withUTF8Bytes { UTF8Scalars.arePlain($0) }
    }
}

extension UTF8Scalars {
    /// Whether every scalar of valid UTF-8 is plain (``Unicode/Scalar/isPlain(_:)``): the bytes of a string, or of a
    /// comparison form built from one. ``Swift/StringProtocol/isPlainText`` for bytes at hand.
    ///
    /// - Complexity: O(n) in the bytes.
    @inlinable public static func arePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // (ASCII, the most common case after Han, without decoding)
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let (value, length) = decode(bytes, at: index), Unicode.Scalar.isPlain(value) else { return false }
            index += length
        }
        return true
    }
}

extension StringProtocol {
    /// The text cut at each of the characters of `marks` (each one scalar, such as `。` or `，`), the marks left out
    /// and empty pieces dropped: what `split(whereSeparator: { marks.contains($0) })` gives.
    ///
    /// Plain text (``isPlainText``) is cut at the marks' scalars in its UTF-8, where each scalar is a character;
    /// other text character by character.
    ///
    /// - Complexity: O(n · m) for a text of n bytes and m marks. Inlinable, so that a caller's loop over the bytes
    ///   is compiled for its own string type: the generic one costs some sixty instructions a byte.
    @inlinable public func split(atAnyOf marks: String) -> [String] {
        let wanted = marks.unicodeScalars.map(\.value)
        let cut: [String]? = withUTF8Bytes { bytes in
            guard wanted.allSatisfy(Unicode.Scalar.isPlain), UTF8Scalars.arePlain(bytes) else { return nil }
            var pieces: [String] = []
            var start = 0
            var index = 0
            while let (value, length) = UTF8Scalars.decode(bytes, at: index) {
                if wanted.contains(value) {
                    if start < index { pieces.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                    start = index + length
                }
                index += length
            }
            if start < bytes.count { pieces.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return pieces
        }
        if let cut { return cut }
        let pieces: [SubSequence] = split(whereSeparator: { marks.contains($0) })
        return pieces.map { String($0) }
    }

    /// Whether the text holds `other` as Foundation's `contains(_:)` finds it (under canonical equivalence): by bytes
    /// (``containsBytes(_:)``) when both are plain text (``isPlainText``), where the two agree, else through
    /// Foundation, some ten thousand instructions a call.
    ///
    /// - Complexity: O(n) in the text's length.
    public func containsText(_ other: String) -> Bool {
        guard isPlainText, other.isPlainText else { return contains(other) }
        return containsBytes(other)
    }
}
