// The change sequence (Schema/store.md, "Change sequence"): the number this node bumps on every change to what a
// sync listing shows of a report, which reports changed after a number, and what this node remembers of its last
// sync with each remote. The triggers of `Schema/sql/v12-changes.sql` keep the sequence; nothing here writes it.

public import Foundation
import GRDB
public import ReportModel

/// What a node remembers of its last sync with a remote (`remote_sync`).
public struct RemoteSyncState: Sendable, Hashable {
    /// The remote's change sequence that this node's last pull from it took in; `nil` when none yet (or the remote
    /// keeps none).
    public var since: Int64?
    /// What the remote's token reached at that pull (``identityKey(all:agencies:)``).
    public var identity: String?
    /// This node's change sequence when its last push to the remote had sent everything changed here up to it.
    public var local: Int64?
    /// When this node last pulled everything from the remote.
    public var full: Date?

    /// Creates a state.
    public init(since: Int64? = nil, identity: String? = nil, local: Int64? = nil, full: Date? = nil) {
        self.since = since
        self.identity = identity
        self.local = local
        self.full = full
    }

    /// A token's reach as one text to compare: `*` for every agency, else the agency ids sorted, comma-separated.
    ///
    /// - Parameter epoch: Which copy of its store the remote was (a backup restored in its place lists another).
    public static func identityKey(all: Bool, agencies: [String], epoch: String? = nil) -> String {
        (all ? "*" : agencies.sorted().joined(separator: ",")) + (epoch.map { " @" + $0 } ?? "")
    }

    /// Whether an ``identity`` is of a token that reaches every report (the county's), whichever copy of its store.
    public static func reachesAll(_ identity: String) -> Bool {
        identity == "*" || identity.hasPrefix("* @")
    }

    /// The agencies an ``identity`` reaches, or `nil` for a token that reaches every report.
    public static func agencies(ofIdentity identity: String) -> Set<String>? {
        guard !reachesAll(identity) else { return nil }
        let ids = identity.range(of: " @").map { identity[..<$0.lowerBound] } ?? identity[...]
        return Set(ids.split(separator: ",").map(String.init))
    }
}

extension StoreReading {
    /// This node's change sequence: the number of the last change to what a listing shows of any report.
    public func changeSequence() throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM change_sequence WHERE id = 1")) ?? 0
    }

    /// The reports changed after a sequence number, by report.
    ///
    /// - Complexity: O(log n + k) in the reports, k those changed (an index on the sequence).
    public func reportsChanged(after sequence: Int64) throws -> [ReportKey] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT agency, year FROM report_change WHERE seq > ? ORDER BY agency, year"),
            arguments: [sequence]
        ).map { ReportKey(agency: $0["agency"], year: $0["year"]) }
    }

    /// The revisions of some reports that no other revision has as a parent: the tips of their lines of work.
    ///
    /// - Complexity: O(r) in the revisions of those reports.
    public func revisionTips(of reports: [ReportKey]) throws -> [ObjectID] {
        var tips: [ObjectID] = []
        for report in reports {
            let rows = try Int64.fetchAll(
                db,
                sql: """
                    SELECT object FROM revision
                    WHERE agency = ? AND year = ?
                    AND NOT EXISTS (SELECT 1 FROM revision_parent WHERE revision_parent.parent = revision.object)
                    ORDER BY time, object
                    """, arguments: [report.agency, report.year])
            tips += try rows.map(objectID(ofRow:))
        }
        return tips
    }

    /// What this node remembers of its last sync with a remote (an empty state when nothing).
    public func remoteSyncState(remote: String) throws -> RemoteSyncState {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT since, identity, local, full FROM remote_sync WHERE remote = ?", arguments: [remote])
        else { return RemoteSyncState() }
        let full: Int64? = row["full"]
        return RemoteSyncState(
            since: row["since"], identity: row["identity"], local: row["local"],
            full: full.map { Date(timeIntervalSince1970: TimeInterval($0)) })
    }
}

extension StoreWriter {
    /// Records what this node remembers of its last sync with a remote.
    public func setRemoteSyncState(_ state: RemoteSyncState, remote: String) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO remote_sync (remote, since, identity, local, full) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                remote, state.since, state.identity, state.local,
                state.full.map { Int64($0.timeIntervalSince1970.rounded(.down)) },
            ])
    }
}
