import Foundation

/// A text file as the pages hand it to people, who open it in Windows Notepad or WPS: UTF-8 with a byte order mark
/// (older Notepad guesses the encoding without one) and CRLF line ends (older Notepad shows LF-only text as one
/// line). The one rule for every text file downloaded from the pages — a report's 导出文本 and the batch export's
/// `说明.txt` (rv103 F13). `nianbao export` on the command line stays the canonical text byte for byte; the readers
/// take the BOM and the CRLFs back off (``ReportParser``'s text decoding), so a downloaded file uploaded unedited is
/// the same report.
enum WindowsText {
    /// The UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of a text as a Windows text file: the BOM, then the text with every line end (LF, CRLF or a lone
    /// CR) made CRLF.
    static func bytes(_ text: String) -> [UInt8] {
        var bytes = byteOrderMark
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 16 + 3)
        var afterCR = false
        for byte in text.utf8 {
            switch byte {
            case 13:
                bytes += [13, 10]
                afterCR = true
            case 10:
                if !afterCR { bytes += [13, 10] }
                afterCR = false
            default:
                bytes.append(byte)
                afterCR = false
            }
        }
        return bytes
    }
}
