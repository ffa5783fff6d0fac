import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportDiff

/// A paragraph made only of the national format's standard sentences (`Schema/diff/boilerplate.txt`) is the same
/// every year by design: the comparison of two years does not list it as 照搬上年, as it does not count it in the
/// share carried over (ux96 finding 14). A paragraph really copied from last year still is.
@Suite struct BoilerplateFindingTests {
    /// The standard preamble the ux review's clerk kept, for a year.
    static func preamble(_ year: Int) -> String {
        "本报告由长子县常张乡人民政府根据《中华人民共和国政府信息公开条例》编制。"
            + "本报告中所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。"
    }

    /// The bundled sample 000 (常张乡 2024) with the standard preamble, and the same report a year on, its text
    /// otherwise left as it was.
    static func pair() throws -> (old: Report, new: Report) {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let opening = try #require(lines.firstIndex { $0.hasPrefix("根据《中华人民共和国政府信息公开条例》相关规定") })
        var old = lines.map(String.init)
        old[opening] = preamble(2024)
        let oldText = old.joined(separator: "\n")
        let newText = oldText.replacingOccurrences(of: "2025年1月8日", with: "2026年1月8日")
            .replacingOccurrences(of: "2024", with: "2025")
        return (
            try ReportParser.parse(text: oldText).report, try ReportParser.parse(text: newText).report
        )
    }

    @Test func theStandardPreambleIsNotCarriedOverButCopiedTextIs() throws {
        let (old, new) = try Self.pair()
        let script = DiffEngine().diff(from: old, to: new)
        #expect(script.yearShift == YearShift(from: 2024, to: 2025))
        let carried = script.findings.filter { $0.kind == .carriedOver }
        #expect(!carried.contains { $0.excerpt.contains("统计期限") }, "\(carried.map(\.excerpt))")
        // Section 一's own account, left as last year's, is still listed.
        #expect(carried.contains { $0.excerpt.hasPrefix("一年来,我乡积极落实省市县") })
        // The text rendering, which the CLI prints, does not list the preamble either.
        let text = TextDiffRenderer(colour: false).render(script)
        #expect(!text.contains("统计期限自2025年"))
        #expect(text.contains("一年来,我乡积极落实省市县"))
    }

    @Test func aParagraphWithOwnWordsBesideStandardSentencesCounts() {
        let options = DiffOptions()
        #expect(!CarriedOver.isFinding([Self.preamble(2025)], options: options))
        #expect(!CarriedOver.isFinding(["2024年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。"], options: options))
        #expect(
            CarriedOver.isFinding(
                [Self.preamble(2025) + "全年共主动公开政府信息133条，涉及社会救助、应急管理等重点领域。"], options: options))
    }
}

/// The real 洪泽区 2023/2024 pair: the 信息处理费 0 元 sentence of section 六 is no 照搬上年 finding.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct BoilerplateCorpusFindingTests {
    @Test func hongzesFeeSentenceIsNotCarriedOver() throws {
        let old = try ReportParser.parse(try Corpus.data("real/hongze-2023-pdftotext-layout.txt")).report
        let new = try ReportParser.parse(try Corpus.data("real/hongze-2024-pdftotext-layout.txt")).report
        let script = DiffEngine().diff(from: old, to: new)
        let carried = script.findings.filter { $0.kind == .carriedOver }.map(\.excerpt)
        #expect(!carried.contains { $0.contains("信息处理费") }, "\(carried)")
        // The comparison still looks at section 六: the sentence is there, unchanged.
        #expect(new.section(slot: 6)?.allParagraphs.contains { $0.text.contains("信息处理费") } == true)
    }
}
