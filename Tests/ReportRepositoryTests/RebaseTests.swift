import DocumentLayout
import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A Word file downloaded from 第 1 版 and edited while the county made 第 2 版: committed, the file's edits and 第 2
/// 版's are merged, never the file laid over 第 2 版 unseen; where both changed one place, nothing is committed.
@Suite struct RebaseTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A source as the parser gives it for a Word file Nianbao exported from `revision`, edited elsewhere.
    static func exported(from revision: ObjectID, original: String = "编辑后.docx") -> ReportSource {
        // (a real Word file naming the revision, as the one downloaded and edited is)
        let bytes = (try? DocxWriter.write(SampleReport.make(), revision: revision)).map { Array($0) } ?? []
        var source = ReportSource(diagnostics: [], original: OriginalFile(name: original, format: .docx, bytes: bytes))
        source.basedOn = revision.hex
        return source
    }

    /// 第 1 版 by the clerk, 第 2 版 by the county changing table 3's first cell.
    static func drafts() async throws -> (ReportRepository, first: Revision, second: Revision, report: Report) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(
            report, to: key, author: "李四", message: "初稿", time: RepositoryTestSupport.time
        ).revision
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "2"), to: key, author: "王审核", message: "县里更正",
            time: RepositoryTestSupport.time + 60
        ).revision
        return (repository, first, second, report)
    }

    @Test func editsOfAnOlderVersionAreMergedWithTheDraftsChanges() async throws {
        let (repository, first, second, report) = try await Self.drafts()
        // The clerk's file, downloaded at 第 1 版, changes another cell
        let edited = SampleReport.settingTable3Cell(of: report, index: 1, to: "9")
        let outcome = try await repository.commit(
            edited, to: Self.key, author: "李四", message: "补表三", time: RepositoryTestSupport.time + 120,
            source: Self.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(outcome.revision.content.parents == [second.id])
        let expected = SampleReport.settingTable3Cell(of: edited, index: 0, to: "2")
        #expect(try await repository.report(at: outcome.revision.id.hex) == expected)
        #expect(outcome.warnings.contains { $0.contains("这份文件是在第 1 版上修改的，草稿此后已有第 2 版（王审核）") })
        #expect(outcome.revision.content.message.contains("已把文件的修改和第 2 版的修改合在一起提交"))
    }

    /// The version made since the file was downloaded is the sender's own (her other upload): she is told it is
    /// hers, not named in the third person (rv115 M7: 「草稿此后已有第 2 版（张丽）」 to 张丽); the message names her.
    @Test func theSendersOwnLaterVersionIsCalledHers() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(
            report, to: Self.key, author: "张丽", message: "初稿", time: RepositoryTestSupport.time
        ).revision
        _ = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "2"), to: Self.key, author: "张丽",
            message: "改表三", time: RepositoryTestSupport.time + 60)
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 1, to: "9"), to: Self.key, author: "张丽",
            message: "补表三", time: RepositoryTestSupport.time + 120, source: Self.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(outcome.warnings.contains { $0.contains("这份文件是在第 1 版上修改的，草稿此后已有第 2 版（你提交的）") }, "\(outcome.warnings)")
        #expect(!outcome.warnings.contains { $0.contains("（张丽）") }, "\(outcome.warnings)")
        #expect(outcome.revision.content.message.contains("草稿此后已有第 2 版（张丽）"), "\(outcome.revision.content.message)")
    }

    /// Two clerks upload their edits of one downloaded version at the same moment: whichever lands second is merged
    /// with the first (different cells: both edits in the draft) or refused (the same cell), never laid over it. The
    /// merge used to be made before the write, on the draft as it was then: in about half of such races the first
    /// upload was lost though both were told 已上传.
    @Test func twoUploadsOfOneVersionAtOnceAreMergedNotLaidOverEachOther() async throws {
        for round in 0..<12 {
            let (repository, _, second, report) = try await Self.drafts()
            let base = SampleReport.settingTable3Cell(of: report, index: 0, to: "2")
            let one = SampleReport.settingTable3Cell(of: base, index: 1, to: "301")
            let two = SampleReport.settingTable3Cell(of: base, index: 2, to: "302")
            async let first = repository.commit(
                one, to: Self.key, author: "李四", message: "一",
                source: Self.exported(from: second.id, original: "一.docx"))
            async let other = repository.commit(
                two, to: Self.key, author: "张三", message: "二",
                source: Self.exported(from: second.id, original: "二.docx"))
            let outcomes = try await [first, other]
            #expect(outcomes.allSatisfy { $0.status == .committed }, "round \(round)")
            let both = SampleReport.settingTable3Cell(of: one, index: 2, to: "302")
            #expect(try await repository.report(at: "changzhang/2024") == both, "round \(round)")

            let (again, _, latest, text) = try await Self.drafts()
            let same = SampleReport.settingTable3Cell(of: text, index: 0, to: "2")
            async let a = Self.attempt(
                again, SampleReport.settingTable3Cell(of: same, index: 1, to: "401"), author: "李四",
                source: Self.exported(from: latest.id, original: "一.docx"))
            async let b = Self.attempt(
                again, SampleReport.settingTable3Cell(of: same, index: 1, to: "402"), author: "张三",
                source: Self.exported(from: latest.id, original: "二.docx"))
            let results = await [a, b]
            let refused = results.filter {
                if case .failure(.editedOlderVersion) = $0 { return true }
                return false
            }
            #expect(refused.count == 1, "round \(round): \(results)")
        }
    }

    /// A commit of an upload, as its outcome or its error.
    static func attempt(
        _ repository: ReportRepository, _ report: Report, author: String, source: ReportSource
    ) async -> Result<CommitOutcome, RepositoryError> {
        do {
            return .success(
                try await repository.commit(report, to: key, author: author, message: "上传", source: source))
        } catch {
            return .failure(error)
        }
    }

    @Test func editsOfTheSamePlaceAreRefusedUnlessForced() async throws {
        let (repository, first, second, report) = try await Self.drafts()
        let edited = SampleReport.settingTable3Cell(of: report, index: 0, to: "7")
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                edited, to: Self.key, author: "李四", message: "改表三", source: Self.exported(from: first.id))
        }
        guard case .editedOlderVersion(let key, let basedOn, let now, let author, let places, _, _) = error else {
            Issue.record("expected an edit of an older version, got \(String(describing: error))")
            return
        }
        #expect(key == Self.key)
        #expect(basedOn.chinese == "第 1 版" && basedOn.english == "version 1")
        #expect(now.chinese == "第 2 版" && now.english == "version 2")
        #expect(author == "王审核")
        #expect(places.count == 1)
        #expect(
            error?.description.contains(
                "请取出当前草稿（第 2 版）的 Word 文件：`nianbao export \(Self.key) --format docx -o 文件名.docx`") == true)
        #expect(error?.description.contains("上传") == false)
        #expect(try await repository.resolve(Self.key.description).id == second.id)
        // Forced, the file's text stands where both changed, the draft's other changes stay, and the revision's
        // message says so
        let county = SampleReport.settingTable3Cell(
            of: try await repository.report(at: second.id.hex), index: 2, to: "8")
        try await repository.commit(county, to: Self.key, author: "王审核", message: "县里又改")
        let forced = try await repository.commit(
            edited, to: Self.key, author: "李四", message: "改表三", force: true, source: Self.exported(from: first.id))
        #expect(forced.status == .committed)
        #expect(
            try await repository.report(at: forced.revision.id.hex)
                == SampleReport.settingTable3Cell(of: edited, index: 2, to: "8"))
        #expect(forced.revision.content.message.contains("已强制提交：两边都改过的地方以文件为准"))
    }

    /// The Word file made of the draft, sent back unedited, is no new version (it kept the file as a new original
    /// and made a version that differs in nothing); the same file from another source still is one.
    @Test func theDraftsOwnWordFileSentBackUneditedCommitsNothing() async throws {
        let (repository, _, second, _) = try await Self.drafts()
        let same = try await repository.report(at: second.id.hex)
        let back = try await repository.commit(
            same, to: Self.key, author: "李四", message: "再上传", source: Self.exported(from: second.id))
        #expect(back.status == .unchanged)
        let other = try await repository.commit(
            same, to: Self.key, author: "李四", message: "原件",
            source: ReportSource(
                diagnostics: [], original: OriginalFile(name: "扫描.docx", format: .docx, bytes: Array("x".utf8))))
        #expect(other.status == .committed)
    }

    /// The Word file of 第 1 版 sent back unedited after 第 2 版: its (absent) edits merged onto 第 2 版 give 第 2 版 —
    /// nothing is committed, and its stale file is not kept as 第 2 版's original; the person is told the draft moved
    /// on, not that the file is the draft (rv102 F8).
    @Test func anOlderVersionsWordFileSentBackUneditedCommitsNothing() async throws {
        let (repository, first, second, report) = try await Self.drafts()
        let back = try await repository.commit(
            report, to: Self.key, author: "李四", message: "再上传", source: Self.exported(from: first.id))
        #expect(back.status == .unchanged)
        #expect(back.revision.id == second.id)
        #expect(back.warnings == ["这份文件是从第 1 版下载的，没有修改；草稿现在是第 2 版（含王审核的修改），没有改动。"])
    }

    /// A file that names anything but a revision of the draft's line — another agency's revision, a piece of a report
    /// the store holds, an id nobody has — is checked as the person's own copy, with the same answer for each: a file
    /// cannot ask the store whether it holds another office's revision or text (a hash of a guessed row is a piece's
    /// id). Each changes the cell 王审核 corrected since the clerk's 第 1 版: refused alike, the draft untouched (it used
    /// to be committed as it was, over the correction).
    @Test func anythingButARevisionOfTheDraftsLineIsAnsweredAlike() async throws {
        let (repository, _, second, report) = try await Self.drafts()
        let other = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: 2024), to: ReportKey(agency: "dazhuang", year: 2024),
            author: "赵六", message: "初稿"
        ).revision
        let named = [other.id.hex, other.content.root.hex, second.content.root.hex, String(repeating: "ab", count: 32)]
        var answers: Set<String> = []
        for basedOn in named {
            let edited = SampleReport.settingTable3Cell(of: report, index: 0, to: "5")
            var source = Self.exported(from: other.id)
            source.basedOn = basedOn
            let error = await #expect(throws: RepositoryError.self) {
                try await repository.commit(edited, to: Self.key, author: "李四", message: "改", source: source)
            }
            guard case .editedOlderVersion(_, let base, _, let author, _, _, let elsewhere) = error else {
                Issue.record("expected a refusal, got \(String(describing: error))")
                continue
            }
            #expect(base.chinese == "第 1 版（你提交过的）" && author == "王审核" && elsewhere)
            answers.insert(error?.description ?? "")
        }
        #expect(answers.count == 1)
        #expect(answers.first?.hasPrefix(ReportRepository.downloadedElsewhere) == true, "\(answers)")
        #expect(try await repository.resolve(Self.key.description).id == second.id)
    }
}

