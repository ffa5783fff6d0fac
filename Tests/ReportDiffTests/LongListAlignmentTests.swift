import Foundation
import ReportModel
import Testing

@testable import ReportDiff

/// Two versions of thousands of paragraphs are compared in bounded work: a clerk's two long uploads once held a
/// county server's threads for minutes (rv107 F7). A real report's section has tens of paragraphs and is aligned as
/// before (`AlignmentSpecTests`, the diff suites).
@Suite struct LongListAlignmentTests {
    /// A paragraph of its own: 30 Han characters drawn from a seeded sequence, so that two such paragraphs share
    /// almost no pairs of characters, whatever side or place they are of.
    static func paragraph(_ seed: Int) -> String {
        var state = UInt64(truncatingIfNeeded: seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var scalars = String.UnicodeScalarView()
        for _ in 0..<30 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            scalars.append(Unicode.Scalar(UInt32(0x4E00 + (state >> 33) % 0x5000)) ?? "一")
        }
        return String(scalars) + "。"
    }

    @Test func scoringTwoLongListsStaysNearTheMostPairsScored() {
        // Given 2,000 free positions on each side (4,000,000 pairs)
        let positions = Array(0..<2_000)
        var scored = 0
        // When they are paired greedily, the score counting its calls, older i most alike newer i
        let pairs = GreedyPairing.pairs(old: positions, new: positions) { old, new in
            scored += 1
            return old == new ? 1 : nil
        }
        // Then about the most pairs scored are (each older position against its band), not all 4,000,000
        let band = try? #require(GreedyPairing.band(older: 2_000, newer: 2_000))
        #expect(scored <= GreedyPairing.maximumScoredPairs + 2_000)
        #expect(scored >= 2_000 * (band ?? 0))
        // and the pairs near each other in place are still found
        #expect(pairs.count == 2_000)
        #expect(pairs.allSatisfy { $0.old == $0.new })
    }

    @Test func shortListsAreScoredWhole() {
        // 500 × 500 is the most scored whole: every pair
        #expect(GreedyPairing.band(older: 500, newer: 500) == nil)
        #expect(GreedyPairing.band(older: 501, newer: 500) != nil)
        var scored = 0
        _ = GreedyPairing.pairs(old: Array(0..<300), new: Array(0..<400)) { _, _ in
            scored += 1
            return nil
        }
        #expect(scored == 300 * 400)
    }

    @Test func equalParagraphsOfALongSectionAreAllPairedEvenReversed() {
        // Given 2,000 different paragraphs, and the same in reverse order (4,000 together: above the edit script's)
        let old = (0..<2_000).map { ComparisonKey(Array(Self.paragraph($0).utf8)) }
        let new = Array(old.reversed())
        // When they are aligned
        let pairs = ParagraphAligner.align(old: old, new: new)
        // Then each is paired with itself where it went, as an exact pair
        #expect(pairs.count == 2_000)
        #expect(pairs.allSatisfy { $0.isExact && $0.old.count == 1 && $0.new == [1_999 - $0.old[0]] })
    }

    @Test func aLongSectionRewrittenIsComparedWithItsOneEditFound() {
        // Given a section of 2,000 paragraphs, and a newer one whose paragraphs are all different but one edited
        // in the middle and one kept as it was
        var olds = (0..<2_000).map { Self.paragraph($0) }
        var news = (0..<2_000).map { Self.paragraph(10_000 + $0) }
        let kept = Self.paragraph(-1)
        let edited = Self.paragraph(-2)
        olds[1_000] = kept
        news[1_000] = kept
        olds[1_001] = edited
        news[1_001] = "按时" + edited
        let script = DiffEngine().diff(from: Self.report(olds), to: Self.report(news))
        // Then the kept paragraph is unchanged, the edited one modified, and the rest removed and added
        let changes = script.changedParagraphs
        let modified = changes.filter { $0.status == .modified }
        #expect(modified.count == 1)
        #expect(modified.first?.newText == news[1_001])
        #expect(changes.filter { $0.status == .added }.count == 1_998)
        #expect(changes.filter { $0.status == .removed }.count == 1_998)
    }

    /// A report of one section holding the paragraphs.
    static func report(_ paragraphs: [String]) -> Report {
        Report(
            agency: "长子县常张乡人民政府", year: 2024,
            sections: [Section(heading: "一、总体情况", blocks: paragraphs.map { .paragraph(Paragraph($0)) })])
    }
}
