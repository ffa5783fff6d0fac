// What a push did, report by report, as a person reads it.

import Foundation
import ReportModel
import ReportRepository
import SyncClient

extension SyncText {
    /// The lines of a push: each report's refs sent, with what the other node did with them, and the notes sent or not.
    func lines(for push: PushReport) async -> [String] {
        var unsent = push.unsent.map { SyncMessage.note($0.described(as: name($0.report))).text }
        // (which ids the token writes, so that the clerk can tell the one she should have typed: rv117 F1)
        if !push.reach.isEmpty, push.unsent.contains(where: { $0.reason == .outOfReach }) {
            let names = push.reachNames.merging((try? await repository.agencyNames()) ?? [:]) { there, _ in there }
            let offices = push.reach.map { id in names[id].map { "\($0)（\(id)）" } ?? id }
            unsent.append(SyncMessage.tokenWrites(offices, ids: push.reach).text)
        }
        // A township's own comments are not taken by the county: said plainly, never "it has everything".
        if !push.notesKept.isEmpty {
            unsent.append(
                SyncMessage.notesKept(
                    node: push.node, counts: Self.noteCounts(push.notesKept),
                    reports: reports(of: push.notesKept)
                ).text)
        }
        // Answers to a comment the county lost (it restored a backup): not sent, said so.
        if !push.notesHeld.isEmpty {
            unsent.append(
                LostThereMessage.answersHeld(
                    node: push.node, counts: Self.noteCounts(push.notesHeld), reports: reports(of: push.notesHeld)
                ).text)
        }
        guard !push.results.isEmpty || !push.notesSent.isEmpty else {
            return [
                unsent.isEmpty ? SyncMessage.nothingToPush(push.remote).text : SyncMessage.nothingSent(push.remote).text
            ] + unsent
        }
        var lines = [
            SyncMessage.pushed(
                remote: push.remote, node: push.node, sent: push.objectsSent, skipped: push.objectsSkipped,
                figures: Self.figures(push.statistics)
            ).text
        ]
        for result in push.results {
            let what = "  \(name(result.report))  " + RevisionText.name(of: result.ref)
            switch result.status {
            case .conflict:
                // The remote's draft is named by its number when this node has it, else said to be new here (a push
                // without a pull): never by a hash.
                var current: String?
                if let id = result.current, await generation(of: id) != nil { current = await revision(id) }
                lines.append(
                    "\(what)  "
                        + SyncMessage.pushConflict(
                            remote: push.remote, current: current, yours: await number(result.revision),
                            base: await number(ifAny: result.conflict?.base), report: result.report.description
                        ).text)
            case .stale where result.ref.mark != nil:
                var current: String?
                if let id = result.current, let generation = await generation(of: id) {
                    current = RevisionText.number(id, generation: generation)
                }
                let stale = push.staleMarks.first { $0.report == result.report && .mark($0.mark) == result.ref }
                lines.append(
                    "\(what)  "
                        + SyncMessage.pushStaleMark(
                            remote: push.remote, current: current, time: stale?.moved.map { BeijingTime.minute($0) },
                            seenBefore: stale?.seenBefore ?? true
                        ).text)
            case .stale:
                lines.append("\(what)  " + SyncMessage.pushStale(push.remote).text)
            case .refused:
                lines.append("\(what)  " + SyncMessage.pushRefused(push.remote).text)
            case .fastForwarded where result.ref == .draft && result.current.map({ $0 != result.revision }) == true:
                // The remote's draft held the same text: it merged the two itself (the next pull brings the merge).
                lines.append(
                    "\(what)  "
                        + SyncMessage.pushMergedSameText(remote: push.remote, yours: await number(result.revision))
                        .text)
            case .created, .fastForwarded, .moved:
                lines.append(await movedLine(result, remoteNode: push.node))
            default:
                // (a restore says so, not 更新: the county reads that an earlier text came back)
                let restored =
                    result.status == .fastForwarded
                    ? await RevisionText.restoredVersion(result.revision, in: repository) : nil
                let status = restored.map { SyncMessage.pushedRestore($0).text }
                lines.append(
                    "\(what)  " + (status ?? SyncMessage.pushedStatus(result.status).text)
                        + "  \(await revision(result.revision))")
            }
        }
        for report in Self.keys(of: push.notesSent) {
            let counts = Self.noteCounts(push.notesSent.filter { $0.report == report })
            lines.append("  \(name(report))  " + SyncMessage.notesSent(counts).text)
        }
        return lines + unsent
    }
}
