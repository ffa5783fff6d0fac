// What a node holds that a remote did not have when it last saw the remote: working offline, the clerk's own
// computer said 已报送 第 5 版 exactly as after a push (user review rv117, F6).

public import ReportModel
import RevisionStore

/// What of one report a remote has not been sent, as far as this node last saw the remote.
public struct UnsentReport: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// The draft, when the remote has not got it (it never saw this report, or saw an older draft).
    public var draft: ObjectID?
    /// The marks set here that the remote was not seen with.
    public var marks: [Mark]
}

/// What a remote has not been sent (``ReportRepository/unsent(to:)``).
public struct UnsentChanges: Sendable, Hashable {
    /// The office the remote is, as it named itself at the last pull (县政务公开办), if it did.
    public var node: String?
    /// The reports with something unsent, by report.
    public var reports: [UnsentReport]
}

extension ReportRepository {
    /// The reports whose draft or marks a remote was not seen with when this node last pulled from or pushed to it,
    /// within what the remote's token reached then: what a push would send. A draft the remote was seen at, or
    /// one older (the remote has moved on from it), is not unsent; before the first push, everything is.
    ///
    /// - Parameter remote: The remote's name here.
    public func unsent(to remote: String) async throws(RepositoryError) -> UnsentChanges {
        try await read { reader in
            let synced = try reader.remoteSyncState(remote: remote)
            let seenRefs = try reader.remoteRefs(remote: remote)
            var changes = UnsentChanges(node: try reader.remoteNodeNames()[remote], reports: [])
            // (what the token reached at the last pull; before any pull, every report: a push sends what it may)
            let reach = synced.identity.flatMap(RemoteSyncState.agencies(ofIdentity:))
            let seen = Dictionary(
                seenRefs.map { (RefKey(report: $0.report, ref: $0.ref), $0.revision) },
                uniquingKeysWith: { $1 })

            for (report, refs) in Dictionary(grouping: try reader.refs(), by: \.report).sorted(by: { $0.key < $1.key })
            where reach?.contains(report.agency) ?? true {
                var entry = UnsentReport(report: report, draft: nil, marks: [])
                for ref in refs {
                    if ref.name == .draft {
                        let there = seen[RefKey(report: report, ref: .draft)]
                        if there != ref.revision,
                            try there.map({ try !RevisionGraph.isAncestor(ref.revision, of: $0, in: reader) }) ?? true
                        {
                            entry.draft = ref.revision
                        }
                    } else if let mark = Mark(ref.name), seen[RefKey(report: report, ref: .mark(mark))] != ref.revision
                    {
                        entry.marks.append(mark)
                    }
                }
                if entry.draft != nil || !entry.marks.isEmpty { changes.reports.append(entry) }
            }
            return changes
        }
    }

    /// A report's ref, as a key.
    private struct RefKey: Hashable {
        var report: ReportKey
        var ref: SyncRef
    }
}
