import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The rules for marks, one home for the CLI and the web: who may set which, what `returned` needs, and that nothing
/// is published by accident.
@Suite struct MarkRulesTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    /// The office the first commit registers, from the sample's title.
    static let agencyName: String? = "常张乡人民政府"

    /// A repository with a clean draft of changzhang/2024 (no check errors).
    static func repository(_ report: Report = SampleReport.make()) async throws -> (ReportRepository, Revision) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let outcome = try await repository.commit(report, to: key, author: "常张乡党政办", message: "初稿")
        return (repository, outcome.revision)
    }

    @Test func onlyTheCountyReturnsOrPublishesAndOnlyWithinReach() async throws {
        let (repository, _) = try await Self.repository()
        let before = try await repository.reports()
        let township = AccessScope.agencies(["changzhang"])
        await #expect(throws: RepositoryError.countyOnly(mark: .returned)) {
            try await repository.mark("changzhang/2024", as: .returned, comment: "请改", author: "乡", scope: township)
        }
        await #expect(throws: RepositoryError.countyOnly(mark: .published)) {
            try await repository.mark("changzhang/2024", as: .published, author: "乡", scope: township)
        }
        // (another agency's report is answered as one that does not exist, never as one out of reach: rv113 F8)
        await #expect(throws: RepositoryError.refNotSet(Self.key, .draft, agencyName: nil)) {
            try await repository.mark("changzhang/2024", as: .submitted, author: "乡", scope: .agencies(["dazhuang"]))
        }
        #expect(try await repository.reports() == before)
        try await repository.mark("changzhang/2024", as: .submitted, author: "乡", scope: township)
        #expect(try await repository.reports().first?.status == .submitted)
    }

    /// A return note or an override reason is held to the comments' limit, which every node accepts on sync: one
    /// longer is refused with nothing changed, not stored to make the county's next push fail.
    @Test func aMarksTextIsNoLongerThanAComment() async throws {
        let (repository, _) = try await Self.repository()
        let before = try await repository.reports()
        let long = String(repeating: "核", count: ReportRepository.maxNoteLength + 1)
        let tooLong = RepositoryError.workflow(.textTooLong(ReportRepository.maxNoteLength))
        await #expect(throws: tooLong) {
            try await repository.mark("changzhang/2024", as: .returned, comment: long, author: "县")
        }
        await #expect(throws: tooLong) {
            try await repository.mark("changzhang/2024", as: .published, author: "县", overriding: long)
        }
        // Counted in Unicode scalars: one letter with 3,000 combining marks is 3,001, not one character
        let stacked = "a" + String(repeating: "\u{0301}", count: 3000)
        #expect(stacked.count == 1)
        await #expect(throws: tooLong) {
            try await repository.mark("changzhang/2024", as: .returned, comment: stacked, author: "县")
        }
        await #expect(throws: tooLong) {
            try await repository.addComment(
                on: "changzhang/2024", at: "section:一", text: stacked, by: Principal(author: "县"))
        }
        #expect(try await repository.reports() == before)
        let atLimit = String(long.dropFirst())
        try await repository.mark("changzhang/2024", as: .returned, comment: atLimit, author: "县")
        #expect(try await repository.reports().first?.mark(.returned)?.comment?.comment == atLimit)
    }

    /// A township node's push is held to the same limit: a submission note longer than a comment is refused whole.
    @Test func aPushedMarkTextIsNoLongerThanAComment() async throws {
        let (repository, draft) = try await Self.repository()
        let before = try await repository.reports()
        let long = String(repeating: "核", count: ReportRepository.maxNoteLength + 1)
        let note = MarkComment(report: Self.key, mark: .submitted, comment: long, author: "乡", time: Date())
        await #expect(throws: RepositoryError.workflow(.textTooLong(ReportRepository.maxNoteLength))) {
            try await repository.receive(
                objects: [],
                updates: [
                    RefUpdate(
                        report: Self.key, ref: .mark(.submitted), revision: draft.id, expected: nil, comment: note)
                ],
                from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        }
        #expect(try await repository.reports() == before)
    }

    @Test func aReturnNeedsItsCorrectionRequestAndIsAREF() async throws {
        let (repository, draft) = try await Self.repository()
        for comment in [nil, "", "  \n"] {
            await #expect(throws: RepositoryError.commentRequired) {
                try await repository.mark("changzhang/2024", as: .returned, comment: comment, author: "县")
            }
        }
        try await repository.mark("changzhang/2024", as: .returned, comment: " 请核对表三 ", author: "县政务公开办")
        #expect(try await repository.resolve("changzhang/2024@returned") == draft)
        let summary = try #require(try await repository.reports().first)
        #expect(summary.status == .returned)
        #expect(summary.mark(.returned)?.comment?.comment == "请核对表三")
        #expect(summary.mark(.returned)?.note == "退回意见：请核对表三")
        #expect(try await repository.show("changzhang/2024").marks.map(\.mark) == [.returned])
    }

    /// A clerk whose answer to a return is that nothing needs to change submits the same revision again: the
    /// report is 已报送 again, not left 已退回; submitting twice without a return changes nothing.
    @Test func theReturnedRevisionCanBeSubmittedAgain() async throws {
        let (repository, draft) = try await Self.repository()
        let township = AccessScope.agencies(["changzhang"])
        let first = Date(timeIntervalSince1970: 1_767_000_000)
        let submitted = try await repository.mark(
            "changzhang/2024", as: .submitted, author: "李四", scope: township, time: first)
        #expect(submitted.previous == nil)
        let again = try await repository.mark(
            "changzhang/2024", as: .submitted, author: "李四", scope: township, time: first.addingTimeInterval(60))
        #expect(again.previous == draft.id)
        try await repository.mark(
            "changzhang/2024", as: .returned, comment: "请核对表三", author: "王审核", time: first.addingTimeInterval(120))
        #expect(try await repository.reports().first?.status == .returned)
        let resubmitted = try await repository.mark(
            "changzhang/2024", as: .submitted, comment: "经核对，数据无误", author: "李四", scope: township,
            time: first.addingTimeInterval(180))
        #expect(resubmitted.previous == nil)
        #expect(resubmitted.revision == draft.id)
        let summary = try #require(try await repository.reports().first)
        #expect(summary.status == .submitted)
        #expect(summary.mark(.submitted)?.comment?.comment == "经核对，数据无误")
    }

    @Test func onlyTheSubmittedRevisionIsPublished() async throws {
        // Given a clean draft that was never submitted
        let (repository, draft) = try await Self.repository()
        // When the county publishes it, it is refused and nothing moves
        await #expect(
            throws: RepositoryError.publishRefused(
                Self.key, revision: draft.id, obstacles: [.notSubmitted(submitted: nil, generation: nil)],
                agencyName: Self.agencyName, generation: 1)
        ) {
            try await repository.mark("changzhang/2024", as: .published, author: "县政务公开办")
        }
        // Once the township submitted it, it is published without ado
        try await repository.mark("changzhang/2024", as: .submitted, author: "常张乡党政办")
        let outcome = try await repository.mark("changzhang/2024", as: .published, author: "县政务公开办")
        #expect(outcome.comment == nil)
        #expect(try await repository.reports().first?.status == .published)
        // A later edit is not the submitted revision: publishing it is refused, naming the one submitted
        let edited = try await repository.commit(
            SampleReport.make(paragraphs: 4), to: Self.key, author: "常张乡党政办", message: "改")
        await #expect(
            throws: RepositoryError.publishRefused(
                Self.key, revision: edited.revision.id, obstacles: [.notSubmitted(submitted: draft.id, generation: 1)],
                agencyName: Self.agencyName, generation: 2)
        ) {
            try await repository.mark("changzhang/2024", as: .published, author: "县政务公开办")
        }
        #expect(PublishObstacle.notSubmitted(submitted: draft.id, generation: 1).description.contains("报送的是第 1 版"))
    }

    @Test func checkErrorsStopAPublishUnlessTheCountyGivesAReason() async throws {
        // Given a submitted draft whose table 3 does not add up
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "5")
        let (repository, draft) = try await Self.repository(wrong)
        try await repository.mark("changzhang/2024", as: .submitted, author: "常张乡党政办")
        let errors = try await repository.findings(of: "changzhang/2024").filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        let before = try await repository.reports()
        // When it is published, it is refused with the checks' errors
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.mark("changzhang/2024", as: .published, author: "县政务公开办")
        }
        #expect(
            error
                == .publishRefused(
                    Self.key, revision: draft.id, obstacles: [.checkErrors(errors.map(\.message))],
                    agencyName: Self.agencyName, generation: 1))
        // Named by the office and 第 N 版, not by a hash: it had said 报告 changzhang/2024 的修订 7fcfbbc8 不能公开
        #expect(error?.description.hasPrefix("\(Self.agencyName ?? "") 2024 年度报告的第 1 版不能公开：") == true)
        #expect(error?.description.contains("--force --reason") == true)
        // A submitted report is not told to be submitted first: the advice is the correction
        #expect(error?.description.contains("请退回乡镇改正检查出的错误") == true, "\(String(describing: error))")
        #expect(error?.description.contains("报送") == false)
        // An override needs a reason
        await #expect(throws: RepositoryError.reasonRequired) {
            try await repository.mark("changzhang/2024", as: .published, author: "县政务公开办", overriding: " ")
        }
        #expect(try await repository.reports() == before)
        // With one, it is published, recorded as forced, and the reason goes with the mark
        let outcome = try await repository.mark(
            "changzhang/2024", as: .published, author: "县政务公开办", overriding: "县政府已审定，表三随后更正")
        #expect(outcome.comment?.forced == true)
        let mark = try #require(try await repository.reports().first?.mark(.published))
        #expect(mark.isForced)
        #expect(mark.label == "已公开（强制）")
        #expect(mark.note == "强制理由：县政府已审定，表三随后更正")
        #expect(
            try await repository.show("changzhang/2024").marks == [try #require(before.first?.mark(.submitted)), mark])
    }
}
