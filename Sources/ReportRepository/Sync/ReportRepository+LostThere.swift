// A county restored from a backup: what a township held of it that it no longer has (rr99 F3).

import Foundation
import ReportModel
import RevisionStore

extension ReportRepository {
    /// The marks only the county sets (已退回, 已公开) that this node holds of the reports a listing names, each with
    /// its comment: read before a pull from a remote whose store went back takes the listing in, so that
    /// ``takeWentBack(_:from:sender:scope:held:movedBack:time:writer:)`` can say what such a mark was here before the
    /// listing moved it back.
    static func countyMarksHeld(
        _ states: [ReportState], scope: AccessScope, writer: StoreWriter
    ) throws -> [ReportKey: [Mark: LostThere.LostMark]] {
        guard !scope.isAll else { return [:] }
        var held: [ReportKey: [Mark: LostThere.LostMark]] = [:]
        for state in states where scope.allows(agency: state.report.agency) {
            for mark in Mark.allCases where mark.isCountyOnly {
                guard let here = try writer.ref(mark.refName, of: state.report) else { continue }
                held[state.report, default: [:]][mark] = LostThere.LostMark(
                    mark: mark, revision: here.revision, moved: here.moved,
                    comment: try writer.markComment(mark, of: state.report))
            }
        }
        return held
    }

    /// Takes in that the remote's store went back (a backup put in its place: Schema/sync-protocol.md, "Change
    /// sequence"): on a township's node, a mark only the county sets (已退回, 已公开) that the county's full listing of
    /// the report no longer has is taken off here, with its comment, so that the township shows the county's state
    /// and not a return or a publication the county no longer knows of; one the listing moved back to an older
    /// revision (the county published 第 9 版 after its backup, which holds 第 1 版 published) is lost there the same
    /// way (rv108 F19: the pull listed no loss, and nobody was told the publication must be done again); the county's
    /// comments this node received from it and that it no longer lists are kept here. All are returned for the pull
    /// to list, and each mark taken off or moved back is written to the audit log with its comment, so that nothing
    /// of it is lost here.
    ///
    /// - Parameters:
    ///   - states: The remote's full listing, taken in already (``applyPull(_:from:node:sync:scope:merges:remoteWentBack:time:)``).
    ///   - remote: The remote's name here.
    ///   - sender: The remote's node name, as the audit log names it.
    ///   - scope: What this node's token reaches there: only a township's (a county sets those marks itself).
    ///   - held: The county's marks here before the listing was taken in (``countyMarksHeld(_:scope:writer:)``).
    ///   - movedBack: The marks the listing moved back to an older mark of the remote, by report
    ///     (``PulledReport/older``).
    ///   - time: When.
    /// - Returns: What was lost there, by report; none for a county's node.
    static func takeWentBack(
        _ states: [ReportState], from remote: String, sender: String, scope: AccessScope,
        held: [ReportKey: [Mark: LostThere.LostMark]], movedBack: [ReportKey: Set<Mark>], time: Date,
        writer: StoreWriter
    ) throws -> [ReportKey: LostThere] {
        guard !scope.isAll else { return [:] }
        var lost: [ReportKey: LostThere] = [:]
        for state in states where scope.allows(agency: state.report.agency) {
            var there = LostThere()
            for mark in Mark.allCases where mark.isCountyOnly {
                let gone: LostThere.LostMark
                if let listed = state.marks[mark] {
                    // (moved back by the listing already: what it was on here before is what the county lost)
                    guard movedBack[state.report]?.contains(mark) == true, let before = held[state.report]?[mark],
                        before.revision != listed
                    else { continue }
                    gone = before
                } else {
                    guard let here = try writer.ref(mark.refName, of: state.report) else { continue }
                    let comment = try writer.markComment(mark, of: state.report)
                    try writer.removeRef(mark.refName, of: state.report, expecting: .at(here.revision))
                    try writer.setMarkComment(nil, mark: mark, of: state.report)
                    gone = LostThere.LostMark(mark: mark, revision: here.revision, moved: here.moved, comment: comment)
                }
                there.marks.append(gone)
                try writer.appendAudit(
                    person: sender, action: .syncReceived, report: state.report, revision: gone.revision,
                    detail: AuditWording.lostThereDetail(mark, comment: gone.comment?.comment), time: time)
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
