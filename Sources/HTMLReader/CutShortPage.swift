import ReportModel

/// Tells a web page cut off on its way (a download stopped, a copy of a part) from a whole one.
///
/// libxml2's recovering parser closes whatever is open at the end of the bytes without a word, so a page cut inside
/// a table cell reads as a whole page whose last cell holds the digits that arrived: `19` of `195`, a wrong number.
/// Every page that opens with `<html>` or `<body>` and was saved whole ends with `</body>` or `</html>` (Word,
/// WPS, LibreOffice and the portals' article pages all write them); one that has neither is cut short. A fragment
/// without `<html>` or `<body>` says nothing about its end and is read as it is.
enum CutShortPage {
    /// Whether the page opens its document (`<html`, `<body`) and never closes it (`</html`, `</body`).
    static func isCutShort(_ bytes: [UInt8]) -> Bool {
        let opens = contains("<html", in: bytes) || contains("<body", in: bytes)
        return opens && !contains("</html", in: bytes) && !contains("</body", in: bytes)
    }

    /// Whether an ASCII tag name stands in the bytes, in either case, followed by `>`, white space or the end of a
    /// name (`<html lang=…>`, `</BODY >`), not by more letters (`<htmlfoo`).
    /// Each `<` is found with `memchr` (``ByteSearch``), not by reading every byte.
    private static func contains(_ tag: String, in bytes: [UInt8]) -> Bool {
        let pattern = Array(tag.utf8)
        guard bytes.count > pattern.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while let open = ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index),
                open + pattern.count < bytes.count
            {
                if matches(pattern, at: open, in: bytes), !isLetter(bytes[open + pattern.count]) { return true }
                index = open + 1
            }
            return false
        }
    }

    private static func matches(_ pattern: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (offset, byte) in pattern.enumerated() {
            let actual = bytes[index + offset]
            if actual != byte, !(isLetter(actual) && actual | 0x20 == byte) { return false }
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
