// A copy of an earlier version's very text sent after the draft moved on: said as what it is.

import ReportModel

extension ReportRepository {
    /// A file that would put back others' changes and is the very text of an earlier version of the draft — a copy
    /// of 第 1 版 kept from an e-mail, sent after 第 2 版 — said as what it is, nothing committed, instead of refused
    /// as a file "not downloaded from Nianbao" undoing everyone's changes place by place (rv103 F3); `nil` for any
    /// other file.
    func earlierVersionSent(
        _ report: Report, of key: ReportKey
    ) async throws(RepositoryError) -> RebasedReport? {
        guard let earlier = try await earlierText(ObjectGraph.objects(of: report).root, of: key) else { return nil }
        let (then, now) = (
            Self.versionName(earlier.generation, earlier.revision.id),
            Self.versionName(earlier.nowGeneration, earlier.now)
        )
        let (englishThen, englishNow) = (
            Self.englishVersionName(earlier.generation, earlier.revision.id),
            Self.englishVersionName(earlier.nowGeneration, earlier.now)
        )
        let by = earlier.revision.content.author
        var rebased = RebasedReport(report: report, onto: earlier.now)
        rebased.isOwnCopy = true
        rebased.bringsNothing = true
        rebased.warning = CommitWarning(
            "这份文件就是\(then)（\(by)）的内容，比当前草稿（\(now)）旧：没有提交，草稿没有改动。"
                + "确要改回\(then)，请在历史里打开\(then)，用“恢复为草稿”",
            english: "This file is the text of \(englishThen) (\(by)), older than the current draft (\(englishNow)): "
                + "nothing was committed, the draft is as it was. To put \(englishThen) back after all, open it in "
                + "the history and use \"Restore as the draft\"")
        return rebased
    }
}
