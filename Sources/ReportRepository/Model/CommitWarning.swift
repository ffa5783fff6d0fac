import Foundation
import ReportModel
import RevisionStore

/// A thing worth a look that did not stop a commit (a year in the text that differs from the one given, a file merged
/// with newer changes of the draft), in Chinese and in English: a ``BilingualText``, whose words for each warning
/// live here, in either language. What it quotes of the report (places, names) is as written.
public typealias CommitWarning = BilingualText

extension CommitWarning {
    /// Two warnings said as one: `…；…`, `…; …`.
    static func joined(_ first: CommitWarning?, _ second: CommitWarning) -> CommitWarning {
        guard let first else { return second }
        return CommitWarning(first.chinese + "；" + second.chinese, english: first.english + "; " + second.english)
    }

    /// A report committed as another's with `force`: what it names and what it was committed as.
    static func forced(_ mismatch: ReportMismatch) -> CommitWarning {
        CommitWarning(
            "已强制提交：\(mismatch.description(in: .chinese))",
            english: "committed regardless: \(mismatch.description(in: .english))")
    }

    /// An earlier revision restored whose text names another agency or year than its report: it was committed with
    /// `force` once, and is put back as it was accepted (rv114 F10); the person is told what it names.
    static func restoredMismatch(_ mismatch: ReportMismatch) -> CommitWarning {
        CommitWarning(
            "恢复的这一版当初是强制提交的：\(mismatch.description(in: .chinese))",
            english: "the version restored was committed regardless: \(mismatch.description(in: .english))")
    }

    /// A person's own copy committed with `force` where it puts back the older text of places others changed
    /// (`places`, in each language) — or, `yoursElsewhere`, places only the person changed, on another node (their
    /// change on the county's pages, pulled here: said as theirs, as the refusal says it, rv109 F1). `toThePerson`:
    /// the words the person is told (`你`); else those of the revision's message, which everyone reads (`本人`: the
    /// one who committed it). `downloadedElsewhere`: said first what the file is.
    static func putBack(
        _ places: [String], english: [String], yoursElsewhere: Bool, downloadedElsewhere: Bool,
        toThePerson: Bool = true
    ) -> CommitWarning {
        let whose = yoursElsewhere ? (toThePerson ? "你在别处" : "本人在别处") : "别人"
        let englishWhose =
            yoursElsewhere
            ? (toThePerson ? "your own changes on another node" : "the committer's own changes on another node")
            : "others changed them"
        return CommitWarning(
            (downloadedElsewhere ? ReportRepository.downloadedElsewhere + "；" : "") + "已强制提交：这些地方改回了\(whose)修改以前的内容："
                + places.joined(separator: "；") + "（\(whose)的修改仍在历史中）",
            english: (downloadedElsewhere ? RepositoryError.downloadedElsewhere + " " : "")
                + "Committed regardless: these places were put back to their text before \(englishWhose): "
                + english.joined(separator: "; ")
                + (yoursElsewhere
                    ? " (those changes are still in the history)" : " (the others' changes are still in the history)"))
    }

    /// A report naming no agency, which cannot be checked to be `key`'s (named by its agency's name when the
    /// repository knows it: `长子县公安局 2025 年度报告`).
    static func namesNoAgency(_ key: ReportKey, agencyName: String?) -> CommitWarning {
        CommitWarning(
            "这份报告的标题和开头没有写明机关名称，无法核对它是不是 \(ReportNames.chinese(key, agencyName: agencyName))",
            english: "the report's title and opening name no agency: it cannot be checked to be "
                + ReportNames.english(key, agencyName: agencyName))
    }

    /// A report naming no year, which cannot be checked to be `key`'s.
    static func namesNoYear(_ key: ReportKey, agencyName: String?) -> CommitWarning {
        CommitWarning(
            "这份报告没有写明年度，无法核对它是不是 \(ReportNames.chinese(key, agencyName: agencyName))",
            english: "the report names no year: it cannot be checked to be "
                + ReportNames.english(key, agencyName: agencyName))
    }

