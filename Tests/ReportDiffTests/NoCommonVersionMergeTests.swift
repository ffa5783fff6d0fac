import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Two first versions written apart (the county uploaded 常张乡's report, 李四 set up late and committed his own)
/// share no history and merge from ``ReportMerge/noCommonVersion``: a paragraph the two wrote differently — the
/// opening with a sentence added, the 依申请 fact worded another way, a paragraph only one has there — is a
/// conflict, and taking a side gives that side's text, never both one after the other (review rr99 F1).
@Suite struct NoCommonVersionMergeTests {
    /// The county's upload.
    static let county = SampleReport.make()

    /// The township's own first version: a sentence added to the opening, the 依申请 paragraph reworded, a few
    /// words of one paragraph changed, and a paragraph of its own in 五.
    static let township = SampleReport.ownWording(of: county)

    static func merge(_ ours: Report, _ theirs: Report) -> MergeResult {
        ReportMerge.merge(base: ReportMerge.noCommonVersion, ours: ours, theirs: theirs)
    }

    /// How often a text stands in a report's paragraphs.
    static func count(_ text: String, in report: Report) -> Int {
        let texts = report.preamble.compactMap(\.paragraph?.text) + report.sections.flatMap(\.allParagraphs).map(\.text)
        return texts.filter { $0.contains(text) }.count
    }

    @Test(arguments: [false, true])
    func takingASideGivesThatSidesTextOnly(swapped: Bool) {
        let (ours, theirs) = swapped ? (Self.township, Self.county) : (Self.county, Self.township)
        // Given the two first versions merged with no common version
        let result = Self.merge(ours, theirs)
        // Then each place they wrote differently is a conflict
        #expect(result.conflicts.count == 4, "\(result.conflicts.map(\.unit.description))")
        // And taking a side for all gives that side's text, the opening and the 依申请 fact once
        #expect(result.resolvingAll(with: .theirs).merged == theirs)
        #expect(result.resolvingAll(with: .ours).merged == ours)
        for side in MergeSide.allCases {
            let merged = result.resolvingAll(with: side).merged
            #expect(Self.count("根据《中华人民共和国政府信息公开条例》", in: merged) == 1)
            #expect(Self.count("依申请", in: merged) + Self.count("我乡没有收到", in: merged) == 1)
        }
    }

    @Test func theConflictsNameThePlacesAndHowTheSidesDiffer() throws {
        let result = Self.merge(Self.county, Self.township)
        let kinds = Dictionary(uniqueKeysWithValues: result.conflicts.map { ($0.unit.description, $0.kind) })
        #expect(
            kinds == [
                "preamble/paragraph:1": .bothAdded, "section:一/section:一/paragraph:2": .bothAdded,
                "section:一/section:二/paragraph:1": .bothAdded, "section:五/paragraph:2": .onlyTheirs,
            ], "\(kinds)")
        let only = try #require(result.conflicts.first { $0.kind == .onlyTheirs })
        #expect(only.base == nil && only.ours == nil && only.theirs == .text(SampleReport.ownClosingParagraph))
        #expect(
            Self.merge(Self.township, Self.county).conflicts.contains { $0.kind == .onlyOurs && $0.unit == only.unit })
    }

    @Test func bothStaysAChoiceOfItsOwn() throws {
        let result = Self.merge(Self.county, Self.township)
        let unit = try #require(UnitID("section:一/section:二/paragraph:1"))
        // When the person keeps both wordings of the 依申请 fact, and the county's side elsewhere
        let both = try result.resolving(choices: [(unit, .both)]).resolvingAll(with: .ours).merged
        // Then both stand, the county's first, and nothing else is doubled
        #expect(
            both.sections[0].sections[1].blocks.compactMap(\.paragraph?.text) == [
                "2024年我单位未接收到任何依申请公开的申请。", SampleReport.ownRequestParagraph,
            ])
        #expect(Self.count("根据《中华人民共和国政府信息公开条例》", in: both) == 1)
        // And a paragraph only one side has is kept by keeping it
        let extra = try #require(UnitID("section:五/paragraph:2"))
        let kept = try result.resolving(choices: [(extra, .theirs)]).resolvingAll(with: .ours).merged
        #expect(kept.sections[4].blocks.compactMap(\.paragraph?.text).last == SampleReport.ownClosingParagraph)
    }

    /// What the two wrote alike merges cleanly, in its place: the same text on both sides is no conflict.
    @Test func whatBothWroteAlikeIsClean() {
        let result = Self.merge(Self.county, Self.county)
        #expect(result.isClean && result.merged == Self.county)
        var edited = Self.county
        edited.sections[4].blocks.append(.paragraph(Paragraph(SampleReport.ownClosingParagraph)))
        let one = Self.merge(edited, Self.county)
        #expect(one.conflicts.map(\.kind) == [.onlyOurs])
        #expect(one.resolvingAll(with: .ours).merged == edited)
        #expect(one.resolvingAll(with: .theirs).merged == Self.county)
    }

    /// A subsection only one side has went (or stayed) by its paragraphs alone: taking the other side left its heading
    /// behind with nothing under it (review rv100 F3). It is one conflict, kept or left whole.
    @Test(arguments: [false, true])
    func aSubsectionOnlyOneSideHasIsKeptOrLeftWhole(swapped: Bool) throws {
        // The township's own text lacks the county's last subsection of 一 and has one of its own
        var township = Self.county
        let dropped = try #require(township.sections[0].sections.last)
        township.sections[0].sections.removeLast()
        township.sections[0].sections.append(
            Section(
                heading: "（六）乡里自己加的一节。",
                blocks: [.paragraph(Paragraph("这是乡里自己写的一段话，县里的稿子里没有。"))]))
        let (ours, theirs) = swapped ? (township, Self.county) : (Self.county, township)
        let result = Self.merge(ours, theirs)
        // Then each subsection is one conflict, not its paragraphs
        let kinds = result.conflicts.map(\.kind).sorted { $0.rawValue < $1.rawValue }
        #expect(kinds == [.onlyOurs, .onlyTheirs], "\(result.conflicts.map(\.unit.description))")
        #expect(
            result.conflicts.allSatisfy { conflict in
                if case .section = conflict.ours ?? conflict.theirs { return true }
                return false
            })
        // And taking a side gives that side's text, with no heading left empty
        #expect(result.resolvingAll(with: .theirs).merged == theirs)
        #expect(result.resolvingAll(with: .ours).merged == ours)
        for side in MergeSide.allCases {
            let merged = result.resolvingAll(with: side).merged
            #expect(merged.sections[0].sections.allSatisfy { !$0.blocks.isEmpty || !$0.sections.isEmpty })
            #expect(Self.count("乡里自己写的一段话", in: merged) == (merged == township ? 1 : 0))
            #expect(merged.sections[0].sections.contains { $0.heading == dropped.heading } == (merged != township))
        }
    }
}
