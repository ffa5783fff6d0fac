import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// A paragraph rewritten beyond recognition on both sides (the township and the county each rewrite 存在的主要问题
/// after a return), or rewritten on one side and deleted on the other, is one conflict: both texts had been kept one
/// after the other, or the rewrite kept over the deletion, with no conflict said (review rr93 F4).
@Suite struct ParagraphRewriteMergeTests {
    static let base = SampleReport.make()
    static let oursText = "存在的问题：一是政策解读不够深入，二是公开时效性不强。"
    static let theirsText = "存在的问题：部分栏目更新不及时，依申请公开答复不够规范。"

    /// The report with the first paragraph of section 一 (一) taken out.
    static func deletingParagraph(of report: Report) -> Report {
        var edited = report
        edited.sections[0].sections[0].blocks.remove(at: 0)
        return edited
    }

    /// The texts of the paragraphs of section 一 (一).
    static func texts(_ report: Report) -> [String] {
        report.sections[0].sections[0].blocks.compactMap(\.paragraph?.text)
    }

    @Test func aParagraphBothSidesRewroteIsOneConflict() throws {
        let ours = SampleReport.rewritingParagraph(of: Self.base, index: 0, to: Self.oursText)
        let theirs = SampleReport.rewritingParagraph(of: Self.base, index: 0, to: Self.theirsText)
        for (first, second) in [(ours, theirs), (theirs, ours)] {
            let result = ReportMerge.merge(base: Self.base, ours: first, theirs: second)
            try #require(result.conflicts.count == 1, "\(Self.texts(result.merged))")
            let conflict = result.conflicts[0]
            #expect(conflict.kind == .bothChanged)
            #expect(conflict.base == .text(Self.texts(Self.base)[0]))
            #expect(result.resolving(conflict.unit, with: .ours).merged == first)
            #expect(result.resolving(conflict.unit, with: .theirs).merged == second)
            // Both, when the person asks for both
            let both = try result.resolving(choices: [(conflict.unit, .both)]).merged
            #expect(
                Array(Self.texts(both).prefix(2)) == Array((Self.texts(first).prefix(1) + Self.texts(second).prefix(1)))
            )
        }
    }

    @Test func aParagraphRewrittenOnOneSideAndDeletedOnTheOtherIsAConflict() {
        let rewritten = SampleReport.rewritingParagraph(of: Self.base, index: 0, to: Self.oursText)
        let deleted = Self.deletingParagraph(of: Self.base)
        let result = ReportMerge.merge(base: Self.base, ours: deleted, theirs: rewritten)
        #expect(result.conflicts.map(\.kind) == [.deletedChanged])
        #expect(result.resolvingAll(with: .ours).merged == deleted)
        #expect(result.resolvingAll(with: .theirs).merged == rewritten)
        let other = ReportMerge.merge(base: Self.base, ours: rewritten, theirs: deleted)
        #expect(other.conflicts.map(\.kind) == [.changedDeleted])
    }

    /// What stays clean: one side's rewrite with the other's change elsewhere, the same rewrite on both sides, and a
    /// deletion on both.
    @Test func aRewriteOnOneSideOrTheSameOnBothIsClean() {
        let rewritten = SampleReport.rewritingParagraph(of: Self.base, index: 0, to: Self.oursText)
        let cell = SampleReport.settingTable3Cell(of: Self.base, index: 0, to: "7")
        let merged = ReportMerge.merge(base: Self.base, ours: rewritten, theirs: cell)
        #expect(merged.isClean)
        #expect(merged.merged == SampleReport.settingTable3Cell(of: rewritten, index: 0, to: "7"))
        let same = ReportMerge.merge(base: Self.base, ours: rewritten, theirs: rewritten)
        #expect(same.isClean && same.merged == rewritten)
        let deleted = Self.deletingParagraph(of: Self.base)
        let both = ReportMerge.merge(base: Self.base, ours: deleted, theirs: deleted)
        #expect(both.isClean && both.merged == deleted)
    }
}
