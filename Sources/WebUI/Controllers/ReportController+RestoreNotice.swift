import Hummingbird
import ReportModel
import ReportRepository

extension ReportController {
    /// The notice of a restore (``RestoreController``) the page's address asks for — `?restored=N&from=ID`, and
    /// `&unchanged=1` when the draft had that text already — shown only when it is so: the revision `ID` is 第 N 版 of
    /// this report, the draft now has its text, and (a new revision) the draft is a restore the revision bears out
    /// (``ShownMessage``), with what it names when it was committed with `force` once. A link typed by hand, or the address bookmarked and opened after the draft moved on, shows
    /// none (rv102 F7: any page could be made to announce a restore that never happened, naming the current draft).
    func restoreNotice(
        _ request: Request, of key: ReportKey, access: Principal, words: RevisionWords
    ) async -> RestoreNoticeView? {
        let query = request.uri.queryParameters
        guard let number = query.get("restored").flatMap(Int.init), let from = query.get("from"),
            ObjectID(hex: from) != nil
        else { return nil }
        let repository = services.repository
        guard let restored = try? await repository.resolve(from, scope: access.scope), restored.report == key,
            let head = try? await services.catalog.state(of: key).head, head.root == restored.root,
            (try? await repository.generations(of: [restored.id], scope: access.scope))?[restored.id] == number
        else { return nil }
        let committed = query.get("unchanged") != "1"
        var forced: String?
        if committed {
            let shown = await repository.shownMessages(of: [head])[head.id]
            guard case .restore? = shown?.restore else { return nil }
            // (a forced commit restored: what it names, as the command line says it; rv116 F1)
            forced = shown?.restoredMismatch?.text(in: words.language)
        }
        var notice = RestoreNoticeView(from: words.revision(number), committed: committed)
        notice.forced = forced
        // (`&unsubmitted=N`: the report was 已报送 第 N 版 before, and the restore made it a draft; said only while the
        // submitted version is still 第 N 版 and not the draft's text, rv119 F2)
        if committed, let taken = query.get("unsubmitted").flatMap(Int.init),
            let submitted = try? await submittedVersion(of: key, otherThan: head, scope: access.scope),
            submitted == taken
        {
            notice.unsubmitted = words.revision(taken)
        }
        return notice
    }

    /// The number of the report's submitted version when its text is not `text`'s: what a restore to `text` takes
    /// back (the report goes from 已报送 to 草稿); `nil` when nothing is submitted, or that version has `text`'s text.
    func submittedVersion(
        of key: ReportKey, otherThan text: Revision, scope: AccessScope
    ) async throws(WebError) -> Int? {
        let state = try await services.catalog.state(of: key)
        guard let mark = state.marks.first(where: { $0.mark == .submitted }) else { return nil }
        let repository = services.repository
        return try await services.run { () async throws(RepositoryError) -> Int? in
            let submitted = try await repository.resolve(mark.revision.hex, scope: scope)
            guard submitted.root != text.root else { return nil }
            return try await repository.generations(of: [submitted.id], scope: scope)[submitted.id]
        }
    }
}
