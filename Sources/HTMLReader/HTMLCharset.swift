import Foundation

/// The character set of a web page: from its byte-order mark, `<meta charset>` or `<meta http-equiv
/// content="…; charset=…">`, else UTF-8 when the bytes are valid UTF-8, else GB18030 (which reads GBK and GB2312,
/// the usual charsets of older government portals).
///
/// A page that declares UTF-8 but is not UTF-8, while every byte of it is GB18030, is read as GB18030: a portal's
/// template declares UTF-8 around an article kept in GBK, and read as UTF-8 its Chinese would be lost.
enum HTMLCharset {
    /// The encoding name to give libxml2 (iconv names).
    static func of(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        if let declared = declared(in: bytes) {
            let name = normalized(declared)
            return name == "UTF-8" && !isUTF8 && isGB18030(bytes) ? "GB18030" : name
        }
        return isUTF8 ? "UTF-8" : "GB18030"
    }

    /// Whether the bytes are well-formed GB18030: ASCII, two-byte (lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE)
    /// and four-byte (0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39) sequences and nothing else.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func isGB18030(_ bytes: [UInt8]) -> Bool {
        let lead: ClosedRange<UInt8> = 0x81...0xFE
        let digit: ClosedRange<UInt8> = 0x30...0x39
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard lead.contains(byte), index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                index += 2
            } else if digit.contains(second), index + 3 < bytes.count, lead.contains(bytes[index + 2]),
                digit.contains(bytes[index + 3])
            {
                index += 4
            } else {
                return false
            }
        }
        return true
    }

    /// GB2312 and GBK pages often hold GB18030-only characters: read them all as GB18030.
    static func normalized(_ name: String) -> String {
        switch name.lowercased() {
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "hz-gb-2312": "GB18030"
        case "utf8", "utf-8", "unicode-1-1-utf-8": "UTF-8"
        case "big5", "big5-hkscs", "x-x-big5": "BIG5"
        default: name
        }
    }

    /// The charset a `<meta>` element of the first 4 KB declares.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var rest = Substring(head)
        while let meta = rest.range(of: "<meta") {
            let tail = rest[meta.upperBound...]
            let end = tail.firstIndex(of: ">") ?? tail.endIndex
            let element = tail[..<end]
            if let charset = element.range(of: "charset") {
                var value = element[charset.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !value.isEmpty { return String(value) }
            }
            rest = tail[end...]
        }
        return nil
    }
}
