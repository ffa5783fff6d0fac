import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A restore that would put back the older text of places other people changed since — the county's correction —
/// names them and goes on only when confirmed (`restore --force`, the web form's tick); one that undoes only the
/// person's own changes goes through as before (ux96 finding 5: `restore REPORT~3` undid the county's sentence
/// without a word).
@Suite struct RestoreUndoneTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    /// 第 1 版 by 李四; 第 2 版 王审核 rewrote the third paragraph; 第 3 版 李四 rewrote the first.
    func history(in folder: TemporaryDirectory) async throws -> (ReportRepository, [Revision]) {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        let base = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let county = SampleReport.rewritingParagraph(of: base, index: 2, to: "（县里意见：补充具体整改时限）")
        let own = SampleReport.rewritingParagraph(of: county, index: 0, to: "乡里改过的第一段。")
        var revisions: [Revision] = []
        for (text, author) in [(base, "李四"), (county, "王审核"), (own, "李四")] {
            let at = time.addingTimeInterval(Double(revisions.count) * 60)
            revisions.append(
                try await repository.commit(text, to: key, author: author, message: "改", time: at).revision)
        }
        return (repository, revisions)
    }

    @Test func aRestoreUndoingOthersChangesNamesThemAndNeedsConfirming() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given the county's change in 第 2 版, after 李四's 第 1 版
        let (repository, revisions) = try await history(in: folder)
        let expected = ["一、（一）第 3 段（第 2 版，王审核）"]
        // When 李四 restores 第 1 version without confirming
        #expect(try await repository.restoreUndoes(revisions[0].id.hex, author: "李四") == expected)
        let refusal = await #expect(throws: RepositoryError.self) {
            try await repository.restore(revisions[0].id.hex, author: "李四", refusingUndone: true)
        }
        guard case .restoreUndoesOthers(_, let version, let changes, _) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(version == BilingualText("第 1 版", english: "version 1"))
        #expect(changes == [BilingualText(expected[0], english: "一、（一）paragraph 3 (version 2, 王审核)")])
        // Then nothing is restored
        #expect(try await repository.resolve("changzhang/2024").id == revisions[2].id)
        // And the refusal says where, whose and what --force does, in Chinese
        let words = refusal?.description(in: .chinese) ?? ""
        #expect(words.contains("恢复为第 1 版") && words.contains("一、（一）第 3 段（第 2 版，王审核）"), "\(words)")
        #expect(words.contains("--force"), "\(words)")
        // and in English, with no Chinese words of Nianbao's own in it (ux98 J1: `Restoring 第 9 版 of …`)
        let english = refusal?.description(in: .english) ?? ""
        #expect(english.hasPrefix("Restoring version 1 of the "), "\(english)")
        #expect(english.contains("一、（一）paragraph 3 (version 2, 王审核)"), "\(english)")
        #expect(!english.contains("第 1 版") && !english.contains("第 2 版"), "\(english)")
        // When confirmed, it is restored
        let forced = try await repository.restore(revisions[0].id.hex, author: "李四", refusingUndone: false)
        #expect(forced.status == .committed)
    }

    @Test func thePlacesAreNamedInEnglishForOneWhoReadsEnglish() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, revisions) = try await history(in: folder)
        let english = try await repository.restoreUndoes(revisions[0].id.hex, author: "李四", language: .english)
        #expect(english == ["一、（一）paragraph 3 (version 2, 王审核)"])
        let chinese = try await repository.restoreUndoes(revisions[0].id.hex, author: "李四", language: .chinese)
        #expect(chinese == ["一、（一）第 3 段（第 2 版，王审核）"])
    }

    @Test func aRestoreUndoingOnlyOnesOwnChangesGoesThrough() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given the same history
        let (repository, revisions) = try await history(in: folder)
        // When 李四 restores 第 2 版, undoing only her own 第 3 版
        #expect(try await repository.restoreUndoes(revisions[1].id.hex, author: "李四").isEmpty)
        let restored = try await repository.restore(revisions[1].id.hex, author: "李四", refusingUndone: true)
        // Then it is restored without a question
        #expect(restored.status == .committed)
        #expect(try await repository.report(at: "changzhang/2024") == repository.report(at: revisions[1].id.hex))
    }

    /// A confirmed restore that undoes the county's correction says so in its message, which `log`, the line `push`
    /// prints and the county's history read: the push had called it an ordinary update (user review ux96, item 6).
    @Test func aConfirmedRestoreNamesWhatItPutBackInItsMessage() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, revisions) = try await history(in: folder)

        let forced = try await repository.restore(revisions[0].id.hex, author: "李四", refusingUndone: false)
        let own = try await repository.restore(revisions[2].id.hex, author: "李四", refusingUndone: true)

        #expect(forced.revision.content.message.hasPrefix("恢复为第 1 版（李四，"))
        #expect(
            forced.revision.content.message.hasSuffix(" 保存），改回了别人之后的修改：一、（一）第 3 段（第 2 版，王审核）"),
            "\(forced.revision.content.message)")
        #expect(!own.revision.content.message.contains("改回了"), "\(own.revision.content.message)")
    }
    /// A place two other people changed one after the other since the restored version is put back too: the older
    /// text is not the one just before the last change (rv108 F8: 刘主任's 第 1 版, 王审核's 第 2 版, 王芳's 第 3 版, and
    /// `restore #1` went through unasked).
    @Test func aPlaceTwoOthersChangedSinceIsNamedWithTheNewest() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given 刘主任's 第 1 版, and the same paragraph rewritten by 王审核 (第 2 版) and then by 王芳 (第 3 版)
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let base = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let reviewer = SampleReport.rewritingParagraph(of: base, index: 1, to: "共受理申请140条。")
        let colleague = SampleReport.rewritingParagraph(of: reviewer, index: 1, to: "共受理申请150条。")
        var revisions: [Revision] = []
        for (text, author) in [(base, "刘主任"), (reviewer, "王审核"), (colleague, "王芳")] {
            let at = RepositoryTestSupport.time.addingTimeInterval(Double(revisions.count) * 60)
            revisions.append(
                try await repository.commit(text, to: key, author: author, message: "改", time: at).revision)
        }
        // When 刘主任 restores 第 1 版 without confirming
        let expected = ["一、（一）第 2 段（第 3 版，王芳）"]
        #expect(try await repository.restoreUndoes(revisions[0].id.hex, author: "刘主任") == expected)
        let refusal = await #expect(throws: RepositoryError.self) {
            try await repository.restore(revisions[0].id.hex, author: "刘主任", refusingUndone: true)
        }
        // Then it is refused, naming the place, and nothing is restored
        guard case .restoreUndoesOthers(_, _, let changes, _) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(changes.map(\.chinese) == expected)
        #expect(try await repository.resolve("changzhang/2024").id == revisions[2].id)
        // And restoring 王审核's 第 2 版 over 王芳's change is refused too; restoring 王芳's own is not
        #expect(try await repository.restoreUndoes(revisions[1].id.hex, author: "刘主任") == expected)
        #expect(try await repository.restoreUndoes(revisions[1].id.hex, author: "王芳") == [])
    }

    /// A section heading the county retitled since the restored version is a place like a paragraph: the restore is
    /// refused naming it, whether the retitle was the last change of the section or the clerk changed the heading
    /// again after (rv109 F3: `restore` put back `构建有力保障体系` over 王审核's `构建坚强保障体系`, unasked).
    @Test func aHeadingOthersRetitledSinceIsNamedLikeAParagraph() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given 李四's 第 1 版, 王审核's retitle of 一、（一） (第 2 版), 李四's edit of a paragraph of that section
        // (第 3 版) and her own retitle of it (第 4 版)
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let base = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        func retitled(_ report: Report, _ heading: String) -> Report {
            var edited = report
            edited.sections[0].sections[0].heading = heading
            return edited
        }
        let county = retitled(base, "（一）主动公开工作情况")
        let paragraph = SampleReport.rewritingParagraph(of: county, index: 0, to: "乡里改过的第一段。")
        let again = retitled(paragraph, "（一）主动公开工作开展情况")
        var revisions: [Revision] = []
        for (text, author) in [(base, "李四"), (county, "王审核"), (paragraph, "李四"), (again, "李四")] {
            let at = RepositoryTestSupport.time.addingTimeInterval(Double(revisions.count) * 60)
            revisions.append(
                try await repository.commit(text, to: key, author: author, message: "改", time: at).revision)
        }
        // When 李四 restores 第 1 版 over 王审核's retitle and her own later one
        let expected = ["一、（一）标题（第 2 版，王审核）"]
        #expect(try await repository.restoreUndoes(revisions[0].id.hex, author: "李四") == expected)
        let refusal = await #expect(throws: RepositoryError.self) {
            try await repository.restore(revisions[0].id.hex, author: "李四", refusingUndone: true)
        }
        // Then it is refused, naming the heading, and nothing is restored
        guard case .restoreUndoesOthers(_, _, let changes, _) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(changes.map(\.chinese) == expected)
        #expect(try await repository.resolve("changzhang/2024").id == revisions[3].id)
        // And restoring 王审核's 第 2 version undoes only 李四's own changes: it goes through unasked
        #expect(try await repository.restoreUndoes(revisions[1].id.hex, author: "李四") == [])
        // When 王审核 retitles it once more (the section's last change) and 李四 restores her 第 4 版
        let last = retitled(again, "（一）主动公开政府信息情况")
        let time = RepositoryTestSupport.time.addingTimeInterval(600)
        _ = try await repository.commit(last, to: key, author: "王审核", message: "改", time: time)
        // Then that retitle is named too
        #expect(try await repository.restoreUndoes(revisions[3].id.hex, author: "李四") == ["一、（一）标题（第 5 版，王审核）"])
    }

    /// A change another line made that a later merge left out — it took the other line's value there — is not in the
    /// draft, and restoring an older version does not undo it: only a change the draft still holds is named (rv117 F2:
    /// after `merge --take ours` kept the clerk's 140 over 王审核's 136, `restore #2` said it put back his change, and
    /// with `--force` recorded that for the county).
    @Test(arguments: [(MergeSide.ours, false), (MergeSide.theirs, true)])
    func aChangeAMergeLeftOutIsNotNamed(side: MergeSide, named: Bool) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given 李四's 第 1 版, 王审核's rewrite of the first paragraph and 李四's (sent from 常张乡) on two lines,
        // merged by 王审核 keeping one side, and a later change of another paragraph by 王审核
        let repository = try await MergeDecisionTests().conflict(in: folder)
        let time = RepositoryTestSupport.time
        _ = try await repository.mergeHeads(of: key, takeAll: side, author: "王审核", time: time.addingTimeInterval(180))
        let merged = try await repository.report(at: key.description)
        _ = try await repository.commit(
            SampleReport.rewritingParagraph(of: merged, index: 2, to: "县里补充的第三段。"), to: key, author: "王审核",
            message: "再改", time: time.addingTimeInterval(240))
        // When 王审核 restores 第 1 版
        let undone = try await repository.restoreUndoes("changzhang/2024#1", author: "王审核", language: .chinese)
        // Then 李四's change is named only when the merge kept it: kept out, the restore undoes only 王审核's own
        if named {
            #expect(undone.count == 1 && undone.first?.hasPrefix("一、（一）第 1 段（") == true, "\(undone)")
            #expect(undone.first?.contains("李四") == true, "\(undone)")
        } else {
            #expect(undone == [])
            let restored = try await repository.restore("changzhang/2024#1", author: "王审核", refusingUndone: true)
            #expect(restored.status == .committed)
            #expect(!restored.revision.content.message.contains("改回了"), "\(restored.revision.content.message)")
        }
    }
}
