// Pulls, the giving side: what this node remembers of a remote, and the pack it gives for the reports a token reaches.

import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// What this node remembers of its last sync with a remote: the remote's sequence it last took in, what the
    /// token reached then, this node's sequence at its last complete push, when it last pulled everything.
    public func remoteSyncState(remote: String) async throws(RepositoryError) -> RemoteSyncState {
        try await read { try $0.remoteSyncState(remote: remote) }
    }

    /// The drafts this node last saw on a remote, by report (what its last pull or push left in `remote_ref`).
    public func seenDrafts(at remote: String) async throws(RepositoryError) -> [ReportKey: ObjectID] {
        try await read { reader in
            Dictionary(
                try reader.remoteRefs(remote: remote).filter { $0.ref == .draft }.map { ($0.report, $0.revision) },
                uniquingKeysWith: { $1 })
        }
    }

    /// Forgets what this node saw of a remote — its refs and the sequences of the last sync — when the remote's
    /// change sequence went back: the store there was replaced (restored from a copy, made anew), so what was seen
    /// of it no longer says what it holds, and the next pull and push start from what it says.
    public func forgetRemoteState(of remote: String) async throws(RepositoryError) {
        try await write { try $0.removeRemoteRefs(remote: remote) }
    }

    /// Of some revisions, those this node does not hold.
    public func lacking(_ revisions: [ObjectID]) async throws(RepositoryError) -> [ObjectID] {
        try await read { reader in try revisions.filter { try !reader.contains($0) } }
    }

    /// The pack for a pull: the reports a scope reaches and the objects of their refs that the closure of `have`
    /// lacks, in dependency order, cut after a whole revision when it would pass a limit.
    ///
    /// - Parameters:
    ///   - scope: What the puller's token reaches.
    ///   - have: Revisions the puller holds (the tips of its history): it holds everything they refer to.
    ///   - maxObjects: The most objects in one pack.
    ///   - maxBytes: The most canonical bytes in one pack.
    ///   - selection: Which reports: every one (the default), those changed after a sequence and those named;
    ///     with `listOnly`, no objects.
    /// - Complexity: with `since` and nothing changed, O(log n) in the reports: one index lookup.
    public func pullPack(
        scope: AccessScope, have: [ObjectID], selection: PullSelection = .all, maxObjects: Int, maxBytes: Int
    )
        async throws(RepositoryError) -> PullPack
    {
        await recordRestoredBackup()
        return try await read { reader in
            // The sequence and the states come from one snapshot: every change up to it is in the states.
            let sequence = try reader.changeSequence()
            let epoch = try reader.epoch()
            var states: [ReportState]
            let allMerges = try reader.agencyMerges()
            if selection.isAll {
                states = try Self.reportStates(scope: scope, followingMerges: true, in: reader)
            } else {
                var keys = selection.reports ?? []
                if let since = selection.since {
                    let changed = try reader.reportsChanged(after: since)
                    keys += changed
                    // A note written since under an id merged away here (the county's answer to a comment written
                    // under it) is listed with the report that id's reports live on as.
                    let into = Dictionary(allMerges.map { ($0.agency, $0.into) }, uniquingKeysWith: { $1 })
                    keys += changed.compactMap { key in into[key.agency].map { ReportKey(agency: $0, year: key.year) } }
                }
                states = try Self.reportStates(of: keys, scope: scope, followingMerges: true, in: reader)
            }
            states = try Self.namingMarkSetters(states, in: reader)
            let merges = allMerges.filter { scope.allows(agency: $0.into) }
            // (in a listing of what changed too, when anything changed here since: a rename of the office before
            // this node has a report of it changes no report, and would reach the township only at its daily full
            // pull; a pull that finds nothing changed stays a few bytes)
            let changedSince = selection.since.map { sequence > $0 } ?? false
            let agencies: [Agency] =
                switch scope {
                case .agencies(let ids) where selection.isAll || changedSince:
                    try ids.sorted().compactMap { try reader.agency($0) }
                default: []
                }
            if selection.listOnly {
                return PullPack(
                    states: states, objects: [], remaining: 0, sequence: sequence, merges: merges, epoch: epoch,
                    agencies: agencies)
            }
            // Revisions the puller names outside its reach count as unknown, like those the node does not have.
            let held = scope.isAll ? have : try reader.revisions(have, reachableBy: scope)
            // One object past the pack's limit is enough to say that more remain.
            let plan = try reader.transferPlan(
                want: states.flatMap(\.revisions), have: held, limit: maxObjects == .max ? .max : maxObjects + 1)
            var objects: [EncodedObject] = []
            var bytes = 0
            var boundary = 0
            var objectReader = reader.objectReader()
            for planned in plan {
                guard let object = try objectReader.object(planned) else {
                    throw StoreError.objectNotFound(planned.id)
                }
                if objects.count + 1 > maxObjects || bytes + object.bytes.count > maxBytes {
                    if boundary > 0 { objects.removeSubrange(boundary...) }
                    break
                }
                objects.append(object)
                bytes += object.bytes.count
                if planned.kind == .revision { boundary = objects.count }
            }
            return PullPack(
                states: states, objects: objects, remaining: plan.count - objects.count, sequence: sequence,
                merges: merges, epoch: epoch, agencies: agencies)
        }
    }

    /// The revisions a pull from a remote says this node holds: the tips of every line of history here, the
    /// remote's refs as last seen (the remote knows those even when it knows none of the tips, which are often
    /// revisions made here since), and up to four generations behind each tip the remote has not been seen at (so
    /// that a merge or an edit made here still names what the remote knows).
    ///
    /// - Parameter reports: Only these reports' revisions (a pull restricted to them); `nil`: every report's.
    public func pullHaves(
        from remote: String, reports: [ReportKey]? = nil
    ) async throws(RepositoryError)
        -> [ObjectID]
    {
        try await read { reader in
            var seenRefs = try reader.remoteRefs(remote: remote)
            if let reports {
                let wanted = Set(reports)
                seenRefs.removeAll { !wanted.contains($0.report) }
            }
            let seenThere = seenRefs.map(\.revision)
            let known = Set(seenThere)
            var listed = Set<ObjectID>()
            var haves: [ObjectID] = []
            func add(_ id: ObjectID) { if listed.insert(id).inserted { haves.append(id) } }
            for tip in try reports.map(reader.revisionTips(of:)) ?? reader.revisionTips() {
                add(tip)
                var generation = known.contains(tip) ? [] : [tip]
                for _ in 0..<4 where !generation.isEmpty {
                    generation = try generation.flatMap { try reader.parentIDs(of: $0) }.filter { !listed.contains($0) }
                    generation.forEach(add)
                    generation.removeAll(where: known.contains)
                }
            }
            seenThere.forEach(add)
            return haves
        }
    }
}
