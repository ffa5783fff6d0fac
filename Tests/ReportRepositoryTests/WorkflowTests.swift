import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// The review workflow's rules: who may comment, answer, resolve and decide, on which reports; comments anchored on
/// units; decisions kept by a finding's stable key across revisions; dismissed findings stop counting.
@Suite struct WorkflowTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let reviewer = Principal(
        person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
    static let clerk = Principal(
        person: Person(id: 2, name: "李四", role: .clerk, agencies: ["changzhang"], created: Date()))
    static let otherClerk = Principal(
        person: Person(id: 3, name: "赵六", role: .clerk, agencies: ["dazhuang"], created: Date()))
    static let viewer = Principal(person: Person(id: 4, name: "赵领导", role: .viewer, agencies: [], created: Date()))

    static func repository(_ report: Report = SampleReport.make()) async throws -> (ReportRepository, Revision) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let outcome = try await repository.commit(report, to: key, author: "常张乡党政办", message: "初稿")
        return (repository, outcome.revision)
    }

    /// A paragraph's and a cell's unit id in a report.
    static func anchors(in report: Report) throws -> (paragraph: String, cell: String) {
        let all = CommentAnchor.all(in: report).map(\.unit)
        return (
            try #require(all.first { $0.contains("paragraph:") }), try #require(all.first { $0.contains("cell:") })
        )
    }

    /// The places a comment may be written on are named as the report names them: a section by its number and title
    /// (`一、总体情况`, as a report prints it: no space after 、, rv108 F22 j), a paragraph and a cell by where they
    /// are and how they start.
    @Test func theCommentPlacesNameSectionsByTheirTitles() throws {
        let report = SampleReport.make()
        let anchors = CommentAnchor.all(in: report)
        let sections = anchors.filter { !$0.unit.contains("paragraph:") && !$0.unit.contains("table:") }
        let titles = report.sections.map(\.title)
        #expect(!sections.isEmpty)
        for title in titles.prefix(3) {
            #expect(sections.contains { $0.label.hasSuffix("、" + title) }, "\(sections.map(\.label))")
        }
    }

    @Test func theCountyCommentsAndTheTownshipAnswersAndResolves() async throws {
        let (repository, draft) = try await Self.repository()
        let (paragraph, cell) = try Self.anchors(in: SampleReport.make())
        // The reviewer comments on a cell and on a paragraph
        // (Notes in the same second are ordered by name, the same on every node: the times here are apart.)
        let start = Date(timeIntervalSince1970: 1_767_000_000)
        let onCell = try await repository.addComment(
            on: "changzhang/2024", at: cell, text: " 请核对这一格 ", by: Self.reviewer, time: start)
        #expect(onCell.comment.text == "请核对这一格")
        #expect(onCell.comment.revision == draft.id)
        #expect(onCell.comment.author == "王审核")
        #expect(!onCell.place.contains("cell:"))
        try await repository.addComment(
            on: "changzhang/2024", at: paragraph, text: "措辞", by: Self.reviewer, time: start.addingTimeInterval(60))
        // The clerk answers one and resolves it, by a prefix of its name
        let prefix = onCell.id.shortHex(8)
        try await repository.answer(comment: prefix, in: Self.key, text: "已改为2", by: Self.clerk)
        try await repository.answer(comment: prefix, in: Self.key, text: "", resolving: true, by: Self.clerk)
        await #expect(
            throws: RepositoryError.workflow(.alreadyResolved(author: "王审核", number: 1, short: onCell.id.shortHex(8)))
        ) {
            try await repository.answer(comment: prefix, in: Self.key, text: "", resolving: true, by: Self.reviewer)
        }
        // The reviewer answers the second by its number, as a person names it
        let answered = try await repository.answer(comment: "批注 2", in: Self.key, text: "好", by: Self.reviewer)
        let threads = try await repository.comments(of: Self.key)
        #expect(threads.map(\.anchor) == [cell, paragraph])
        #expect(threads.map(\.number) == [1, 2])
        #expect(answered.target == threads[1].id)
        #expect(threads[0].replies.map(\.text) == ["已改为2"])
        #expect(threads[0].resolution?.author == "李四")
        #expect(threads[0].isResolved)
        #expect(!threads[1].isResolved)
        // A scope that does not reach the report sees no comments
        #expect(try await repository.comments(of: Self.key, scope: .agencies(["dazhuang"])).isEmpty)
    }

    @Test func rolesAndReachAreEnforcedAndARefusalChangesNothing() async throws {
        let (repository, _) = try await Self.repository()
        let (paragraph, _) = try Self.anchors(in: SampleReport.make())
        let first = try await repository.addComment(
            on: "changzhang/2024", at: paragraph, text: "请补充", by: Self.reviewer)
        let before = try await repository.comments(of: Self.key)
        // A clerk answers but does not start comments; a viewer writes nothing
        await #expect(throws: RepositoryError.people(.notAllowed(role: .clerk, action: .comment))) {
            try await repository.addComment(on: "changzhang/2024", at: paragraph, text: "x", by: Self.clerk)
        }
        await #expect(throws: RepositoryError.people(.notAllowed(role: .viewer, action: .comment))) {
            try await repository.addComment(on: "changzhang/2024", at: paragraph, text: "x", by: Self.viewer)
        }
        await #expect(throws: RepositoryError.people(.notAllowed(role: .viewer, action: .answer))) {
            try await repository.answer(comment: first.id.hex, in: Self.key, text: "x", by: Self.viewer)
        }
        // Another agency's clerk gets the answer of a report that does not exist
        let missing = ReportKey(agency: "nowhere", year: 2024)
        await #expect(throws: RepositoryError.refNotSet(Self.key, .draft)) {
            try await repository.answer(comment: first.id.hex, in: Self.key, text: "x", by: Self.otherClerk)
        }
        await #expect(throws: RepositoryError.refNotSet(missing, .draft)) {
            try await repository.answer(comment: first.id.hex, in: missing, text: "x", by: Self.reviewer)
        }
        await #expect(throws: RepositoryError.refNotSet(Self.key, .draft)) {
            try await repository.addComment(on: "changzhang/2024", at: paragraph, text: "x", by: Self.otherClerk)
        }
        // Bad anchors, empty texts and unknown comments are refused
        await #expect(throws: RepositoryError.workflow(.unknownAnchor("section:九十九"))) {
            try await repository.addComment(on: "changzhang/2024", at: "section:九十九", text: "x", by: Self.reviewer)
        }
        await #expect(throws: RepositoryError.workflow(.emptyText)) {
            try await repository.addComment(on: "changzhang/2024", at: paragraph, text: " \n", by: Self.reviewer)
        }
        await #expect(throws: RepositoryError.workflow(.commentNotFound("ffffffff"))) {
            try await repository.answer(comment: "ffffffff", in: Self.key, text: "x", by: Self.clerk)
        }
        #expect(try await repository.comments(of: Self.key) == before)
    }

    @Test func aDecisionHoldsWhileTheNumbersStayAndDismissedFindingsStopCounting() async throws {
        // Given a report whose table 3 does not add up
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "5")
        let (repository, draft) = try await Self.repository(wrong)
        let decided = try await repository.decidedFindings(of: "changzhang/2024")
        let errors = decided.filter { $0.finding.severity == .error && $0.finding.kind == .report }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.decision == nil })
        // Only the county decides, and a dismissal needs its reason
        await #expect(throws: RepositoryError.people(.notAllowed(role: .clerk, action: .decide))) {
            try await repository.decide(
                finding: errors[0].key, on: "changzhang/2024", verdict: .dismissed, reason: "x", by: Self.clerk)
        }
        // (said as 不予采纳须写明理由, not as an empty comment: user review rv115, M10)
        await #expect(throws: RepositoryError.workflow(.noDismissReason)) {
            try await repository.decide(
                finding: errors[0].key, on: "changzhang/2024", verdict: .dismissed, reason: " ", by: Self.reviewer)
        }
        #expect(WorkflowError.noDismissReason.description(in: .chinese).hasPrefix("不予采纳须写明理由"))
        await #expect(throws: RepositoryError.workflow(.findingNotFound("t3-identity-0000000000"))) {
            try await repository.decide(
                finding: "t3-identity-0000000000", on: "changzhang/2024", verdict: .confirmed, reason: "",
                by: Self.reviewer)
        }
        // When the reviewer dismisses every error, they stop counting
        for error in errors {
            try await repository.decide(
                finding: error.key, on: "changzhang/2024", verdict: .dismissed, reason: "原表如此，已核实",
                by: Self.reviewer)
        }
        #expect(try await repository.findingCounts(of: [draft])[draft.id]?.errors == 0)
        // A later revision that changes only a paragraph keeps the findings' keys, so the decisions hold
        let reworded = try await repository.commit(
            SampleReport.rewritingParagraph(of: wrong, index: 0, to: "本年度改写的一段。"), to: Self.key,
            author: "常张乡党政办", message: "改一段")
        let again = try await repository.decidedFindings(of: [reworded.revision])[reworded.revision.id] ?? []
        #expect(Set(again.filter(\.isDismissed).map(\.key)) == Set(errors.map(\.key)))
        #expect(try await repository.findingCounts(of: [reworded.revision])[reworded.revision.id]?.errors == 0)
        // The dismissed errors no longer stop a publish
        try await repository.mark("changzhang/2024", as: .submitted, author: "常张乡党政办")
        let published = try await repository.mark("changzhang/2024", as: .published, author: "王审核")
        #expect(published.comment == nil)
        // When the numbers change, the finding has a new key: it comes back undecided
        let renumbered = try await repository.commit(
            SampleReport.settingTable3Cell(of: wrong, index: 0, to: "6"), to: Self.key, author: "常张乡党政办",
            message: "改数")
        let fresh = try await repository.decidedFindings(of: [renumbered.revision])[renumbered.revision.id] ?? []
        let freshErrors = fresh.filter { $0.finding.severity == .error && $0.finding.kind == .report }
        #expect(!freshErrors.isEmpty)
        #expect(freshErrors.contains { !Set(errors.map(\.key)).contains($0.key) && $0.decision == nil })
        #expect(
            (try await repository.findingCounts(of: [renumbered.revision])[renumbered.revision.id]?.errors ?? 0) > 0)
    }

    @Test func aNoteIsNamedByItsContent() {
        let time = Date(timeIntervalSince1970: 1_736_300_000.7)
        let note = Note(kind: .comment, report: Self.key, anchor: "section:一", text: "请改", author: "王", time: time)
        var same = note
        same.via = "county"
        #expect(note.id == same.id)
        #expect(note.time == Date(timeIntervalSince1970: 1_736_300_000))
        var other = note
        other.text = "请改。"
        #expect(other.id != note.id)
    }
}

