import Foundation
import ReportFixtures
import ReportParser
import Testing

/// A file larger than any report is refused before it is read, with a message that says why: 8 MiB of text, 50 MiB
/// for a PDF or Word document.
@Suite struct InputLimitsTests {
    /// A sparse file of a size, starting with some bytes (no disk is spent on the rest).
    static func sparseFile(
        _ name: String, size: Int, starting prefix: [UInt8], in folder: TemporaryDirectory
    ) throws
        -> String
    {
        let path = folder.path(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(prefix))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        return path
    }

    static let mebibyte = 1024 * 1024

    @Test(
        arguments: [
            ("big.txt", 8 * mebibyte + 1, Array("一、总体情况".utf8), 8 * mebibyte),
            ("fine.txt", 8 * mebibyte, Array("一、总体情况".utf8), nil),
            ("big.pdf", 50 * mebibyte + 1, Array("%PDF-1.7".utf8), 50 * mebibyte),
            ("fine.pdf", 40 * mebibyte, Array("%PDF-1.7".utf8), nil),
            ("big.docx", 60 * mebibyte, [0x50, 0x4B, 0x03, 0x04], 50 * mebibyte),
        ] as [(String, Int, [UInt8], Int?)])
    func filesOverTheLimitAreRefusedBeforeTheyAreRead(name: String, size: Int, prefix: [UInt8], limit: Int?) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try Self.sparseFile(name, size: size, starting: prefix, in: folder)
        if let limit {
            #expect(throws: ParseError.tooLarge(size: size, limit: limit)) { try InputLimits.checkFile(atPath: path) }
        } else {
            try InputLimits.checkFile(atPath: path)
        }
    }

    @Test func textInMemoryOverTheLimitIsRefused() throws {
        let text = String(repeating: "一", count: 3 * 1024 * 1024)
        #expect(throws: ParseError.tooLarge(size: text.utf8.count, limit: InputLimits.textBytes)) {
            try ReportParser.parse(text: text)
        }
        #expect(throws: ParseError.tooLarge(size: text.utf8.count, limit: InputLimits.textBytes)) {
            try ReportParser.parse(Array(text.utf8))
        }
        let message = ParseError.tooLarge(size: text.utf8.count, limit: InputLimits.textBytes).description
        #expect(message.contains("文件太大（9 MiB）"))
        #expect(message.contains("纯文本最多 8 MiB"))
        #expect(message.contains("PDF 或 Word 文件最多 50 MiB"))
    }
}
