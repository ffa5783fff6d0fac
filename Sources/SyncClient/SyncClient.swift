public import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
import ReportModel
public import ReportRepository
public import RevisionStore
public import SyncAPI
import SyncMapping

/// Pushes, pulls and syncs a repository with one remote node over HTTP (Schema/sync-protocol.md).
///
/// A pull is one request when nothing or little changed (the remote sends its refs and every object the local
/// history lacks in one pack); a push asks which objects the remote lacks, uploads them in batches, and moves the
/// refs with the last batch, in the remote's transaction. Interrupted transfers resume: a pull says what it holds, a
/// push asks again what is missing.
///
/// ```swift
/// let client = SyncClient(repository: repository, remote: try await repository.remote(named: "county"), logger: logger)
/// let report = try await client.sync()
/// ```
public struct SyncClient: Sendable {
    /// The local repository.
    public let repository: ReportRepository
    /// The remote.
    public let remote: Remote
    /// The most objects one uploaded batch holds.
    public var batchLimit: Int
    /// How many bytes a push sends before it moves the drafts to the revisions already sent
    /// (``upload(_:updates:notes:alreadyThere:statistics:)``).
    public var checkpointBytes: Int
    let connection: NodeConnection
    let logger: Logger

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - repository: The local repository.
    ///   - remote: The remote node (its URL and token).
    ///   - httpClient: The process's HTTP client (``sharedHTTPClient`` by default).
    ///   - timeout: How long one request may take.
    ///   - batchLimit: The most objects one uploaded batch holds.
    ///   - checkpointBytes: How many bytes a push sends before it moves the drafts along
    ///     (``defaultCheckpointBytes``).
    ///   - logger: Where to log.
    public init(
        repository: ReportRepository, remote: Remote, httpClient: HTTPClient = SyncClient.sharedHTTPClient,
        timeout: Duration = .seconds(120), batchLimit: Int = SyncProtocol.maxObjectsPerBatch,
        checkpointBytes: Int = SyncClient.defaultCheckpointBytes, logger: Logger
    ) {
        self.repository = repository
        self.remote = remote
        self.batchLimit = max(1, min(batchLimit, SyncProtocol.maxObjectsPerBatch))
        self.checkpointBytes = max(1, checkpointBytes)
        self.logger = logger
        var base = remote.url
        while base.hasSuffix("/") { base.removeLast() }
        let (seconds, attoseconds) = timeout.components
        connection = NodeConnection(
            remote: remote.name, baseURL: base, token: remote.token, client: httpClient,
            timeout: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
    }

    /// Pulls, then pushes. After a first sync with a remote, both look only at what changed since (the remote's
    /// change sequence and this node's, Schema/sync-protocol.md, "Change sequence"): a sync with nothing to do is one
    /// small request whatever the number of reports.
    ///
    /// - Throws: ``SyncError``.
    public func sync() async throws(SyncError) -> SyncReport {
        let remoteName = remote.name
        let changedHere = try await local { () async throws(RepositoryError) in
            try await repository.changedSinceLastPush(to: remoteName, limit: SyncProtocol.maxIDsPerRequest)
        }
        // Without the reports changed here since the last push, the push looks at every report: so does the pull.
        let pull = try await pull(incremental: changedHere != nil, naming: changedHere)
        let push = try await push(listing: pull.listing, partial: !pull.listedAll)
        return SyncReport(pull: pull, push: push)
    }

    /// Brings every report the token reaches from the remote: its objects, its heads (fast-forward, or a second
    /// head and an open conflict here), and marks that moved there. After a first pull, only the reports that
    /// changed there since are listed and brought.
    ///
    /// - Throws: ``SyncError``; objects stored before the failure stay stored.
    public func pull() async throws(SyncError) -> PullReport {
        try await pull(incremental: true, naming: nil)
    }

    /// A pull: of the reports changed on the remote since the last pull (and those named) when it can, else of
    /// every report.
    func pull(incremental: Bool, naming: [ReportKey]?) async throws(SyncError) -> PullReport {
        // (the register before and after: the offices the pull registered or renamed here are said, rv118 M3)
        let before = try await local { () async throws(RepositoryError) in try await repository.agencies() }
        var report = try await pullReports(incremental: incremental, naming: naming)
        let after = try await local { () async throws(RepositoryError) in try await repository.agencies() }
        report.agencyChanges = AgencyRegisterChanges(from: before, to: after)
        return report
    }

    /// The pull of ``pull(incremental:naming:)``.
    func pullReports(incremental: Bool, naming: [ReportKey]?) async throws(SyncError) -> PullReport {
        var statistics = TransferStatistics()
        // What this node saw there before this pull, which may forget it: an agency merge followed below keeps the
        // edits made here since (``ReportRepository/followMerges(_:from:seen:time:)``).
        let remoteName = remote.name
        let seen = try await local { () async throws(RepositoryError) in
            try await repository.seenDrafts(at: remoteName)
        }
        // (what this node remembered of the remote before this pull, which a pull of a replaced store forgets)
        let before = try await local { () async throws(RepositoryError) in
            try await repository.remoteSyncState(remote: remoteName)
        }
        if incremental {
            let known = before
            if let since = known.since, let identity = known.identity, let full = known.full,
                Date().timeIntervalSince(full) < Self.fullPullInterval, Date() >= full
            {
                if let report = try await pullChanges(
                    since: since, identity: identity, naming: naming, seen: seen, statistics: &statistics)
                {
                    return report
                }
                logger.info("the remote cannot list what changed since the last pull: pulling everything")
            }
        }
        return try await pullEverything(statistics: statistics, seen: seen, before: before)
    }

    /// How often a pull lists every report even when the remote could list only what changed: once a day, so
    /// that a remote whose store was restored from a copy (its sequence given out again) is caught up with within
    /// a day (Schema/sync-protocol.md, "Change sequence").
    static let fullPullInterval: TimeInterval = 24 * 3600

    /// A pull of the reports changed on the remote after `since` (and those named): first their listing alone,
    /// then, when it names revisions not held here, their objects. `nil` when the remote cannot say what changed (an
    /// older node, a store whose sequence went back, a token that reaches something else now): pull everything.
    func pullChanges(
        since: Int64, identity: String, naming: [ReportKey]?, seen: [ReportKey: ObjectID],
        statistics: inout TransferStatistics
    ) async throws(SyncError) -> PullReport? {
        let remoteName = remote.name
        let (first, firstObjects) = try await pullRound(
            PullRequest(have: [], since: since, reports: naming, listOnly: true), statistics: &statistics)
        let listing = first.listing
        if let sequence = listing.sequence, sequence < since {
            // The remote's store is not the one this node synced with (restored from a copy, made anew).
            logger.info(
                "the remote's change sequence went back: its store was replaced", metadata: ["remote": "\(remoteName)"])
            try await local { () async throws(RepositoryError) in try await repository.forgetRemoteState(of: remoteName)
            }
            return nil
        }
        if Self.identityKey(listing) != identity {
            // Another copy of the remote's store (a backup put in its place), or another reach: what was seen there
            // is not what it holds, and what this node sent since may be missing there.
            logger.info(
                "the remote is another store or reach than at the last pull", metadata: ["remote": "\(remoteName)"])
            try await local { () async throws(RepositoryError) in try await repository.forgetRemoteState(of: remoteName)
            }
            return nil
        }
        guard let sequence = listing.sequence, firstObjects == 0 else { return nil }
        // An agency of the token's reach this node does not know (a node that pulled before listings carried the
        // token's agencies, rv118 F1): a listing of everything brings its record.
        if !listing.identity.all {
            let known = Set(
                try await local { () async throws(RepositoryError) in try await repository.agencies() }.map(\.id))
            if !Set(listing.identity.agencies).isSubset(of: known) { return nil }
        }
        var received = 0
        var listed = listing.reports
        var states = listed.map(ReportState.init)
        let lacking = try await local { () async throws(RepositoryError) in
            try await repository.lacking(states.flatMap(\.revisions))
        }
        if !lacking.isEmpty {
            // Objects of those reports only, against what this node holds of those reports only.
            let keys = states.map(\.report)
            let (last, count) = try await pullPacks(reports: keys, statistics: &statistics)
            received = count
            guard let last, last.remaining == 0 else {
                throw .badResponse(
                    remote: remote.name, detail: "the remote stopped sending before the pull was complete")
            }
            // The newer listing of those reports, consistent with the objects sent; the sequence remembered stays
            // the first one's (a report changed in between is listed again next time, never missed).
            let wanted = Set(keys)
            listed = last.listing.reports.filter { wanted.contains($0.report) }
            states = listed.map(ReportState.init)
        }
        var pulled: [PulledReport] = []
        if !states.isEmpty || sequence != since {
            let record = PulledSequence(sequence: sequence, identity: identity, full: false)
            let taken = states
            let node = listing.node
            let scope = AccessScope(listing.identity)
            let merges = (listing.merges ?? []).map(AgencyMerge.init)
            // (the records of the token's offices, listed when anything changed there: a rename of one that has no
            // report there yet)
            let agencies = (listing.agencies ?? []).map(Agency.init)
            pulled = try await local { () async throws(RepositoryError) in
                try await repository.applyPull(
                    taken, from: remoteName, node: node, sync: record, scope: scope, merges: merges,
                    agencies: agencies)
            }
        }
        var partial = listing
        partial.reports = listed
        return PullReport(
            remote: remote.name, node: listing.node, identity: listing.identity, reports: pulled,
            objectsReceived: received, statistics: statistics, listing: partial, listedAll: false,
            merges: try await follow(listing.merges, seen: seen))
    }

    /// A pull of every report the token reaches, in as many rounds as the remote needs.
    ///
    /// - Parameter before: What this node remembered of the remote before the pull (a pull of changes forgets it
    ///   when the remote's store was replaced): whether the remote's store went back is decided on it.
    func pullEverything(
        statistics: TransferStatistics, seen: [ReportKey: ObjectID], before: RemoteSyncState
    ) async throws(SyncError) -> PullReport {
        var statistics = statistics
        let (header, received) = try await pullPacks(reports: nil, statistics: &statistics)
        guard let header else { throw .badResponse(remote: remote.name, detail: "no pack") }
        guard header.remaining == 0 else {
            throw .badResponse(remote: remote.name, detail: "the remote stopped sending before the pull was complete")
        }
        let states = header.listing.reports.map(ReportState.init)
        let remoteName = remote.name
        let identity = Self.identityKey(header.listing)
        let known = try await local { () async throws(RepositoryError) in
            try await repository.remoteSyncState(remote: remoteName)
        }
        if let seen = known.identity, seen != identity {
            // The daily full pull meets a restored copy too: it forgets what was seen there, then takes the listing.
            try await local { () async throws(RepositoryError) in try await repository.forgetRemoteState(of: remoteName)
            }
        }
        // Its store went back (another copy's epoch, or a sequence below the one last seen): what this node holds of
        // it that it no longer has is said, and its county marks taken off here (rr99 F3).
        let wentBack =
            before.identity.map { Self.epoch(ofIdentity: $0) != header.listing.epoch } ?? false
            || before.since.map { since in header.listing.sequence.map { $0 < since } ?? false } ?? false
        let record = PulledSequence(sequence: header.listing.sequence, identity: identity, full: true)
        let node = header.listing.node
        let scope = AccessScope(header.listing.identity)
        let merges = (header.listing.merges ?? []).map(AgencyMerge.init)
        let agencies = (header.listing.agencies ?? []).map(Agency.init)
        let pulled = try await local { () async throws(RepositoryError) in
            try await repository.applyPull(
                states, from: remoteName, node: node, sync: record, scope: scope, merges: merges,
                agencies: agencies, remoteWentBack: wentBack)
        }
        return PullReport(
            remote: remote.name, node: header.listing.node, identity: header.listing.identity, reports: pulled,
            objectsReceived: received, statistics: statistics, listing: header.listing,
            merges: try await follow(header.listing.merges, seen: seen), remoteWentBack: wentBack)
    }

    /// Merges here the agency ids the remote merged, once its reports are taken in (Schema/sync-protocol.md,
    /// "Agency merges").
    func follow(
        _ merges: [WireAgencyMerge]?, seen: [ReportKey: ObjectID]
    ) async throws(SyncError) -> [FollowedMerge] {
        guard let merges, !merges.isEmpty else { return [] }
        let remoteName = remote.name
        return try await local { () async throws(RepositoryError) in
            try await repository.followMerges(merges.map(AgencyMerge.init), from: remoteName, seen: seen)
        }
    }

    /// One `POST /v1/pull`: its header, once its objects are stored (how many).
    func pullRound(
        _ request: PullRequest, statistics: inout TransferStatistics
    ) async throws(SyncError) -> (PullHeader, Int) {
        let pack = try await fetchPack(request)
        statistics.add(pack.statistics)
        try await store(pack.objects, from: pack.header.listing.node)
        statistics.objectsReceived += pack.objects.count
        return (pack.header, pack.objects.count)
    }

    /// The epoch an identity key (``identityKey(_:)``) holds: `nil` for a store no backup made.
    static func epoch(ofIdentity key: String) -> String? {
        key.range(of: " @").map { String(key[$0.upperBound...]) }
    }

    /// What the remote's token reached at a pull, and which copy of its store the remote was
    /// (``RefsListing/epoch``): when either differs at the next pull, what was seen there is forgotten and every
    /// report listed again.
    static func identityKey(_ listing: RefsListing) -> String {
        RemoteSyncState.identityKey(
            all: listing.identity.all, agencies: listing.identity.agencies, epoch: listing.epoch)
    }
}
