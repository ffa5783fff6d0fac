import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Encodes text the ways offices save it, for tests of reading them back.
public enum TextEncodings {
    /// The text in GB18030 (GBK for the characters reports use), through the C library's iconv.
    public static func gb18030(_ text: String) -> [UInt8] {
        let converter = iconv_open("GB18030", "UTF-8")
        precondition(converter != iconv_t(bitPattern: -1), "iconv knows GB18030")
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return outBuffer.count - outLeft
            }
        }
        return output[..<written].map { UInt8(bitPattern: $0) }
    }

    /// The text in UTF-16 little-endian with a byte-order mark, as Windows Notepad saves "Unicode".
    public static func utf16LittleEndianWithBOM(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// The text in UTF-8 with a byte-order mark and CRLF line endings.
    public static func utf8WithBOMAndCRLF(_ text: String) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
}