    /// A commit to the draft's line of a report with open sync conflicts from these lines.
    static func openConflict(_ key: ReportKey, _ origins: [ConflictOrigin]) -> CommitWarning {
        CommitWarning(
            "\(key) 有未解决的同步冲突（\(origins.map(\.revisions).joined(separator: "、"))）：这次提交只改草稿这一条线；"
                + "`nianbao merge \(key)` 或 `nianbao commit 文件 --resolve` 把两条线合并",
            english: "\(key) has an open sync conflict (\(origins.map(\.englishRevisions).joined(separator: ", "))): "
                + "this commit changes only the draft's line; `nianbao merge \(key)` or `nianbao commit FILE --resolve` "
                + "joins the two lines")
    }

    /// The draft's text sent again in another file (the report saved again as .doc, re-saved by another Word): the
    /// revision made keeps the new original, and says — to the sender and in its message, on the history and the
    /// board — that the text is `draft`'s (rv115 F11): `文字与第 2 版相同，只保存了新的原件（宋村乡2025年报.doc）`.
    static func sameTextNewOriginal(_ draft: (generation: Int?, id: ObjectID), file: String) -> CommitWarning {
        CommitWarning(
            "\(sameTextPrefix)\(ReportRepository.versionName(draft.generation, draft.id))\(sameTextMiddle)（\(file)）",
            english: "the text is the same as \(ReportRepository.englishVersionName(draft.generation, draft.id))'s: "
                + "only the new original was kept (\(file))")
    }

    /// The English of ``sameTextNewOriginal(_:file:)``'s Chinese, as a revision's message keeps it; `nil` for another
    /// text.
    static func sameTextNewOriginal(recognizing chinese: String) -> String? {
        guard chinese.hasPrefix(sameTextPrefix), chinese.hasSuffix("）"),
            let middle = chinese.range(of: sameTextMiddle + "（")
        else { return nil }
        let version = chinese[chinese.index(chinese.startIndex, offsetBy: sameTextPrefix.count)..<middle.lowerBound]
        let file = chinese[middle.upperBound..<chinese.index(before: chinese.endIndex)]
        let english: String
        if version.hasPrefix("第 "), version.hasSuffix(" 版"), let number = Int(version.dropFirst(2).dropLast(2)) {
            english = "version \(number)"
        } else if version.hasPrefix("修订 "), version.count > 3 {
            english = "revision " + version.dropFirst(3)
        } else {
            return nil
        }
        guard !file.isEmpty else { return nil }
        return "the text is the same as \(english)'s: only the new original was kept (\(file))"
    }

    private static let sameTextPrefix = "文字与"
    private static let sameTextMiddle = "相同，只保存了新的原件"

    /// A file imported again that is an earlier text of the draft, which has changed since: nothing committed.
    static func earlierText(
        _ earlier: (generation: Int?, id: ObjectID), draft: (generation: Int?, id: ObjectID)
    ) -> CommitWarning {
        let (then, now, englishThen, englishNow) = versionNames(earlier, draft)
        return CommitWarning(
            "与\(then)相同，草稿此后已有修改（现为\(now)）：没有提交，草稿保持不变",
            english: "the same as \(englishThen); the draft has changed since (it is now \(englishNow)): nothing was "
                + "committed, the draft is as it was")
    }

    /// A file sent to the draft that is the very text of an earlier version by `author` and would put back others'
    /// changes (a copy of 第 1 版 kept from an e-mail, sent after 第 2 版): nothing committed, and the way to restore it.
    static func earlierVersionSent(
        _ earlier: (generation: Int?, id: ObjectID), draft: (generation: Int?, id: ObjectID), author: String
    ) -> CommitWarning {
        let (then, now, englishThen, englishNow) = versionNames(earlier, draft)
        return CommitWarning(
            "这份文件就是\(then)（\(author)）的内容，比当前草稿（\(now)）旧：没有提交，草稿没有改动。"
                + "确要改回\(then)，请在历史里打开\(then)，用“恢复为草稿”",
            english: "This file is the text of \(englishThen) (\(author)), older than the current draft "
                + "(\(englishNow)): nothing was committed, the draft is as it was. To put \(englishThen) back after "
                + "all, open it in the history and use \"Restore as the draft\"")
    }

