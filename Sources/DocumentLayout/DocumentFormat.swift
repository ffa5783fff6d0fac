/// The kinds of file a report comes in, told by their content, never by the file name.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text (UTF-8, GB18030/GBK, UTF-16).
    case text
    /// Word 2007+ (.docx): a zip holding `word/document.xml`.
    case docx
    /// PDF.
    case pdf
    /// A web page.
    case html
    /// A legacy binary document in an OLE compound file: Word 97–2003 (.doc) or Kingsoft WPS (.wps).
    case legacyWord = "doc"

    /// What a person calls the format, in Chinese.
    public var displayName: String {
        switch self {
        case .text: "纯文本"
        case .docx: "Word 文档（.docx）"
        case .pdf: "PDF"
        case .html: "网页（HTML）"
        case .legacyWord: "旧版 Word/WPS 文档（.doc/.wps）"
        }
    }

    /// What a person calls the format, in English (the English pages).
    public var englishName: String {
        switch self {
        case .text: "plain text"
        case .docx: "Word document (.docx)"
        case .pdf: "PDF"
        case .html: "web page (HTML)"
        case .legacyWord: "older Word/WPS document (.doc/.wps)"
        }
    }

    /// The format of a file's bytes: `%PDF` near the start; a zip whose central directory names
    /// `word/document.xml`; the OLE compound-file signature; HTML markup at the start of the text; else text.
    ///
    /// A zip that is not a Word document (an .xlsx, a .zip) is ``docx`` only if it names `word/document.xml`; other
    /// zips and other binary data are ``text`` here, and the text decoder refuses them as binary.
    public static func detect(_ bytes: some Collection<UInt8>) -> DocumentFormat {
        let format = detect(prefix: bytes)
        guard format == .docx else { return format }
        return contains(Array(bytes), Array("word/document.xml".utf8)) ? .docx : .text
    }

    /// The format a file's first bytes (up to ``prefixLength``) promise, without the rest of the file: any zip is
    /// taken for ``docx`` here, since the name `word/document.xml` sits in the central directory at its end. What the
    /// limits on a file's size go by before it is read (`InputLimits`); ``detect(_:)`` then decides on all the bytes.
    public static func detect(prefix bytes: some Collection<UInt8>) -> DocumentFormat {
        // Through contiguous storage when the bytes have it (an array, `Data`): the generic `prefix` looks the
        // collection's `SubSequence` type up at run time, about 0.5 M instructions at a process's first file.
        let head =
            bytes.withContiguousStorageIfAvailable { Array($0.prefix(prefixLength)) }
            ?? Array(bytes.prefix(prefixLength))
        if contains(head, Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyWord }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .docx }
        return HTMLSniffer.looksLikeHTML(head) ? .html : .text
    }

    /// Whether the bytes are a spreadsheet, never a report: a zip that names `xl/workbook.xml` (an Excel workbook,
    /// .xlsx, as the county's workbook Nianbao writes) or whose `mimetype` is OpenDocument's spreadsheet (.ods).
    public static func isSpreadsheet(_ bytes: some Collection<UInt8>) -> Bool {
        guard detect(prefix: bytes) == .docx else { return false }
        let all = Array(bytes)
        return !contains(all, Array("word/document.xml".utf8))
            && (contains(all, Array("xl/workbook.xml".utf8))
                || contains(
                    Array(all.prefix(prefixLength)), Array("application/vnd.oasis.opendocument.spreadsheet".utf8)))
    }

    /// How many leading bytes ``detect(prefix:)`` looks at.
    public static let prefixLength = 1024

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}

/// Tells HTML from text by its first markup: a doctype, `<html`, `<head`, `<body`, `<meta`, or Word's `<xml`
/// island after an `<html` with Office namespaces.
enum HTMLSniffer {
    static let openers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<table", "<div", "<p"]

    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Markup, a comment or an XML declaration starts with `<` after the whitespace: anything else (a text report)
        // is answered before the head is decoded and lowercased.
        let first = bytes.first { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }
        guard first == UInt8(ascii: "<") else { return false }
        // Leading whitespace and comments (`<!-- saved from url -->`) before the markup.
        let text = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            guard rest.hasPrefix("<!--"), let end = rest.firstRange(of: "-->") else { break }
            rest = rest[end.upperBound...]
        }
        if rest.hasPrefix("<?xml") {
            return rest.contains("<html")
        }
        return openers.contains { opener in
            guard rest.hasPrefix(opener) else { return false }
            let after = rest.dropFirst(opener.count).first
            return after == nil || after == " " || after == ">" || after == "\n" || after == "\r" || after == "\t"
        }
    }
}