/// Two findings of one rule at one place, told apart only by their lines (two broken paragraphs), are decided one by
/// one: a 不予采纳 of the first did both, under a reason naming only one, and the count dropped by two.
@Suite struct TwinFindingDecisionTests {
    /// The sample report's text with two of its paragraphs broken across a blank line in the middle of a sentence
    /// (or only the second, when `first` is false: the first mended and its paragraph finished).
    static func twiceBroken(first breakingFirst: Bool = true) throws -> (report: Report, source: ReportSource) {
        var lines = ReportText.render(SampleReport.make()).components(separatedBy: "\n")
        var broken = 0
        // (paragraphs of the sections: from 一、 on)
        let first = lines.firstIndex { $0.hasPrefix("一、") } ?? 0
        for index in lines.indices.dropFirst(first) where broken < 2 && lines[index].count > 40 {
            // (in the middle of a sentence: after a character that ends none)
            let line = lines[index]
            guard
                let after = line.indices.dropFirst(line.count / 2).first(where: {
                    !"。；！？：".contains(line[line.index(before: $0)])
                })
            else { continue }
            broken += 1
            if broken == 1, !breakingFirst {
                // (mended: joined again, and a word added, so that the text is not the broken one's)
                lines[index] = "另外，" + lines[index]
                continue
            }
            lines[index] = String(lines[index][..<after]) + "\n\n" + String(lines[index][after...])
        }
        let parsed = try ReportParser.parse(Data(lines.joined(separator: "\n").utf8))
        return (parsed.report, ReportSource(diagnostics: parsed.diagnostics))
    }

