import ReportModel
import ReportRepository

// `nianbao conflicts`: the conflicts as a person reads them, each report by its office.

extension SyncText {
    /// The conflicts, one per line: an open one against the draft as it is now (another merge may have moved it
    /// since the conflict opened), a closed one against the draft it was opened on.
    func lines(for conflicts: [SyncConflict]) async -> [String] {
        var lines: [String] = []
        var drafts: [ReportKey: ObjectID] = [:]
        for conflict in conflicts where conflict.isOpen && drafts[conflict.report] == nil {
            drafts[conflict.report] = (try? await repository.resolve(conflict.report.description))?.id
        }
        for conflict in conflicts {
            let ours = conflict.isOpen ? drafts[conflict.report] ?? conflict.ours : conflict.ours
            let origin = ConflictOrigin(recorded: conflict.origin)
            let words = await told([ours, conflict.theirs, conflict.base], in: conflict.report, origin: origin)
            lines.append(
                "\(name(conflict.report))  "
                    + SyncMessage.conflictLine(
                        draft: await revision(ours, words: words[ours]),
                        source: await source(of: conflict.theirs, origin: origin),
                        theirs: await revision(conflict.theirs, words: words[conflict.theirs]),
                        base: await number(conflict.base, told: words),
                        opened: BeijingTime.minute(conflict.opened),
                        closed: await closing(conflict)
                    ).text)
        }
        return lines
    }

    /// How a closed conflict was closed: `合并为 第 8 版，2025-01-08 09:40`; `nil` for an open one.
    func closing(_ conflict: SyncConflict) async -> String? {
        guard let closed = conflict.closed else { return nil }
        return SyncMessage.closedBy(merge: await number(ifAny: conflict.merge), time: BeijingTime.minute(closed)).text
    }
}
