import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A clerk keeps the Word file she downloaded at 第 1 版 and sends it again after each edit, while the county
/// corrected another cell meanwhile (rv103 F7): her second upload changes again the place her first one changed. That
/// place is hers to change again — the file is her newest word there — so it is merged, not refused as "两边都改了"
/// with herself; a place someone else changed since is still refused.
@Suite struct ResentDownloadTests {
    @Test func aPlaceTheSenderChangedSinceIsTheirsToChangeAgain() async throws {
        let (repository, first, _, report) = try await RebaseTests.drafts()
        // 第 3 版: her file from 第 1 版 changes cell 1, merged with the county's cell 0
        let once = SampleReport.settingTable3Cell(of: report, index: 1, to: "9")
        _ = try await repository.commit(
            once, to: RebaseTests.key, author: "李四", message: "补表三", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        // the same file, edited again: cell 1 once more
        let twice = SampleReport.settingTable3Cell(of: report, index: 1, to: "11")
        let outcome = try await repository.commit(
            twice, to: RebaseTests.key, author: "李四", message: "再改表三", time: RepositoryTestSupport.time + 180,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .committed)
        let expected = SampleReport.settingTable3Cell(of: twice, index: 0, to: "2")
        #expect(try await repository.report(at: "changzhang/2024") == expected)
        #expect(outcome.warnings.contains { $0.contains("你此后自己改过的") && $0.contains("以这份文件为准") })
        #expect(outcome.revision.content.message.contains("李四此后自己改过的"))
        #expect(!outcome.revision.content.message.contains("你"))
    }

    /// The reviewer sends 第 1 版's very text, kept from an e-mail, after 第 2 版: it is said as what it is, nothing
    /// committed — not refused as a file "not downloaded from Nianbao" undoing everyone's changes place by place
    /// (rv103 F3).
    @Test func anEarlierVersionsTextFromSomeoneElseIsSaidAsWhatItIs() async throws {
        let (repository, _, second, report) = try await RebaseTests.drafts()
        let mailed = ReportSource(
            diagnostics: [], original: OriginalFile(name: "常张乡年报(旧).docx", format: .docx, bytes: [1, 2, 3]))
        let outcome = try await repository.commit(
            report, to: RebaseTests.key, author: "赵县", message: "上传", time: RepositoryTestSupport.time + 120,
            source: mailed)
        #expect(outcome.status == .unchanged)
        #expect(outcome.revision.id == second.id)
        #expect(
            outcome.warnings.contains {
                $0.hasPrefix("这份文件就是第 1 版（李四）的内容，比当前草稿（第 2 版）旧：没有提交，草稿没有改动。")
            })
    }

    /// The county corrected a cell, then she changed it again on the page (her value over the county's): her old
    /// file's value there is not hers alone to lay over it — the county's correction lies under her edit (rv104 F5).
    @Test func aPlaceSomeoneElseChangedBeforeHerLastEditIsStillRefused() async throws {
        let (repository, first, _, report) = try await RebaseTests.drafts()
        let county = try await repository.commit(
            SampleReport.settingTable3Cell(of: try await repository.report(at: "changzhang/2024"), index: 1, to: "10"),
            to: RebaseTests.key, author: "王审核", message: "县里更正", time: RepositoryTestSupport.time + 120)
        _ = try await repository.commit(
            SampleReport.settingTable3Cell(
                of: try await repository.report(at: county.revision.id.hex), index: 1, to: "12"),
            to: RebaseTests.key, author: "李四", message: "在网页上改", time: RepositoryTestSupport.time + 180)
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.settingTable3Cell(of: report, index: 1, to: "15"), to: RebaseTests.key, author: "李四",
                message: "旧文件再改", time: RepositoryTestSupport.time + 240, source: RebaseTests.exported(from: first.id))
        }
        guard case .editedOlderVersion = error else {
            Issue.record("expected an edit of an older version, got \(String(describing: error))")
            return
        }
    }

    @Test func aPlaceSomeoneElseChangedSinceIsStillRefused() async throws {
        let (repository, first, _, report) = try await RebaseTests.drafts()
        let once = SampleReport.settingTable3Cell(of: report, index: 1, to: "9")
        let merged = try await repository.commit(
            once, to: RebaseTests.key, author: "李四", message: "补表三", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        // the county corrects her cell afterwards
        let corrected = try await repository.report(at: merged.revision.id.hex)
        _ = try await repository.commit(
            SampleReport.settingTable3Cell(of: corrected, index: 1, to: "10"), to: RebaseTests.key, author: "王审核",
            message: "县里再更正", time: RepositoryTestSupport.time + 180)
        let twice = SampleReport.settingTable3Cell(of: report, index: 1, to: "11")
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                twice, to: RebaseTests.key, author: "李四", message: "再改表三", time: RepositoryTestSupport.time + 240,
                source: RebaseTests.exported(from: first.id))
        }
        guard case .editedOlderVersion(_, _, _, let author, _, _, _) = error else {
            Issue.record("expected an edit of an older version, got \(String(describing: error))")
            return
        }
        #expect(author == "王审核")
    }
}
