// The county's marks another county computer pushes here (a reviewer's node with a token reaching every report)
// are held to the rules this node's pages and command line follow: a push cannot publish what 公开 here refuses.

import ReportChecks
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Whether a county mark a push would set here breaks the mark rules (``MarkRules``): `returned` without its
    /// correction request; `published` forced without a reason; `published` not forced on a revision that was not
    /// submitted, or whose checks report an error the county did not dismiss (rv107 F12: such a push published a
    /// never-submitted report with errors, and an old version of another). The mark alone is refused (`refused`),
    /// as a publication while a conflict is open: the push's other reports and marks go in (rv109 F5: a second
    /// county computer's stale publication once refused every push it made). A mark the node that set it forced,
    /// with its reason, is taken as forced, as on that node (rv107 F11). The decisions the same push brought are
    /// stored before.
    static func breaksCountyRules(_ update: RefUpdate, in writer: StoreWriter) throws -> Bool {
        guard let mark = update.ref.mark, mark.isCountyOnly else { return false }
        let text = MarkRules.text(update.comment?.comment)
        if mark == .returned { return text == nil }
        if update.comment?.forced == true { return text == nil }
        let revision = try writer.requireRevision(update.revision)
        let submitted = try writer.ref(.submitted, of: revision.report)?.revision
        let sameText = try submitted.map { try writer.requireRevision($0).root == revision.root } ?? false
        let lastYear = try lastYearsReport(of: revision.report, in: writer)
        let found = findings(
            of: try writer.report(root: revision.root),
            previous: try lastYear.map { try writer.report(root: $0.root) },
            diagnostics: revision.content.diagnostics)
        let standing = decided(found, decisions: try decisions(of: revision.report, in: writer))
            .filter { !$0.isDismissed }.map(\.finding)
        let obstacles = MarkRules.publishObstacles(
            of: revision.id, submitted: submitted.map { ($0, nil) }, sameText: sameText, findings: standing)
        return !obstacles.isEmpty
    }
}
