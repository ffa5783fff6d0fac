import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// Two clerks of one township (or one clerk in two tabs, or two on one shared login) have the report's page open at
/// 第 1 版 and each upload a file of their own. The second upload had laid itself over the first unseen whenever the
/// sender had no revision of their own before, or the first was theirs too (rv119 F9): the page's form now says which
/// draft it showed (``ReportSource/shownDraft``).
@Suite struct ShownDraftTests {
    static let key = RebaseTests.key
    static let first = SampleReport.make(agency: "常张乡人民政府", year: 2024)
    static let fromA = "领导小组下设专门办公室，由党政办主任兼任主任。"
    static let fromB = "领导小组下设办公室，负责日常工作，由副乡长分管。"

    /// 第 1 版, imported by the county; the page both clerks opened shows it.
    static func started() async throws -> (ReportRepository, shown: ObjectID) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let outcome = try await repository.commit(
            first, to: key, author: "王审核", message: "导入", time: RepositoryTestSupport.time,
            source: OwnCopyBaseTests.textFile)
        return (repository, outcome.revision.id)
    }

    static func upload(
        _ report: Report, to repository: ReportRepository, by author: String, shown: ObjectID?, after seconds: Int
    ) async throws -> CommitOutcome {
        var source = OwnCopyBaseTests.textFile
        source.shownDraft = shown
        return try await repository.commit(
            report, to: key, author: author, message: "上传 年报.txt",
            time: RepositoryTestSupport.time + TimeInterval(seconds), source: source)
    }

    @Test(arguments: ["李四", "赵六"])
    func theSecondFileChangingThePlaceTheFirstChangedIsRefused(secondSender: String) async throws {
        // Given 赵六's upload from the page showing 第 1 版 (第 2 版), and a second file from a page opened then — by
        // 李四, who has no version of her own, or by 赵六 again in another tab
        let (repository, shown) = try await Self.started()
        let a = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromA)
        _ = try await Self.upload(a, to: repository, by: "赵六", shown: shown, after: 60)
        let b = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromB)
        // When the second file comes, changing the same paragraph
        let refusal = await #expect(throws: RepositoryError.self) {
            try await Self.upload(b, to: repository, by: secondSender, shown: shown, after: 120)
        }
        // Then it is refused, naming the version the page showed, the draft now, who changed it and where
        guard case .changedSincePageShown(_, let was, let now, let authors, let places, _) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(was.chinese == "第 1 版")
        #expect(now.chinese == "第 2 版")
        #expect(authors.map(\.chinese) == [secondSender == "赵六" ? "你" : "赵六"])
        #expect(!places.isEmpty)
        #expect(refusal?.description.contains("打开页面时") == true)
        // And the draft is 赵六's first file, untouched
        #expect(try await repository.report(at: Self.key.description) == a)
    }

    @Test func withoutThePageItWasSentFromTheSecondFileIsLaidOverTheFirst() async throws {
        // (the defect the form's draft mends: the same two uploads with no draft named — the board's form, the
        // terminal — commit the second over the first, as before)
        let (repository, shown) = try await Self.started()
        let a = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromA)
        _ = try await Self.upload(a, to: repository, by: "赵六", shown: shown, after: 60)
        let b = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromB)
        _ = try await Self.upload(b, to: repository, by: "李四", shown: nil, after: 120)
        #expect(try await repository.report(at: Self.key.description) == b)
    }

    @Test func aFileChangingOtherPlacesIsMergedWithTheFirst() async throws {
        // Given 赵六's change of the second paragraph (第 2 版)
        let (repository, shown) = try await Self.started()
        let a = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromA)
        _ = try await Self.upload(a, to: repository, by: "赵六", shown: shown, after: 60)
        // When 李四's file, from the page showing 第 1 版, changes the third one
        let b = SampleReport.rewritingParagraph(of: Self.first, index: 2, to: Self.fromB)
        let outcome = try await Self.upload(b, to: repository, by: "李四", shown: shown, after: 120)
        // Then both changes are in the draft, and she is told that 第 2 版's were kept
        #expect(outcome.status == .committed)
        let merged = SampleReport.rewritingParagraph(of: a, index: 2, to: Self.fromB)
        #expect(try await repository.report(at: Self.key.description) == merged)
        let words = outcome.warnings.joined()
        #expect(words.contains("你打开页面时草稿是第 1 版，此后已有第 2 版"), "\(words)")
        // And the history's message names her, not 你
        let message = try await repository.log(Self.key.description, limit: 1).first?.content.message ?? ""
        #expect(message.contains("李四打开页面时草稿是第 1 版"), "\(message)")
    }

    @Test func aPageShowingTheDraftAsItIsChangesNothingOfTheCommit() async throws {
        // Given the draft 赵六's upload made, shown on 李四's page after it
        let (repository, shown) = try await Self.started()
        let a = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromA)
        let second = try await Self.upload(a, to: repository, by: "赵六", shown: shown, after: 60)
        // When her file changes the paragraph again
        let b = SampleReport.rewritingParagraph(of: a, index: 1, to: Self.fromB)
        let outcome = try await Self.upload(b, to: repository, by: "李四", shown: second.revision.id, after: 120)
        // Then it is committed as her file has it, with no word of the page
        #expect(outcome.status == .committed)
        #expect(try await repository.report(at: Self.key.description) == b)
        #expect(!outcome.warnings.joined().contains("打开页面时"))
    }

    @Test func aDraftNamedThatIsNotOfThisReportIsPassedOver() async throws {
        // Given another report's revision, named in the form as the draft shown (a forged form)
        let (repository, shown) = try await Self.started()
        let other = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: 2024), to: ReportKey(agency: "dazhuang", year: 2024),
            author: "王审核", message: "导入", time: RepositoryTestSupport.time, source: OwnCopyBaseTests.textFile)
        let a = SampleReport.rewritingParagraph(of: Self.first, index: 1, to: Self.fromA)
        _ = try await Self.upload(a, to: repository, by: "赵六", shown: shown, after: 60)
        // When a file from 第 1 版 comes naming it
        let b = SampleReport.rewritingParagraph(of: Self.first, index: 2, to: Self.fromB)
        let refusal = await #expect(throws: RepositoryError.self) {
            try await Self.upload(b, to: repository, by: "李四", shown: other.revision.id, after: 120)
        }
        // Then the file is checked as one naming no page — it would undo 赵六's paragraph — and nothing is said of
        // the other report
        guard case .undoesOthersChanges = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(try await repository.report(at: Self.key.description) == a)
    }
}
