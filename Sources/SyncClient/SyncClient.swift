import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI

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
    ///   - logger: Where to log.
    public init(
        repository: ReportRepository, remote: Remote, httpClient: HTTPClient = SyncClient.sharedHTTPClient,
        timeout: Duration = .seconds(120), batchLimit: Int = SyncProtocol.maxObjectsPerBatch, logger: Logger
    ) {
        self.repository = repository
        self.remote = remote
        self.batchLimit = max(1, min(batchLimit, SyncProtocol.maxObjectsPerBatch))
        self.logger = logger
        var base = remote.url
        while base.hasSuffix("/") { base.removeLast() }
        let (seconds, attoseconds) = timeout.components
        connection = NodeConnection(
            remote: remote.name, baseURL: base, token: remote.token, client: httpClient,
            timeout: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
    }

    /// Pulls, then pushes.
    ///
    /// - Throws: ``SyncError``.
    public func sync() async throws(SyncError) -> SyncReport {
        let pull = try await pull()
        let push = try await push(listing: pull.listing)
        return SyncReport(pull: pull, push: push)
    }

    /// Brings every report the token reaches from the remote: its objects, its heads (fast-forward, or a second
    /// head and an open conflict here), and marks that moved there.
    ///
    /// - Throws: ``SyncError``; objects stored before the failure stay stored.
    public func pull() async throws(SyncError) -> PullReport {
        var statistics = TransferStatistics()
        var header: PullHeader?
        var received = 0
        for _ in 0..<10_000 {
            let remoteName = remote.name
            let have = try await local { () async throws(RepositoryError) in
                try await repository.pullHaves(from: remoteName)
            }
            let body = try encode(PullRequest(have: have))
            let answer = try await connection.send(.POST, "pull", body: body, statistics: &statistics)
            let batch: ObjectBatch
            do {
                batch = try ObjectBatch.decode(answer.body)
            } catch {
                throw .badResponse(remote: remote.name, detail: error.description)
            }
            let pack = try connection.decode(PullHeader.self, from: batch.header)
            try checkVersion(pack.listing)
            header = pack
            if !batch.objects.isEmpty {
                let objects = batch.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) }
                do {
                    try await repository.store(objects)
                } catch {
                    // Objects that are not what their names say, or refer to what is not there: the remote's fault.
                    guard error.kind == .badInput else { throw .repository(error) }
                    throw .badResponse(remote: remote.name, detail: error.description)
                }
                received += objects.count
                statistics.objectsReceived += objects.count
            }
            if pack.remaining == 0 || batch.objects.isEmpty { break }
            logger.info("pull continues", metadata: ["received": "\(received)", "remaining": "\(pack.remaining)"])
        }
        guard let header else { throw .badResponse(remote: remote.name, detail: "no pack") }
        guard header.remaining == 0 else {
            throw .badResponse(remote: remote.name, detail: "the remote stopped sending before the pull was complete")
        }
        let states = header.listing.reports.map(ReportState.init)
        let remoteName = remote.name
        let pulled = try await local { () async throws(RepositoryError) in
            try await repository.applyPull(states, from: remoteName)
        }
        return PullReport(
            remote: remote.name, node: header.listing.node, identity: header.listing.identity, reports: pulled,
            objectsReceived: received, statistics: statistics, listing: header.listing)
    }

    /// Sends every draft and mark that moved here to the remote: the objects it lacks in batches, then the ref
    /// moves with the last batch.
    ///
    /// - Parameter listing: The remote's reports as a pull just listed them; `nil` asks the remote first.
    /// - Throws: ``SyncError``; batches the remote stored before a failure stay stored there, and a retry does not
    ///   send them again.
    public func push(listing known: RefsListing? = nil) async throws(SyncError) -> PushReport {
        var statistics = TransferStatistics()
        let listing: RefsListing
        if let known {
            listing = known
        } else {
            listing = try await connection.json(
                .GET, "refs", Optional<ObjectIDList>.none, as: RefsListing.self, statistics: &statistics)
        }
        try checkVersion(listing)
        let states = listing.reports.map(ReportState.init)
        let scope = AccessScope(listing.identity)
        let remoteName = remote.name
        let plan = try await local { () async throws(RepositoryError) in
            try await repository.pushPlan(to: remoteName, states: states, scope: scope)
        }
        var report = PushReport(
            remote: remote.name, node: listing.node, results: [], objectsSent: 0, objectsSkipped: 0,
            unsent: plan.unsent, statistics: statistics)
        guard !plan.updates.isEmpty || !plan.notes.isEmpty else { return report }
        let missing = try await missingOnRemote(plan.objects, statistics: &statistics)
        report.objectsSkipped = plan.objects.count - missing.count
        let objects = try await local { () async throws(RepositoryError) in
            try await repository.objects(missing, scope: .all)
        }
        let result = try await upload(objects, updates: plan.updates, notes: plan.notes, statistics: &statistics)
        let results = result.results.map(RefUpdateResult.init)
        try await local { () async throws(RepositoryError) in try await repository.recordPush(results, to: remoteName) }
        report.results = results
        report.objectsSent = objects.count
        report.statistics = statistics
        return report
    }
}
