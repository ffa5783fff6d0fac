// Whitespace as reports are typed: ASCII spaces and tabs, the full-width space U+3000, the no-break space U+00A0,
// and the other Unicode spaces that Word and PDF converters leave behind.

extension Unicode.Scalar {
    /// Whether this scalar is layout whitespace: a space of any width, a tab, or a line or page break.
    @inlinable public var isLayoutSpace: Bool { Self.isLayoutSpace(value) }

    /// Whether a scalar value is layout whitespace (``isLayoutSpace``).
    @inlinable public static func isLayoutSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }
}

extension StringProtocol {
    /// The text without layout whitespace at either end.
    @inlinable public func trimmingLayoutSpace() -> String {
        // Over the UTF-8 bytes: the first scalar that is not space, and the last one, decoded where they stand.
        let kept: Range<Int>? = withUTF8Bytes { bytes in
            var lower = 0
            while let (value, length) = UTF8Scalars.decode(bytes, at: lower), Unicode.Scalar.isLayoutSpace(value) {
                lower += length
            }
            var upper = bytes.count
            while upper > lower {
                let start = UTF8Scalars.start(before: upper, in: bytes)
                guard let (value, _) = UTF8Scalars.decode(bytes, at: start), Unicode.Scalar.isLayoutSpace(value)
                else { break }
                upper = start
            }
            return lower == 0 && upper == bytes.count ? nil : lower..<upper
        }
        guard let kept else { return String(self) }
        return withUTF8Bytes { String(decoding: $0[kept], as: UTF8.self) }
    }

    /// The text without any layout whitespace (`商业 企业` → `商业企业`).
    @inlinable public func removingLayoutSpace() -> String {
        guard unicodeScalars.contains(where: \.isLayoutSpace) else { return String(self) }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isLayoutSpace { result.append(scalar) }
        return String(result)
    }

    /// Whether the text is empty or only layout whitespace.
    @inlinable public var isLayoutBlank: Bool {
        withUTF8Bytes { bytes in
            var index = 0
            while let (value, length) = UTF8Scalars.decode(bytes, at: index) {
                guard Unicode.Scalar.isLayoutSpace(value) else { return false }
                index += length
            }
            return true
        }
    }
}
