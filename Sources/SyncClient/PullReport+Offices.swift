// Which of the offices a pull registered or renamed here (``PullReport/agencyChanges``) are said, and how: the one
// home of the rule that `pull` prints as lines and `pull --format json` carries as `agencies` (rv118 M3, rv117 M11).

import ReportRepository
import SyncAPI

extension PullReport {
    /// Whether an agency is one of this node's own offices: one the token reaches, when it reaches only some (a
    /// township's token). The county's token reaches every office and makes none its own.
    ///
    /// - Parameter id: The agency's id.
    /// - Returns: `true` for an office whose reports this node commits.
    public func isOwnOffice(_ id: String) -> Bool {
        !identity.all && identity.agencies.contains(id)
    }

    /// Whether an agency's rename came with an agency merge the pull followed (the id kept took the name of the id
    /// merged away): the merge says so itself, as `merges` in JSON and its own line in text.
    ///
    /// - Parameter id: The agency renamed.
    /// - Returns: `true` when the pull listed a merge into it.
    public func isRenamedByMerge(_ id: String) -> Bool {
        merges.contains { $0.merge.into == id }
    }
}
