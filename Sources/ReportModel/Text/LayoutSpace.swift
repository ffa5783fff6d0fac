// Whitespace as reports are typed: ASCII spaces and tabs, the full-width space U+3000, the no-break space U+00A0,
// and the other Unicode spaces that Word and PDF converters leave behind.

extension Unicode.Scalar {
    /// Whether this scalar is layout whitespace: a space of any width, a tab, or a line or page break.
    @inlinable public var isLayoutSpace: Bool {
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
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.isLayoutSpace, !last.isLayoutSpace { return string }
        guard let start = scalars.firstIndex(where: { !$0.isLayoutSpace }),
            let end = scalars.lastIndex(where: { !$0.isLayoutSpace })
        else { return "" }
        return String(scalars[start...end])
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
        unicodeScalars.allSatisfy(\.isLayoutSpace)
    }
}