/// A file that names no revision — the Word file a clerk kept on their own computer and edited again — is checked
/// against the clerk's own last revision: the county's correction made since is kept, not silently undone (the draft
/// had become the clerk's file, the correction gone, with nothing said).
@Suite struct OwnCopyRebaseTests {
    static let key = RebaseTests.key

    /// A source as the parser gives it for a Word file Nianbao did not make: no revision named.
    static func ownFile(_ name: String = "我的年报.docx") -> ReportSource {
        ReportSource(diagnostics: [], original: OriginalFile(name: name, format: .docx, bytes: Array(name.utf8)))
    }

    @Test func theCountysCorrectionSinceTheClerksLastVersionIsKept() async throws {
        let (repository, _, second, report) = try await RebaseTests.drafts()
        // The clerk edits their own copy of 第 1 版 (another cell) and uploads it
        let edited = SampleReport.settingTable3Cell(of: report, index: 1, to: "9")
        let outcome = try await repository.commit(
            edited, to: Self.key, author: "李四", message: "补表三", source: Self.ownFile())
        #expect(outcome.status == .committed)
        #expect(outcome.revision.content.parents == [second.id])
        #expect(
            try await repository.report(at: outcome.revision.id.hex)
                == SampleReport.settingTable3Cell(of: edited, index: 0, to: "2"))
        #expect(
            outcome.warnings.contains {
                $0.contains("这份文件不是从本系统下载的，按你的第 1 版核对，草稿此后有别人的修改（王审核 的第 2 版）")
            }, "\(outcome.warnings)")
    }

    /// The clerk goes on editing the same copy and uploads it again: it is merged from what they sent first, not
    /// from the merge, so the county's correction stays (it had been undone, silently, by the second upload); each
    /// notice says the copy's old text was not taken where others changed it.
    @Test func theSameCopyUploadedAgainStillKeepsTheCorrection() async throws {
        let (repository, _, _, report) = try await RebaseTests.drafts()
        let once = SampleReport.settingTable3Cell(of: report, index: 1, to: "9")
        let first = try await repository.commit(
            once, to: Self.key, author: "李四", message: "补表三", source: Self.ownFile())
        #expect(first.warnings.contains { $0.contains("别人此后的修改都保留了") }, "\(first.warnings)")
        let twice = SampleReport.settingTable3Cell(of: once, index: 3, to: "4")
        let second = try await repository.commit(
            twice, to: Self.key, author: "李四", message: "又补", source: Self.ownFile("我的年报（改）.docx"))
        let expected = SampleReport.settingTable3Cell(of: twice, index: 0, to: "2")
        #expect(try await repository.report(at: second.revision.id.hex) == expected)
        #expect(second.warnings.contains { $0.contains("按你的第 1 版核对") }, "\(second.warnings)")
    }

    @Test func bothChangingOnePlaceIsRefusedAndForcedTheFileWins() async throws {
        let (repository, _, second, report) = try await RebaseTests.drafts()
        let edited = SampleReport.settingTable3Cell(of: report, index: 0, to: "7")
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(edited, to: Self.key, author: "李四", message: "改", source: Self.ownFile())
        }
        guard case .editedOlderVersion(_, let basedOn, let now, let author, let places, _, _) = error else {
            Issue.record("expected an edit of an older version, got \(String(describing: error))")
            return
        }
        #expect(basedOn.chinese == "第 1 版（你提交过的）" && now.chinese == "第 2 版" && author == "王审核" && places.count == 1)
        #expect(try await repository.resolve(Self.key.description).id == second.id)
        let forced = try await repository.commit(
            edited, to: Self.key, author: "李四", message: "改", force: true, source: Self.ownFile())
        #expect(try await repository.report(at: forced.revision.id.hex) == edited)
    }

    @Test func aDraftLastChangedByThePersonIsReplacedAsBefore() async throws {
        let (repository, _, _, report) = try await RebaseTests.drafts()
        // 王审核 uploads a file of their own: the draft is theirs, nothing to merge
        let edited = SampleReport.settingTable3Cell(of: report, index: 0, to: "5")
        let outcome = try await repository.commit(
            edited, to: Self.key, author: "王审核", message: "再改", source: Self.ownFile("县里.docx"))
        #expect(try await repository.report(at: outcome.revision.id.hex) == edited)
        #expect(!outcome.warnings.contains { $0.contains("不是从本系统下载的") })
    }
}
