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
        var rebased = RebasedReport(report: report, onto: earlier.now)
        rebased.isOwnCopy = true
        rebased.bringsNothing = true
        rebased.warning = .earlierVersionSent(
            (earlier.generation, earlier.revision.id), draft: (earlier.nowGeneration, earlier.now),
            author: earlier.revision.content.author)
        return rebased
    }
}
