import Foundation
import ReportModel
import ReportRepository
import SyncClient

/// Push, pull and sync results as a person reads them.
struct SyncText {
    let repository: ReportRepository

    /// `1a2b3c4d (王芳: 改正表三)`, or the short id alone when the revision is not here.
    func revision(_ id: ObjectID) async -> String {
        guard let revision = try? await repository.resolve(id.hex) else { return id.shortHex(8) }
        let message = revision.content.message.split(separator: "\n").first.map(String.init) ?? ""
        let short = message.count > 40 ? String(message.prefix(40)) + "…" : message
        return "\(id.shortHex(8)) (\(revision.content.author): \(short))"
    }

    func lines(for pull: PullReport) async -> [String] {
        var lines = [
            SyncMessage.pulled(
                remote: pull.remote, node: pull.node, objects: pull.objectsReceived,
                figures: Self.figures(pull.statistics)
            ).text
        ]
        for report in pull.reports {
            for head in report.heads { lines.append(await line(for: head)) }
            for (mark, revision) in report.marks.sorted(by: { $0.key < $1.key }) {
                var line = "  \(report.report)  \(RevisionText.name(of: mark)) → \(revision.shortHex(8))"
                if let comment = report.comments[mark] {
                    let state = MarkState(mark: mark, revision: revision, moved: comment.time, comment: comment)
                    line += "  \(state.label) \(state.note ?? "")（\(comment.author)）"
                }
                lines.append(line)
            }
        }
        for followed in pull.merges {
            if let outcome = followed.outcome {
                let years = (outcome.moved + outcome.same).sorted().map(String.init).joined(separator: "、")
                lines.append(
                    SyncMessage.mergeFollowed(
                        from: outcome.from, into: outcome.into, years: years.isEmpty ? "—" : years
                    )
                    .text)
            } else {
                lines.append(
                    SyncMessage.mergeNotFollowed(
                        from: followed.merge.agency, into: followed.merge.into,
                        reason: followed.problem.map { "\($0)" } ?? ""
                    ).text)
            }
        }
        if pull.reports.isEmpty, pull.merges.isEmpty { lines.append(SyncMessage.upToDate.text) }
        return lines
    }

    func line(for head: HeadOutcome) async -> String {
        let report = head.report.description
        switch head.status {
        case .created:
            return "  \(report)  " + SyncMessage.headNew(await revision(head.revision)).text
        case .fastForwarded:
            let from = head.previous?.shortHex(8) ?? Language.pick("无", "none")
            var line = "  \(report)  " + SyncMessage.fastForward(from: from, to: await revision(head.revision)).text
            if !head.closed.isEmpty { line += SyncMessage.conflictClosed.text }
            return line
        case .unchanged:
            return "  \(report)  " + SyncMessage.headUnchanged.text
                + (head.closed.isEmpty ? "" : SyncMessage.conflictClosed.text)
        case .conflict:
            let conflict = head.conflict
            return "  \(report)  "
                + SyncMessage.headConflict(
                    draft: await revision(head.draft), head: conflict?.head ?? "theirs",
                    revision: await revision(head.revision), base: conflict?.base?.shortHex(8), report: report
                ).text
        }
    }

    func lines(for push: PushReport) async -> [String] {
        let unsent = push.unsent.map { SyncMessage.note("\($0)").text }
        guard !push.results.isEmpty else {
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
            let what = "  \(result.report)  \(result.ref)"
            switch result.status {
            case .conflict:
                lines.append(
                    "\(what)  "
                        + SyncMessage.pushConflict(
                            remote: push.remote, current: result.current?.shortHex(8) ?? "?",
                            yours: result.revision.shortHex(8), base: result.conflict?.base?.shortHex(8),
                            head: result.conflict?.head ?? "?", report: result.report.description
                        ).text)
            case .stale:
                lines.append("\(what)  " + SyncMessage.pushStale(push.remote).text)
            case .refused:
                lines.append("\(what)  " + SyncMessage.pushRefused(push.remote).text)
            default:
                lines.append("\(what)  \(result.status.rawValue)  \(await revision(result.revision))")
            }
        }
        return lines + unsent
    }

    /// `3 requests, 12.4 KB sent, 1.1 KB received`.
    static func figures(_ statistics: TransferStatistics) -> String {
        SyncMessage.figures(
            requests: statistics.requests, sent: RevisionText.bytes(statistics.bytesSent),
            received: RevisionText.bytes(statistics.bytesReceived)
        ).text
    }

    /// The open conflicts, one per line.
    func lines(for conflicts: [SyncConflict]) async -> [String] {
        var lines: [String] = []
        for conflict in conflicts {
            lines.append(
                "\(conflict.report)  "
                    + SyncMessage.conflictLine(
                        draft: await revision(conflict.ours), head: conflict.head,
                        theirs: await revision(conflict.theirs), base: conflict.base?.shortHex(8),
                        origin: conflict.origin, opened: BeijingTime.minute(conflict.opened)
                    ).text)
        }
        return lines
    }
}
