import DocumentLayout
import DocumentReaders
import Foundation
import ReportFixtures
import Testing

@testable import HTMLReader

/// A web page whose style sheet files thousands of rules under one key (`div p.c1 span b {display:none}`, all kept
/// since hidden text is read) with thousands of such elements took minutes: every element was matched against every
/// rule (review rr98 F4: 2,000 of each, 16 s of processor time; rr97's 8,000 of each did not finish). Such a page is
/// refused before the work, and the real pages are far from the bound.
@Suite struct StyleSheetWorkTests {
    /// rr98's page: the sample report as paragraphs, `rules` rules of one key and as many `<b>` elements.
    static func page(rules: Int) throws -> [UInt8] {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let body = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { "<p>\($0)</p>" }.joined()
        let sheet = (0..<rules).map { "div p.c\($0) span b, td .x\($0) > i ~ u {display:none}" }.joined(separator: "\n")
        let page =
            "<html><head><meta charset=\"utf-8\"><style>\(sheet)</style></head><body>\(body)"
            + String(repeating: "<b>z</b>\n", count: rules) + "</body></html>"
        return Array(page.utf8)
    }

    @Test func aStyleSheetMatchedAgainstEveryElementIsRefused() throws {
        let error = try #require(OversizedDocumentTests.refusal(try Self.page(rules: 2_000)))
        guard case .tooLarge(.html, let detail) = error else {
            Issue.record("refused as \(error)")
            return
        }
        #expect(detail.contains("样式表要和页面的元素对照超过 1000000 次"))
        #expect("\(error)".contains("不像一份年度报告"))
    }

    @Test func aFewHundredSuchRulesAreStillRead() throws {
        let document = try DocumentReaders.read(try Self.page(rules: 300))
        #expect(document.blocks.count > 20)
    }

    /// Every web page of the tests needs under a hundredth of the bound.
    @Test func theTestPagesAreFarFromTheBound() throws {
        let folder = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 10)
        for name in pages {
            let tree = try HTMLReader.tree(of: Array(try Data(contentsOf: folder.appendingPathComponent(name))))
            let sheet = StyleSheet(of: tree)
            #expect(sheet.matches(toRead: tree, limit: .max) < StyleSheet.maximumMatches / 100, "\(name)")
        }
    }
}
