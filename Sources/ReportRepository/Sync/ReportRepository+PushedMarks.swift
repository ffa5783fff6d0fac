// The county's marks another county computer pushes here (a reviewer's node with a token reaching every report)
// are held to the rules this node's pages and command line follow: a push cannot publish what 公开 here refuses.

import ReportChecks
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Refuses a push that set `returned` or `published` here against the mark rules (``MarkRules``): `returned`
    /// without its correction request; `published` forced without a reason; `published` not forced on a revision
    /// that was not submitted, or whose checks report an error the county did not dismiss (rv107 F12: such a push
    /// published a never-submitted report with errors, and an old version of another). A mark the node that set it
    /// forced, with its reason, is taken as forced, as on that node (rv107 F11).
    ///
    /// - Throws: ``RepositoryError/commentRequired``, ``RepositoryError/reasonRequired``,
    ///   ``RepositoryError/publishRefused(_:revision:obstacles:agencyName:generation:)``: the whole push is refused
    ///   and nothing of it is stored.
    static func checkPushedCountyMarks(
        _ results: [RefUpdateResult], updates: [RefUpdate], in writer: StoreWriter
    ) throws {
        for (update, result) in zip(updates, results) where [.created, .moved].contains(result.status) {
            guard let mark = update.ref.mark, mark.isCountyOnly else { continue }
            let text = MarkRules.text(update.comment?.comment)
            if mark == .returned, text == nil { throw RepositoryError.commentRequired }
            guard mark == .published else { continue }
            if update.comment?.forced == true {
                guard text != nil else { throw RepositoryError.reasonRequired }
                continue
            }
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
                of: revision.id, submitted: try submitted.map { ($0, try writer.generations(of: [$0])[$0]) },
                sameText: sameText, findings: standing)
            guard obstacles.isEmpty else {
                throw RepositoryError.publishRefused(
                    revision.report, revision: revision.id, obstacles: obstacles,
                    agencyName: try writer.agency(revision.report.agency)?.name,
                    generation: try writer.generations(of: [revision.id])[revision.id])
            }
        }
    }
}
