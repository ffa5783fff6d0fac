// The offices a pull registered or renamed here (``AgencyRegisterChanges``): a township's own office at its first
// pull, a rename the county made (撤乡设镇), each said on a line of its own where the pull said only 已是最新
// (rv118 M3, rv117 M11).

import ReportRepository
import SyncClient

extension SyncText {
    /// The lines of the offices a pull registered or renamed here: the node's own office (one the token reaches)
    /// with the id its commits take, and each office renamed but not by an agency merge the pull followed (which
    /// says so itself).
    static func agencyLines(for pull: PullReport) -> [String] {
        let changes = pull.agencyChanges
        var lines: [String] = []
        for agency in changes.registered where pull.isOwnOffice(agency.id) {
            lines.append(AgencyMessage.ownOffice(id: agency.id, name: agency.name).text)
        }
        for rename in changes.renamed where !pull.isRenamedByMerge(rename.id) {
            lines.append(AgencyMessage.renamedThere(old: rename.old, new: rename.new).text)
        }
        return lines
    }
}
