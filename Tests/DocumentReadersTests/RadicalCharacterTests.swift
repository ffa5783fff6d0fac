import DocumentLayout
import DocumentReaders
import Foundation
import PDFGeometry
import Testing

/// A PDF whose text layer names characters by radicals (Chromium and Edge print 人民 and 行 of Noto Sans CJK as ⼈⺠
/// and ⾏): read as the characters the clerk wrote, so that 行政许可 finds its row and the agency its name. The
/// fixture is Chromium's PDF of a page whose text is those radicals (`Fixtures/radicals.pdf`).
@Suite struct RadicalCharacterTests {
    @Test func radicalsInAPDFsTextLayerAreReadAsTheCharactersTheyStandFor() throws {
        let bytes = try BadDocumentTests.fixture("radicals.pdf")
        let text = try DocumentReaders.read(bytes).paragraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("淮安市洪泽区人民政府2024年政府信息公开工作年度报告"), "\(text)")
        #expect(text.contains("行政许可"), "\(text)")
        #expect(!text.unicodeScalars.contains { (0x2E80...0x2FDF).contains($0.value) }, "\(text)")
    }

    @Test func eachKindOfRadicalHasItsCharacterAndOthersStayAsTheyAre() {
        let cases: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("\u{2F8F}", "行"), ("\u{2F08}", "人"), ("\u{2F2F}", "工"), ("\u{2F00}", "一"), ("\u{2EA0}", "民"),
            ("\u{2ED3}", "长"), ("\u{2EC4}", "西"), ("\u{F907}", "\u{9F9C}"),
            ("行", "行"), ("A", "A"), ("（", "（"), ("\u{2E80}", "\u{2E80}"),
        ]
        for (given, expected) in cases {
            #expect(RadicalCharacters.ideograph(for: given) == expected, "U+\(String(given.value, radix: 16))")
        }
    }
}