    /// An earlier version's and the draft's names, in Chinese and in English (`第 1 版`, `version 1`).
    private static func versionNames(
        _ earlier: (generation: Int?, id: ObjectID), _ draft: (generation: Int?, id: ObjectID)
    ) -> (String, String, String, String) {
        (
            ReportRepository.versionName(earlier.generation, earlier.id),
            ReportRepository.versionName(draft.generation, draft.id),
            ReportRepository.englishVersionName(earlier.generation, earlier.id),
            ReportRepository.englishVersionName(draft.generation, draft.id)
        )
    }

    /// A published report changed: the published version stands until the county publishes again.
    static func stillPublished(_ generation: Int?, _ id: ObjectID) -> CommitWarning {
        let (number, english) = (
            ReportRepository.versionName(generation, id), ReportRepository.englishVersionName(generation, id)
        )
        return CommitWarning(
            "这份报告已公开的是\(number)：这次的修改是草稿，公开的仍是\(number)；改好后请报送，由县里重新公开",
            english: "the published version of this report is \(english): these changes are a draft, and \(english) "
                + "stays published; once it is right, submit it for the county to publish again")
    }

    /// A submitted report (已报送) changed: the report is a draft again, for the county too, until submitted again;
    /// the submitted version's text brings it back (user review ux98, finding D: the clerk believed she was done
    /// while the county's page said 等待乡镇报送). Said on the county's node (`atCounty`), it names what the county's
    /// own change means there: the draft is no longer the submitted text, so it is published only once submitted
    /// again (or on behalf), or with a reason (user review rv117, M3: the county was told 县里看到的也是草稿).
    static func noLongerSubmitted(_ generation: Int?, _ id: ObjectID, atCounty: Bool = false) -> CommitWarning {
        let (number, english) = (
            ReportRepository.versionName(generation, id), ReportRepository.englishVersionName(generation, id)
        )
        if atCounty {
            return CommitWarning(
                "这份报告已报送的是\(number)：这次的修改是新的草稿，报告从“已报送”变回“草稿”（报送单位同步后看到的也是草稿）；"
                    + "要公开改好的草稿，须由报送单位重新报送或由县里代为报送，否则公开时须写明理由。"
                    + "如果是误改，把报告恢复为\(number)的内容，就回到“已报送”",
                english: "the submitted version of this report is \(english): these changes are a new draft, and the "
                    + "report goes back from Submitted to Draft (the submitting office sees the draft once it syncs); "
                    + "to publish the corrected draft it must be submitted again, by the office or on its behalf, or "
                    + "published with a reason. If this was a mistake, restore the report to \(english)'s text and it "
                    + "is Submitted again")
        }
        return CommitWarning(
            "这份报告已报送的是\(number)：这次的修改是新的草稿，报告从“已报送”变回“草稿”，县里看到的也是草稿；"
                + "改好后请重新报送。如果是误传，把报告恢复为\(number)的内容，就回到“已报送”",
            english: "the submitted version of this report is \(english): these changes are a new draft, and the "
                + "report goes back from Submitted to Draft, for the county too; once it is right, submit it again. If "
                + "this was a mistake, restore the report to \(english)'s text and it is Submitted again")
    }

    /// A merge's text committed with the draft's side at conflicting places, as the merged text had it.
    static func keptDraftSide(_ places: [String]) -> CommitWarning {
        CommitWarning(
            "这些冲突处保留了草稿一方的内容（合并文本写出时的样子）：" + places.joined(separator: "；"),
            english: "at these conflicting places the draft's side was kept (as the merged text had it): "
                + places.joined(separator: "; "))
    }
}
