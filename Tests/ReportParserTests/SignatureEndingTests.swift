import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// How real reports end: the 落款 (``SignatureBlock``) of the bundled samples, of the parser's fixtures in every
/// format, and of the corpus, as read from each file; a report ending with its text (`无。`, a sentence) has none.
@Suite struct SignatureEndingTests {
    /// The 落款 of a file of the package, as parsed.
    static func signature(_ path: String) throws -> [String]? {
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        return SignatureBlock(of: try ReportParser.parse(data).report)?.lines
    }

    static let samples: [(String, [String]?)] = [
        ("000_35b5a4da37cb7d63", ["常张乡人民政府", "2025年1月8日"]), ("001_7458bd74f5b9c7f3", nil),
        ("002_a820d62a7dc226b5", nil), ("003_a04c1cce206c730a", ["大庄乡人民政府", "2025年1月2日"]),
        ("004_3cfdaad65bcb6ffa", nil),
    ]

    @Test(arguments: samples)
    func theBundledSamplesEndAsWritten(name: String, lines: [String]?) throws {
        #expect(try Self.signature("Scripts/samples/\(name).txt") == lines)
    }

    @Test(arguments: ["txt", "docx", "pdf", "word.html", "cms.html"])
    func everyFormatOfAFixtureHasTheSameSignature(format: String) throws {
        let fixtures = "Tests/ReportParserTests/Fixtures"
        #expect(try Self.signature("\(fixtures)/qingshi-2024.\(format)") == ["青石镇人民政府", "2025年1月20日"])
        #expect(try Self.signature("\(fixtures)/dazhuang-2023.\(format)") == ["大庄乡人民政府", "2024年1月20日"])
    }
}

/// The corpus's reports: the seeds and the real extractions end as their text says; the blank template has no
/// 落款 (it ends with a prompt).
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct CorpusSignatureTests {
    static let endings: [(String, [String]?)] = [
        ("seeds/000_35b5a4da37cb7d63.txt", ["常张乡人民政府", "2025年1月8日"]), ("seeds/001_7458bd74f5b9c7f3.txt", nil),
        ("seeds/002_a820d62a7dc226b5.txt", nil), ("seeds/003_a04c1cce206c730a.txt", ["大庄乡人民政府", "2025年1月2日"]),
        ("seeds/004_3cfdaad65bcb6ffa.txt", nil), ("real/hongze-2023-pdftotext-layout.txt", nil),
        ("real/hongze-2023-pdftotext-raw.txt", nil), ("real/hongze-2024-pdftotext-layout.txt", nil),
        ("real/kewei-2024-pdf-markdown.txt", nil), ("real/shuyang-2025-ocr-markdown.txt", ["沐阳县人民政府", "2026年1月23日"]),
        ("files/template-2021.docx", nil),
    ]

    @Test func everyCorpusFileIsHere() {
        #expect(Self.endings.count == Corpus.seedNames.count + Corpus.realNames.count + 1)
    }

    @Test(arguments: endings)
    func aCorpusReportEndsAsWritten(path: String, lines: [String]?) throws {
        let report = try ReportParser.parse(try Corpus.data(path)).report
        let block = SignatureBlock(of: report)
        #expect(block?.lines == lines)
        if let lines { #expect(block?.date != nil && lines.count == 2) }
    }
}
