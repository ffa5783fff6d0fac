// The characters a Word file can hold: one rule for the readers, which leave the others out of a report, and for the
// Word export, which could not write them (rv105 F2).

extension Unicode.Scalar {
    /// Whether a Word file can hold it in its text: XML 1.0, which a .docx is written in, holds no control character
    /// but tab, line feed and carriage return (U+0000–U+001F otherwise), and neither U+FFFE nor U+FFFF.
    ///
    /// Nobody types the others: they are what a converter, a copy out of another program or a damaged file leaves
    /// in the text (`\u{1}`, an escape `\u{1B}`, a byte-order mark read the wrong way round, U+FFFE). A report
    /// holding one could never be sent back unchanged in the Word file Nianbao writes of it.
    @inlinable public var isHeldByWordFiles: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

extension Unicode.Scalar {
    /// Whether a report's text keeps it: what a Word file holds (``isHeldByWordFiles``), and U+000B, Word's manual
    /// line break in text copied out of it, which the readers take for a line break (and the Word export writes as
    /// one). The page break U+000C is not kept, as the other controls are not. The one rule for what the readers
    /// keep and what a person may type into a report's text on a page (``Swift/StringProtocol/hasUnkeptControlCharacter``).
    @inlinable public var isKeptInReports: Bool { isHeldByWordFiles || value == 0x0B }
}

extension StringProtocol {
    /// The text without the characters a report does not keep (``Unicode/Scalar/isKeptInReports``).
    ///
    /// - Complexity: O(n) in the length of the text, over its UTF-8: the runs between the characters left out are
    ///   copied whole, and a text holding none of them (nearly every one) is not copied at all.
    public var keepingWordCharacters: String {
        withUTF8Bytes { bytes in
            var kept: [UInt8] = []
            var copied = 0
            var index = 0
            while let (value, length) = UTF8Scalars.decode(bytes, at: index) {
                if let scalar = Unicode.Scalar(value), !scalar.isKeptInReports {
                    if kept.isEmpty { kept.reserveCapacity(bytes.count) }
                    kept.append(contentsOf: bytes[copied..<index])
                    copied = index + length
                }
                index += length
            }
            guard copied > 0 else { return String(self) }
            kept.append(contentsOf: bytes[copied...])
            return String(decoding: kept, as: UTF8.self)
        }
    }
}
