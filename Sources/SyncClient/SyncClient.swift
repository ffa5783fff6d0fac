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
        var statistics = TransferStatistics()
        // What this node saw there before this pull, which may forget it: an agency merge followed below keeps the
        // edits made here since (``ReportRepository/followMerges(_:from:seen:time:)``).
        let remoteName = remote.name
        let seen = try await local { () async throws(RepositoryError) in
            try await repository.seenDrafts(at: remoteName)
        }
        if incremental {
            let known = try await local { () async throws(RepositoryError) in
                try await repository.remoteSyncState(remote: remoteName)
            }
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
        return try await pullEverything(statistics: statistics, seen: seen)
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
            pulled = try await local { () async throws(RepositoryError) in
                try await repository.applyPull(
                    taken, from: remoteName, node: node, sync: record, scope: scope, merges: merges)
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
    func pullEverything(
        statistics: TransferStatistics, seen: [ReportKey: ObjectID]
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
        let record = PulledSequence(sequence: header.listing.sequence, identity: identity, full: true)
        let node = header.listing.node
        let scope = AccessScope(header.listing.identity)
        let merges = (header.listing.merges ?? []).map(AgencyMerge.init)
        let pulled = try await local { () async throws(RepositoryError) in
            try await repository.applyPull(
                states, from: remoteName, node: node, sync: record, scope: scope, merges: merges)
        }
        return PullReport(
            remote: remote.name, node: header.listing.node, identity: header.listing.identity, reports: pulled,
            objectsReceived: received, statistics: statistics, listing: header.listing,
            merges: try await follow(header.listing.merges, seen: seen))
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
        try await store(pack.objects)
        statistics.objectsReceived += pack.objects.count
        return (pack.header, pack.objects.count)
    }

    /// What the remote's token reached at a pull, and which copy of its store the remote was
    /// (``RefsListing/epoch``): when either differs at the next pull, what was seen there is forgotten and every
    /// report listed again.
    static func identityKey(_ listing: RefsListing) -> String {
        RemoteSyncState.identityKey(
            all: listing.identity.all, agencies: listing.identity.agencies, epoch: listing.epoch)
    }

    /// Sends every draft and mark that moved here to the remote: the objects it lacks in batches, then the ref
    /// moves with the last batch.
    ///
    /// - Parameter listing: The remote's reports as a pull just listed them; `nil` asks the remote first.
    /// - Throws: ``SyncError``; batches the remote stored before a failure stay stored there, and a retry does not
    ///   send them again.
    public func push(listing known: RefsListing? = nil) async throws(SyncError) -> PushReport {
        try await push(listing: known, partial: false)
    }

    /// A push; with `partial`, `known` lists only the reports that changed on the remote since the last pull (and
    /// those named), and the push looks only at those and at those changed here since the last complete push.
    ///
    /// A push the remote refuses for a reason it gives to a request (HTTP 400 or 404) is planned once more on what
    /// the remote lists now, without counting what this node last saw there as held: a county restored from an
    /// older backup lacks revisions its townships once pushed, and a push that left out their objects was refused
    /// every time (`对象 … 引用了仓库中没有的对象 …`) until the remote was removed and added again. When that plan
    /// sends nothing more, the first refusal stands.
    ///
    /// The report's figures count every request made, those of a refused first attempt included.
    func push(listing known: RefsListing?, partial: Bool) async throws(SyncError) -> PushReport {
        let first = try await plan(listing: known, partial: partial, trustingSeen: true)
        var statistics = TransferStatistics()
        do {
            return try await send(first, exchanged: &statistics)
        } catch .rejected(let remote, let status, let code, let message) where status == 400 || status == 404 {
            let again = try await plan(listing: nil, partial: false, trustingSeen: false)
            let planned = Set(first.plan.objects)
            guard !again.plan.objects.allSatisfy(planned.contains) else {
                throw .rejected(remote: remote, status: status, code: code, message: message)
            }
            return try await send(again, exchanged: &statistics)
        }
    }

    /// A push's plan, made on the remote's listing (asked for when not given).
    private struct PlannedPush {
        var listing: RefsListing
        var plan: PushPlan
        var statistics: TransferStatistics
    }

    private func plan(
        listing known: RefsListing?, partial: Bool, trustingSeen: Bool
    ) async throws(SyncError) -> PlannedPush {
        var statistics = TransferStatistics()
        let listing: RefsListing
        if let known {
            listing = known
        } else {
            listing = try await connection.json(
                .GET, "refs", Optional<ObjectIDList>.none, as: RefsListing.self, statistics: &statistics)
        }
        try check(listing)
        let states = listing.reports.map(ReportState.init)
        let scope = AccessScope(listing.identity)
        let remoteName = remote.name
        let plan = try await local { () async throws(RepositoryError) in
            try await repository.pushPlan(
                to: remoteName, states: states, scope: scope, partial: partial && known != nil,
                trustingSeen: trustingSeen)
        }
        return PlannedPush(listing: listing, plan: plan, statistics: statistics)
    }

    /// Sends what a plan found the remote may lack, with its ref moves, and records what the remote answered.
    ///
    /// - Parameter statistics: What the push exchanged before (a refused attempt); the plan's listing and this
    ///   attempt's requests are added, also when the remote refuses it. The report gives the sum.
    private func send(
        _ planned: PlannedPush, exchanged statistics: inout TransferStatistics
    ) async throws(SyncError) -> PushReport {
        let plan = planned.plan
        statistics.add(planned.statistics)
        let remoteName = remote.name
        var report = PushReport(
            remote: remote.name, node: planned.listing.node, results: [], objectsSent: 0, objectsSkipped: 0,
            unsent: plan.unsent, notesKept: plan.keptNotes, statistics: statistics)
        guard !plan.updates.isEmpty || !plan.notes.isEmpty else {
            try await local { () async throws(RepositoryError) in
                try await repository.recordPushed(localSequence: plan.localSequence, to: remoteName)
            }
            return report
        }
        let missing = try await missingOnRemote(plan.objects, statistics: &statistics)
        report.objectsSkipped = plan.objects.count - missing.count
        let objects = try await local { () async throws(RepositoryError) in
            try await repository.objects(missing, scope: .all)
        }
        let alreadyThere = try await revisionsAlreadyThere(plan, missing: Set(missing))
        let result = try await upload(
            objects, updates: plan.updates, notes: plan.notes, alreadyThere: alreadyThere, statistics: &statistics)
        let results = result.results.map(RefUpdateResult.init)
        try await local { () async throws(RepositoryError) in
            try await repository.recordPush(results, to: remoteName, localSequence: plan.localSequence)
        }
        report.results = results
        report.staleMarks = Self.staleMarks(results, updates: plan.updates, listing: planned.listing)
        report.notesSent = plan.notes
        report.objectsSent = objects.count
        report.statistics = statistics
        return report
    }

    /// The marks a push did not move (`stale`), with what the remote's listing said of its own.
    static func staleMarks(
        _ results: [RefUpdateResult], updates: [RefUpdate], listing: RefsListing
    ) -> [StaleMark] {
        results.compactMap { result in
            guard result.status == .stale, let mark = result.ref.mark else { return nil }
            let update = updates.first { $0.report == result.report && $0.ref == result.ref }
            let listed = listing.reports.first { $0.report == result.report }?.marks.first { $0.name == mark }
            return StaleMark(
                report: result.report, mark: mark,
                moved: listed?.moved.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                seenBefore: update?.expected != nil)
        }
    }

    /// The revisions of a push the remote holds already (an earlier push stored them and did not finish), newest of
    /// each report first: walked from each draft the push moves, through the revisions the plan sends.
    private func revisionsAlreadyThere(_ plan: PushPlan, missing: Set<ObjectID>) async throws(SyncError) -> [Revision] {
        let planned = Set(plan.objects)
        var found: [Revision] = []
        var queue = plan.updates.filter { $0.ref == .draft }.map(\.revision)
        var seen: Set<ObjectID> = []
        while let id = queue.popLast() {
            guard planned.contains(id), seen.insert(id).inserted else { continue }
            let revision = try await local { () async throws(RepositoryError) in
                try await repository.revisions([id]).first
            }
            guard let revision else { continue }
            if !missing.contains(id) { found.append(revision) }
            queue.append(contentsOf: revision.parents)
        }
        return found
    }
}
