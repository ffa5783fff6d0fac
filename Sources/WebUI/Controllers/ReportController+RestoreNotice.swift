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
        return notice
    }
}
