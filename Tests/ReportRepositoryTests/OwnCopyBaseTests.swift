import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A clerk's own text file, kept on their computer, sent again after a Word file was merged or sent as it was: it is
/// merged from the revision it came from, and never puts back the older text of others' changes unseen. The own file
/// had been laid over a merged Word upload — the county's correction and the clerk's own Word edit gone, with only
/// 新修订已成为草稿 said.
@Suite struct OwnCopyBaseTests {
    static let key = RebaseTests.key
    /// A text file's source: no original kept, no revision named.
    static let textFile = ReportSource(diagnostics: [])
    static let fee = "我乡2024年未收取信息处理费（经核实）。"

    /// 第 1 版: 赵六's own text file. 第 2 版: the county's correction of table 3.
    static func corrected() async throws -> (ReportRepository, first: Revision, second: Revision, own: Report) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let own = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(
            own, to: key, author: "赵六", message: "上传 年报.txt", time: RepositoryTestSupport.time, source: textFile
        ).revision
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 0, to: "3"), to: key, author: "王审核", message: "县里更正表三",
            time: RepositoryTestSupport.time + 60, source: textFile
        ).revision
        return (repository, first, second, own)
    }

    /// 第 3 版: his Word file of 第 1 版, a paragraph edited, merged with the correction. 第 4 版: his own text file
    /// again, one cell changed: the correction and the paragraph stay, and he is told the version it was checked
    /// against and whose change was kept — not his own 第 3 版 as someone else's.
    @Test func theOwnFileAfterAMergedWordUploadKeepsTheCountysCorrection() async throws {
        let (repository, first, second, own) = try await Self.corrected()
        let word = try await repository.commit(
            SampleReport.rewritingParagraph(of: own, index: 0, to: Self.fee), to: Self.key, author: "赵六",
            message: "上传 年报.docx", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        #expect(word.revision.content.message.contains("已把文件的修改和第 2 版的修改合在一起提交"))
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 5, to: "2"), to: Self.key, author: "赵六",
            message: "上传 年报-我的稿.txt", time: RepositoryTestSupport.time + 180, source: Self.textFile)
        #expect(outcome.status == .committed)
        let county = try await repository.report(at: second.id.hex)
        let expected = SampleReport.settingTable3Cell(
            of: SampleReport.rewritingParagraph(of: county, index: 0, to: Self.fee), index: 5, to: "2")
        #expect(try await repository.report(at: Self.key.description) == expected)
        #expect(
            outcome.warnings.contains {
                $0.contains("按你的第 1 版核对，草稿此后有别人的修改（王审核 的第 2 版）：已把文件的修改和这一版的修改合在一起提交")
            }, "\(outcome.warnings)")
        #expect(!outcome.warnings.joined().contains("第 3 版"), "\(outcome.warnings)")
        // The revision's message, which the county reads on the history page, names him rather than saying 你
        let message = outcome.revision.content.message
        #expect(message.contains("按赵六的第 1 版核对") && !message.contains("你"), "\(message)")
    }

    /// His Word file of 第 2 版 (the county's correction in it), edited and sent as it was, is 第 3 版 — his, newest,
    /// not merged; his own text file, from 第 1 版, is still merged from 第 1 版, the version nearest to it.
    @Test func theOwnFileIsMergedFromTheVersionItCameFromNotTheirNewest() async throws {
        let (repository, _, second, own) = try await Self.corrected()
        let county = try await repository.report(at: second.id.hex)
        let word = try await repository.commit(
            SampleReport.rewritingParagraph(of: county, index: 0, to: Self.fee), to: Self.key, author: "赵六",
            message: "上传 年报.docx", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: second.id))
        #expect(word.warnings.isEmpty, "\(word.warnings)")
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 5, to: "2"), to: Self.key, author: "赵六",
            message: "上传 年报-我的稿.txt", time: RepositoryTestSupport.time + 180, source: Self.textFile)
        let expected = SampleReport.settingTable3Cell(
            of: SampleReport.rewritingParagraph(of: county, index: 0, to: Self.fee), index: 5, to: "2")
        #expect(try await repository.report(at: Self.key.description) == expected)
        #expect(outcome.warnings.contains { $0.contains("按你的第 1 版核对") }, "\(outcome.warnings)")
    }

    /// 第 1 版 and 第 2 版 of his own text file set a cell to 1, then 2; the county corrects another cell (第 3 版); his
    /// own copy with 1 again (he decided 1 was right) and one more cell changed: 1 is committed, the county's
    /// correction kept. Merged from 第 1 版, the version nearest the file, his own 2 had been kept over his file's 1.
    @Test func aValueTheClerkChangedBackInHisOwnFileIsCommitted() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let own = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let one = SampleReport.settingTable3Cell(of: own, index: 5, to: "1")
        try await repository.commit(
            one, to: Self.key, author: "赵六", message: "上传 年报.txt", time: RepositoryTestSupport.time,
            source: Self.textFile)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 5, to: "2"), to: Self.key, author: "赵六",
            message: "上传 年报.txt", time: RepositoryTestSupport.time + 60, source: Self.textFile)
        let corrected = try await repository.report(at: Self.key.description)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: corrected, index: 0, to: "3"), to: Self.key, author: "王审核",
            message: "县里更正表三", time: RepositoryTestSupport.time + 120, source: Self.textFile)
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: one, index: 6, to: "4"), to: Self.key, author: "赵六",
            message: "上传 年报.txt", time: RepositoryTestSupport.time + 180, source: Self.textFile)
        #expect(outcome.status == .committed)
        let expected = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: one, index: 6, to: "4"), index: 0, to: "3")
        #expect(try await repository.report(at: Self.key.description) == expected)
        #expect(outcome.warnings.contains { $0.contains("按你的第 2 版核对") }, "\(outcome.warnings)")
    }

    /// 第 3 版: his own text file with one cell changed, merged with the county's correction (第 2 版). 第 4 版: his own
    /// file again, the same cell corrected once more: committed over his own 第 3 版, the county's correction kept, and
    /// he is told so. It had been refused as a clash with 王审核, who never touched that cell (review rr90 F3).
    @Test func aSecondCorrectionOfHisOwnCellAfterAMergedUploadIsCommitted() async throws {
        let (repository, _, second, own) = try await Self.corrected()
        let merged = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 5, to: "2"), to: Self.key, author: "赵六",
            message: "上传 年报.txt", time: RepositoryTestSupport.time + 120, source: Self.textFile)
        #expect(merged.revision.isMergedBeyondItsFile)
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 5, to: "4"), to: Self.key, author: "赵六",
            message: "上传 年报.txt", time: RepositoryTestSupport.time + 180, source: Self.textFile)
        #expect(outcome.status == .committed)
        let county = try await repository.report(at: second.id.hex)
        #expect(
            try await repository.report(at: Self.key.description)
                == SampleReport.settingTable3Cell(of: county, index: 5, to: "4"))
        #expect(outcome.warnings.contains { $0.contains("你此后自己改过的三、表三") }, "\(outcome.warnings)")
        #expect(outcome.revision.content.message.contains("赵六此后自己改过的三、表三"))
    }

    /// His own file changes the cell the county corrected: refused, naming the person who typed that correction —
    /// not 孙七, who changed another cell since, nor 王审核 alone when the change was 孙七's.
    @Test func aClashNamesWhoChangedThatPlace() async throws {
        let (repository, _, second, own) = try await Self.corrected()
        let county = try await repository.report(at: second.id.hex)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: county, index: 6, to: "9"), to: Self.key, author: "孙七",
            message: "县里补表三", time: RepositoryTestSupport.time + 120, source: Self.textFile)
        let before = try await repository.resolve(Self.key.description).id
        for (index, person) in [(0, "王审核"), (6, "孙七")] {
            let error = await #expect(throws: RepositoryError.self) {
                try await repository.commit(
                    SampleReport.settingTable3Cell(of: own, index: index, to: "7"), to: Self.key, author: "赵六",
                    message: "上传 年报.txt", time: RepositoryTestSupport.time + 180, source: Self.textFile)
            }
            guard case .editedOlderVersion(_, _, _, let author, let places, _, _) = error else {
                Issue.record("expected a clash, got \(String(describing: error))")
                continue
            }
            #expect(author == person && places.count == 1, "\(author) \(places)")
        }
        #expect(try await repository.resolve(Self.key.description).id == before)
    }

    /// 第 1 版 and 第 2 版 (a cell of table 3 set to 5), both by the clerk 李四 from his own text files.
    static func clerksTwo() async throws -> (ReportRepository, second: Revision, own: Report) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let own = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        try await repository.commit(
            own, to: Self.key, author: "李四", message: "初稿", time: RepositoryTestSupport.time, source: Self.textFile)
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 0, to: "5"), to: Self.key, author: "李四", message: "补表三",
            time: RepositoryTestSupport.time + 60, source: Self.textFile
        ).revision
        return (repository, second, own)
    }

    /// The county's own file, from 第 1 版, after the clerk changed a cell in 第 2 版: the county has no version of its
    /// own to check it against, and it would put the clerk's cell back — refused, naming the place, the version and
    /// the clerk, the draft unchanged; forced, committed, and the revision says what it put back.
    @Test func aFileThatWouldPutBackOthersOlderTextIsRefusedUnlessForced() async throws {
        let (repository, second, own) = try await Self.clerksTwo()
        let county = SampleReport.settingTable3Cell(of: own, index: 1, to: "8")
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(county, to: Self.key, author: "王审核", message: "县里改", source: Self.textFile)
        }
        guard case .undoesOthersChanges(let key, let now, let changes, _, _, _) = error else {
            Issue.record("expected a refusal to undo others' changes, got \(String(describing: error))")
            return
        }
        #expect(key == Self.key && now.chinese == "第 2 版")
        #expect(
            changes.count == 1 && changes[0].chinese.hasPrefix("三、表三")
                && changes[0].chinese.hasSuffix("（第 2 版，李四）")
                && changes[0].english.hasPrefix("三、Table 3") && changes[0].english.hasSuffix(" (version 2, 李四)"),
            "\(changes)")
        #expect(
            error?.description.contains(
                "请取出当前草稿（第 2 版）的 Word 文件：`nianbao export \(Self.key) --format docx -o 文件名.docx`") == true)
        #expect(try await repository.resolve(Self.key.description).id == second.id)
        let forced = try await repository.commit(
            county, to: Self.key, author: "王审核", message: "县里改", force: true, source: Self.textFile)
        #expect(try await repository.report(at: Self.key.description) == county)
        #expect(forced.revision.content.message.contains("已强制提交：这些地方改回了别人修改以前的内容：三、表三"))
    }

    /// A new value where the clerk's was is an edit, not a put-back: the county's file is committed without a word.
    @Test func aNewValueOverOthersChangeIsAnEdit() async throws {
        let (repository, _, own) = try await Self.clerksTwo()
        let county = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: own, index: 1, to: "8"), index: 0, to: "7")
        let outcome = try await repository.commit(
            county, to: Self.key, author: "王审核", message: "县里改", source: Self.textFile)
        #expect(outcome.status == .committed && outcome.warnings.isEmpty, "\(outcome.warnings)")
        #expect(try await repository.report(at: Self.key.description) == county)
    }

    /// A restore puts an earlier text back on purpose: the clerk's 第 1 版 is the draft again though the county
    /// changed a cell since (it used to be merged as an own copy, the county's cell kept).
    @Test func aRestoreOfAnEarlierVersionPutsItsTextBack() async throws {
        let (repository, first, _, report) = try await RebaseTests.drafts()
        let restored = try await repository.restore(first.id.hex, author: "李四")
        #expect(restored.status == .committed)
        #expect(try await repository.report(at: Self.key.description) == report)
    }
}
