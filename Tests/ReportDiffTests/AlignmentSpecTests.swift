import Foundation
import ReportFixtures
import Testing

@testable import ReportDiff

/// `Schema/diff-alignment.md` states every alignment constant with the value the code uses, and the greedy
/// pairing it describes.
@Suite struct AlignmentSpecTests {
    @Test func theSpecGivesTheCodesConstants() throws {
        let url = Corpus.packageRoot.appending(path: "Schema/diff-alignment.md")
        let spec = try String(contentsOf: url, encoding: .utf8)
        let stated = [
            "`alikeTitle` = \(SectionAligner.alikeTitle)", "`sameNumberBonus` = \(SectionAligner.sameNumberBonus)",
            "`sameNumberTitle` = \(SectionAligner.sameNumberTitle)",
            "`sameNumberText` = \(SectionAligner.sameNumberText)",
            "`alikeText` = \(SectionAligner.alikeText)",
            "`alikeTextMinimumLength` = \(SectionAligner.alikeTextMinimumLength)",
            "| `SectionMoves.sameTitleText` | \(SectionMoves.sameTitleText) |",
            "| `SectionMoves.alikeText` | \(SectionMoves.alikeText) |",
            "| `SectionMoves.minimumAlikeLength` | \(SectionMoves.minimumAlikeLength) |",
            "| `ParagraphAligner.threshold` | \(ParagraphAligner.threshold) |",
            "| `ParagraphAligner.longestRejoinedRun` | \(ParagraphAligner.longestRejoinedRun) |",
            "| `ParagraphAligner.longestEditScriptLists` | \(ParagraphAligner.longestEditScriptLists) |",
            "`maximumScoredPairs` = \(GreedyPairing.maximumScoredPairs)",
            "| `ParagraphMoves.minimumLength` | \(ParagraphMoves.minimumLength) |",
            "| `ParagraphMoves.alikeText` | \(ParagraphMoves.alikeText) |",
            "| `ParagraphMoves.minimumAlikeLength` | \(ParagraphMoves.minimumAlikeLength) |",
        ]
        for line in stated { #expect(spec.contains(line), "the spec lacks \(line)") }
    }

    @Test func greedyPairingTakesTheBestFirstThenTheClosest() {
        let candidates = [
            GreedyPairing.Candidate(score: 0.7, old: 0, new: 0), GreedyPairing.Candidate(score: 0.9, old: 0, new: 1),
            GreedyPairing.Candidate(score: 0.8, old: 1, new: 1), GreedyPairing.Candidate(score: 0.8, old: 1, new: 2),
            GreedyPairing.Candidate(score: 0.8, old: 2, new: 2),
        ]
        let pairs = GreedyPairing.pairs(candidates).map { [$0.old, $0.new] }
        // 0.9 first; of the 0.8 ties, (2, 2) is closer than (1, 2); (1, 1) lost its newer paragraph.
        #expect(pairs == [[0, 1], [2, 2]])
    }
}
