import Foundation
import ReportModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into text: UTF-8 (BOM or not), UTF-16 with a BOM, or GB18030/GBK through iconv;
/// line endings made LF.
enum TextDecoding {
    struct Decoded {
        var text: String
        var encoding: TextEncoding
        var diagnostics: [Diagnostic]
    }

    static func decode(_ bytes: [UInt8]) throws(ParseError) -> Decoded {
        guard !bytes.isEmpty else { throw .empty }
        if let format = documentFormat(bytes) { throw .unsupportedDocument(format: format) }
        var diagnostics: [Diagnostic] = []
        var body = bytes[...]
        var encoding = TextEncoding.utf8
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(bytes)
            encoding = .utf16
        } else {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
            if let offset = firstNUL(in: body) { throw .binary(offset: offset) }
            if let utf8 = String(validating: body, as: UTF8.self) {
                text = utf8
            } else if let gb = gb18030(Array(body)) {
                text = gb
                encoding = .gb18030
                diagnostics.append(Diagnostic(.note, line: nil, code: .encodingGB18030, "按 GB18030/GBK 编码读取"))
            } else {
                throw .undecodable(offset: firstInvalidUTF8(body))
            }
        }
        try rejectControlNoise(text)
        if text.containsByte(13) { text = unixLineBreaks(text) }
        return Decoded(text: text, encoding: encoding, diagnostics: diagnostics)
    }

    /// The text with CRLF and lone CR line breaks made LF, byte by byte (a CR is never part of a longer character).
    static func unixLineBreaks(_ text: String) -> String {
        text.withUTF8Bytes { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var start = 0
            // The text between line breaks copied whole; each CR found with `memchr`.
            while let cr = ByteSearch.firstIndex(of: 13, in: bytes, from: start) {
                result.append(contentsOf: bytes[start..<cr])
                result.append(10)
                start = cr + 1
                if start < bytes.count, bytes[start] == 10 { start += 1 }
            }
            result.append(contentsOf: bytes[start...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Office and PDF files start with a signature; naming the format makes the error useful. A zip that reached
    /// here is no Word file the .docx reader took (an Excel workbook, an OpenDocument .odt, another archive):
    /// ``ParseError/zipFormat``.
    static func documentFormat(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF".utf8)) { return "PDF" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // (an Excel workbook renamed .docx is the commonest such zip: named so, rv119 M2)
            return contains(Array("xl/workbook.xml".utf8), in: bytes) ? ParseError.excelFormat : ParseError.zipFormat
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "Word 97–2003 (.doc)" }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "RTF" }
        return nil
    }

    /// Whether `needle` occurs in `bytes` (the names of a zip's parts, in its local headers and directory).
    static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while let found = ByteSearch.firstIndex(of: first, in: buffer, from: start) {
                guard found + needle.count <= buffer.count else { return false }
                if buffer[found..<(found + needle.count)].elementsEqual(needle) { return true }
                start = found + 1
            }
            return false
        }
    }

    /// Where the first NUL byte is (an index of `bytes`), found with `memchr`: the generic `firstIndex(of:)` takes
    /// about ten instructions a byte, and every text file is searched whole.
    static func firstNUL(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            ByteSearch.firstIndex(of: 0, in: buffer, from: 0).map { bytes.startIndex + $0 }
        }
    }

    /// Text made of control characters other than tabs, line and page breaks is binary data that happens to decode.
    static func rejectControlNoise(_ text: String) throws(ParseError) {
        // Nearly every file has no such character at all: the bytes below a space are counted eight at a time first,
        // and only text with more than eight that are noise is walked again to find where the noise starts.
        guard text.withUTF8Bytes({ noiseCount(in: $0) > 8 }) else { return }
        // Byte by byte: a control character is one byte, never part of a longer character; `offset` counts the
        // characters (scalars) before it, as the error reports it, over the first 65,536.
        let noiseAt: Int? = text.withUTF8Bytes { bytes in
            var offset = 0
            var noise = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                if offset == 65536 { return nil }
                if isNoise(byte) {
                    noise += 1
                    if noise > 8 { return offset }
                }
                offset += 1
            }
            return nil
        }
        if let noiseAt { throw .binary(offset: noiseAt) }
    }

    /// Whether a byte is a control character other than tab, line and page breaks and escape.
    static func isNoise(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x1B, 0x20...: false
        default: true
        }
    }

    /// How many bytes are noise (``isNoise(_:)``) in the whole text.
    static func noiseCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var noise = 0
        var index = 0
        func count(_ byte: UInt8) {
            if isNoise(byte) { noise += 1 }
        }
        // Eight bytes at a time: a word none of whose bytes is below 0x20 is passed over (the high bit of
        // `(word - 0x20…) & ~word` is set in a byte below 0x20 and, past the first such byte, possibly in others).
        let spaces: UInt64 = 0x2020_2020_2020_2020
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if (word &- spaces) & ~word & highBits != 0 {
                for offset in 0..<8 { count(bytes[index + offset]) }
            }
            index += 8
        }
        while index < bytes.count {
            count(bytes[index])
            index += 1
        }
        return noise
    }

    static func utf16(_ bytes: [UInt8]) throws(ParseError) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binary(offset: 2 + position * 2) }
                text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw .undecodable(offset: 2 + position * 2)
            }
            position += 1
        }
        return text
    }

    /// GB18030 (a superset of GBK and GB2312) through the C library's iconv.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return before
            }
        }
    }
}