    /// The clerk mends the first break after the county dismissed it: the second, still there, is not taken for the
    /// first (it had taken over its key, and with it the 不予采纳; review rr90 F5).
    @Test func aDecisionOnAMendedBreakDoesNotPassToTheOther() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let (report, source) = try Self.twiceBroken()
        try await repository.commit(
            report, to: WorkflowTests.key, author: "常张乡党政办", message: "初稿", source: source)
        let broken = try await repository.decidedFindings(of: "changzhang/2024").filter {
            $0.finding.rule == "paragraph-broken"
        }
        try #require(broken.count == 2)
        try await repository.decide(
            finding: broken[0].key, on: "changzhang/2024", verdict: .dismissed, reason: "第一处原文如此",
            by: WorkflowTests.reviewer)
        let (mended, mendedSource) = try Self.twiceBroken(first: false)
        let outcome = try await repository.commit(
            mended, to: WorkflowTests.key, author: "常张乡党政办", message: "补上第一处", source: mendedSource)
        #expect(outcome.status == .committed && mendedSource.diagnostics.count == 1)
        let left = try await repository.decidedFindings(of: "changzhang/2024").filter {
            $0.finding.rule == "paragraph-broken"
        }
        try #require(left.count == 1)
        #expect(left[0].key == broken[1].key)
        #expect(!left[0].isDismissed)
        // and the finding quotes where the break is
        #expect(left[0].finding.message.contains("：「"), "\(left[0].finding.message)")
    }

    @Test func aDecisionOnOneOfTwoBrokenParagraphsLeavesTheOther() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let (report, source) = try Self.twiceBroken()
        try await repository.commit(
            report, to: WorkflowTests.key, author: "常张乡党政办", message: "初稿", source: source)
        let decided = try await repository.decidedFindings(of: "changzhang/2024")
        let broken = decided.filter { $0.finding.rule == "paragraph-broken" }
        try #require(broken.count == 2)
        #expect(broken[0].key != broken[1].key)
        let warnings = DecidedFinding.counts(decided).warnings
        try await repository.decide(
            finding: broken[0].key, on: "changzhang/2024", verdict: .dismissed, reason: "第一处原文如此",
            by: WorkflowTests.reviewer)
        let after = try await repository.decidedFindings(of: "changzhang/2024")
        let brokenAfter = after.filter { $0.finding.rule == "paragraph-broken" }
        #expect(brokenAfter.map(\.isDismissed) == [true, false])
        #expect(DecidedFinding.counts(after).warnings == warnings - 1)
        // The second is decided by its own key
        try await repository.decide(
            finding: brokenAfter[1].key, on: "changzhang/2024", verdict: .dismissed, reason: "第二处原文如此",
            by: WorkflowTests.reviewer)
        let both = try await repository.decidedFindings(of: "changzhang/2024").filter {
            $0.finding.rule == "paragraph-broken"
        }
        #expect(both.map { $0.decision?.text } == ["第一处原文如此", "第二处原文如此"])
    }
}
