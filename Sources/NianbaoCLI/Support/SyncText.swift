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
            "Pulled from \(pull.remote) (node \(pull.node)): \(pull.objectsReceived) objects, "
                + Self.figures(pull.statistics) + "."
        ]
        for report in pull.reports {
            for head in report.heads { lines.append(await line(for: head)) }
            for (mark, revision) in report.marks.sorted(by: { $0.key < $1.key }) {
                var line = "  \(report.report)  \(mark.rawValue) → \(revision.shortHex(8))"
                if let comment = report.comments[mark] {
                    let state = MarkState(mark: mark, revision: revision, moved: comment.time, comment: comment)
                    line += "  \(state.label) \(state.note ?? "")（\(comment.author)）"
                }
                lines.append(line)
            }
        }
        if pull.reports.isEmpty { lines.append("  Already up to date.") }
        return lines
    }

    func line(for head: HeadOutcome) async -> String {
        let report = head.report.description
        switch head.status {
        case .created:
            return "  \(report)  new  \(await revision(head.revision))"
        case .fastForwarded:
            var line =
                "  \(report)  fast-forward  \(head.previous?.shortHex(8) ?? "none") → \(await revision(head.revision))"
            if !head.closed.isEmpty { line += "  (conflict closed)" }
            return line
        case .unchanged:
            return "  \(report)  unchanged" + (head.closed.isEmpty ? "" : "  (conflict closed)")
        case .conflict:
            let conflict = head.conflict
            return "  \(report)  CONFLICT  your draft \(await revision(head.draft)) and \(conflict?.head ?? "theirs")"
                + " \(await revision(head.revision)) both changed since \(conflict?.base?.shortHex(8) ?? "the start");"
                + " both kept. Merge with `nianbao merge \(report)`."
        }
    }

    func lines(for push: PushReport) async -> [String] {
        let unsent = push.unsent.map { "  注意：\($0)。" }
        guard !push.results.isEmpty else {
            return [
                unsent.isEmpty
                    ? "Nothing to push to \(push.remote): it has everything."
                    : "Nothing was sent to \(push.remote):"
            ] + unsent
        }
        var lines = [
            "Pushed to \(push.remote) (node \(push.node)): \(push.objectsSent) objects sent"
                + (push.objectsSkipped > 0 ? " (\(push.objectsSkipped) it already had)" : "") + ", "
                + Self.figures(push.statistics) + "."
        ]
        for result in push.results {
            let what = "  \(result.report)  \(result.ref)"
            switch result.status {
            case .conflict:
                lines.append(
                    "\(what)  CONFLICT  \(push.remote)'s draft \(result.current?.shortHex(8) ?? "?") and yours"
                        + " \(result.revision.shortHex(8)) both changed since"
                        + " \(result.conflict?.base?.shortHex(8) ?? "the start"); yours is kept there as head"
                        + " \(result.conflict?.head ?? "?"). Pull, then `nianbao merge \(result.report)`.")
            case .stale:
                lines.append("\(what)  not moved: it changed on \(push.remote) meanwhile (pull first)")
            case .refused:
                lines.append("\(what)  refused: \(push.remote) has an open conflict on this report")
            default:
                lines.append("\(what)  \(result.status.rawValue)  \(await revision(result.revision))")
            }
        }
        return lines + unsent
    }

    /// `3 requests, 12.4 KB sent, 1.1 KB received`.
    static func figures(_ statistics: TransferStatistics) -> String {
        "\(statistics.requests) request\(statistics.requests == 1 ? "" : "s"), "
            + "\(RevisionText.bytes(statistics.bytesSent)) sent, \(RevisionText.bytes(statistics.bytesReceived)) received"
    }

    /// The open conflicts, one per line.
    func lines(for conflicts: [SyncConflict]) async -> [String] {
        var lines: [String] = []
        for conflict in conflicts {
            lines.append(
                "\(conflict.report)  draft \(await revision(conflict.ours)) ↔ \(conflict.head)"
                    + " \(await revision(conflict.theirs))  base \(conflict.base?.shortHex(8) ?? "none")"
                    + "  (\(conflict.origin), \(RevisionContent.format(conflict.opened)))")
        }
        return lines
    }
}

extension RevisionContent {
    /// A date as revisions write it: `2025-01-08T09:30:00Z`.
    static func format(_ date: Date) -> String {
        RevisionContent(
            report: ReportKey(agency: "x", year: 2000), root: ObjectID.hashing([UInt8]()), parents: [], author: "",
            node: "", time: date, message: ""
        ).timeText
    }
}
