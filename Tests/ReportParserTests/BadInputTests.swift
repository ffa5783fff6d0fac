import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Input that is not a clean UTF-8 report: other encodings are read, everything else refused with a clear error.
@Suite struct BadInputTests {
    static let report = ReportGenerator(numbers: .balanced).make(seed: 11)
    static let text = ReportText.render(report)

    @Test func gb18030IsRead() throws {
        let result = try ReportParser.parse(TextEncodings.gb18030(Self.text))
        #expect(result.encoding == .gb18030)
        #expect(result.report == Self.report)
    }

    @Test func utf16WithBOMIsRead() throws {
        let result = try ReportParser.parse(TextEncodings.utf16LittleEndianWithBOM(Self.text))
        #expect(result.encoding == .utf16)
        #expect(result.report == Self.report)
    }

    @Test func bomAndCRLFAreRead() throws {
        let result = try ReportParser.parse(TextEncodings.utf8WithBOMAndCRLF(Self.text))
        #expect(result.report == Self.report)
    }

    /// Old Mac line breaks (CR alone) and CRLF mixed in one file read as the same lines.
    @Test func loneAndMixedCarriageReturnsAreLineBreaks() throws {
        var mixed = ""
        for (index, line) in Self.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            mixed += line + (index % 3 == 0 ? "\r" : index % 3 == 1 ? "\r\n" : "\n")
        }
        #expect(try ReportParser.parse(Array(mixed.utf8)).report == Self.report)
    }

    @Test(arguments: [
        ([UInt8](), ParseError.empty),
        (Array("  \n\u{3000}\n\t\n".utf8), ParseError.empty),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], ParseError.binary(offset: 7)),
        // (a PDF's first line and nothing after it: a file cut short)
        (Array("%PDF-1.7\n%âãÏÓ".utf8), ParseError.unreadableDocument(.incomplete(format: .pdf))),
        (
            Array("%PDF-1.7\n%âãÏÓ\n%%EOF\n".utf8),
            ParseError.unreadableDocument(.broken(format: .pdf, detail: "文件结构已损坏，找不到或读不通其中的页面"))
        ),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], ParseError.unsupportedDocument(format: ParseError.zipFormat)),
        // (an Excel workbook, whatever its name: the zip holds xl/workbook.xml, rv119 M2)
        (
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00] + Array("[Content_Types].xml PK xl/workbook.xml".utf8),
            ParseError.unsupportedDocument(format: ParseError.excelFormat)
        ),
        ([0xE4, 0xB8, 0x80, 0xFF, 0xFF, 0xFF], ParseError.undecodable(offset: 3)),
    ])
    func unreadableFilesAreRefused(bytes: [UInt8], error: ParseError) {
        #expect(throws: error) { try ReportParser.parse(bytes) }
    }

    @Test func controlCharacterNoiseIsBinary() {
        let bytes: [UInt8] = Array(repeating: [0x01, 0x02, 0x41, 0x03], count: 10).flatMap { $0 }
        #expect(throws: ParseError.self) { try ReportParser.parse(bytes) }
    }

    /// Up to eight stray control characters are tolerated in a report; the ninth makes it binary data, reported at
    /// its place in characters, wherever the characters fall among the words the bytes are scanned in.
    @Test(arguments: [8, 9])
    func strayControlCharactersAreCountedExactly(count: Int) throws {
        var scalars = Array(Self.text.unicodeScalars)
        var places: [Int] = []
        for index in 0..<count {
            let place = 40 + index * 37 + index % 5
            scalars.insert("\u{01}", at: place)
            places.append(place)
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        let bytes = Array(String(text).utf8)
        if count <= 8 {
            #expect(try ReportParser.parse(bytes).report.year == Self.report.year)
        } else {
            #expect(throws: ParseError.binary(offset: places[8])) { try ReportParser.parse(bytes) }
        }
    }

    @Test(arguments: [
        "这是一封普通的信。\n你好，欢迎来访。\n",
        "一、会议议程\n讨论明年的工作计划。\n二、参会人员\n全体干部。\n",
        "Dear colleague,\nplease find the minutes attached.\n",
    ])
    func textThatIsNotAReportIsRefused(text: String) {
        #expect {
            try ReportParser.parse(Array(text.utf8))
        } throws: { error in
            guard case ParseError.notAReport = error else { return false }
            return "\(error)".contains("政府信息公开工作年度报告")
        }
    }

    @Test func errorsSpeakToAPerson() {
        #expect("\(ParseError.binary(offset: 12))".contains("请把报告另存为纯文本"))
        #expect("\(ParseError.unsupportedDocument(format: "PDF"))".contains("PDF"))
        // A workbook or an .odt is called what it is, in Chinese, and the advice is a Word file, not plain text
        // (rv105 F10: "文件是 Word (.docx) or other zip 文档…另存为纯文本")
        let zip = ParseError.unsupportedDocument(format: ParseError.zipFormat).description(in: .chinese)
        #expect(zip.hasPrefix("文件是压缩包（例如 Excel 工作簿、OpenDocument 的 .odt 文档），不是 Word（.docx）文件"))
        #expect(!zip.contains("纯文本（.txt）再试") && !zip.contains("or other"))
        // A workbook renamed .docx is told for what it is (rv119 M2: 不是能读取的报告文件 to a file named .docx)
        #expect(
            ParseError.unsupportedDocument(format: ParseError.excelFormat).description(in: .chinese)
                .hasPrefix("文件是 Excel 工作簿，不是 Word 文档（也许只是文件名改成了 .docx）"))
    }

    @Test func aDamagedPDFThatStillEndsRightIsToldDamagedNotTextless() throws {
        // LibreOffice's PDF of a report cut short, then given its `%%EOF` back (a bad copy, a repair by hand): MuPDF
        // rebuilds it and finds no page, which was told as "PDF中没有任何文字", as if it were a scan (review rr94 F8
        // item 7).
        let bytes = Array(try FixtureDocuments.data("qingshi-2024", "pdf"))
        for length in [bytes.count * 95 / 100, bytes.count * 8 / 10, bytes.count / 2] {
            let damaged = Array(bytes.prefix(length)) + Array("\n%%EOF\n".utf8)
            let error = #expect(throws: ParseError.self, "cut at \(length)") { try ReportParser.parse(damaged) }
            guard case .unreadableDocument(.broken(.pdf, let detail))? = error else {
                Issue.record("cut at \(length): \(String(describing: error))")
                continue
            }
            #expect(detail.hasPrefix("文件结构已损坏"), "\(detail)")
        }
    }
}
