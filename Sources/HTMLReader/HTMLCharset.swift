import Foundation

/// The character set of a web page: from its byte-order mark, `<meta charset>` or `<meta http-equiv
/// content="…; charset=…">`, else UTF-8 when the bytes are valid UTF-8, else GB18030 (which reads GBK and GB2312,
/// the usual charsets of older government portals).
enum HTMLCharset {
    /// The encoding name to give libxml2 (iconv names).
    static func of(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let declared = declared(in: bytes) { return normalized(declared) }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "GB18030"
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
