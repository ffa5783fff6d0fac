// A county restored from a backup: what a township held of it that it no longer has (rr99 F3).

import Foundation
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Takes in that the remote's store went back (a backup put in its place: Schema/sync-protocol.md, "Change
    /// sequence"): on a township's node, a mark only the county sets (已退回, 已公开) that the county's full listing of
    /// the report no longer has is taken off here, with its comment, so that the township shows the county's state
    /// and not a return or a publication the county no longer knows of; the county's comments this node received from
    /// it and that it no longer lists are kept here. Both are returned for the pull to list, and each mark taken off
    /// is written to the audit log with its comment, so that nothing of it is lost here.
    ///
    /// - Parameters:
    ///   - states: The remote's full listing, taken in already (``applyPull(_:from:node:sync:scope:merges:remoteWentBack:time:)``).
    ///   - remote: The remote's name here.
    ///   - sender: The remote's node name, as the audit log names it.
    ///   - scope: What this node's token reaches there: only a township's (a county sets those marks itself).
    ///   - time: When.
    /// - Returns: What was lost there, by report; none for a county's node.
    static func takeWentBack(
        _ states: [ReportState], from remote: String, sender: String, scope: AccessScope, time: Date,
        writer: StoreWriter
    ) throws -> [ReportKey: LostThere] {
        guard !scope.isAll else { return [:] }
        var lost: [ReportKey: LostThere] = [:]
        for state in states where scope.allows(agency: state.report.agency) {
            var there = LostThere()
            for mark in Mark.allCases where mark.isCountyOnly && state.marks[mark] == nil {
                guard let here = try writer.ref(mark.refName, of: state.report) else { continue }
                let comment = try writer.markComment(mark, of: state.report)
                try writer.removeRef(mark.refName, of: state.report, expecting: .at(here.revision))
                try writer.setMarkComment(nil, mark: mark, of: state.report)
                there.marks.append(
                    LostThere.LostMark(mark: mark, revision: here.revision, moved: here.moved, comment: comment))
                try writer.appendAudit(
                    person: sender, action: .syncReceived, report: state.report, revision: here.revision,
                    detail: AuditWording.lostThereDetail(mark, comment: comment?.comment), time: time)
            }
            if let listed = state.notes {
                let ids = Set(listed.map(\.id))
                there.notes = try writer.notes(of: state.report).filter { $0.via == remote && !ids.contains($0.id) }
            }
            if !there.isEmpty { lost[state.report] = there }
        }
        return lost
    }
}
