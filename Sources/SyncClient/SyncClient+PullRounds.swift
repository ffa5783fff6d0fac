// The rounds of a pull: packs asked for and stored one after the other, the next request sent while the last pack
// is checked and stored, so that the remote plans the next pack meanwhile.

import Foundation
import Logging
import NIOHTTP1
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI

/// A pack as it came, before its objects are stored.
struct FetchedPack: Sendable {
    /// Its header: the listing and how many objects remain.
    var header: PullHeader
    /// Its objects, children before parents.
    var objects: [ReceivedObject]
    /// What asking for it exchanged.
    var statistics: TransferStatistics
}

extension SyncClient {
    /// Pulls the objects of every report the token reaches (`reports`: of those only), in as many packs as the
    /// remote needs, each stored whole before the next.
    ///
    /// A pack that says more remain is followed by the next request before it is stored: that request names the
    /// revisions this node will hold once the pack is stored (``haves(after:storing:)``), so that the remote plans
    /// the next pack while this node checks and stores the last one. Should the pack then fail to store, the request
    /// is cancelled and nothing of the next pack is stored.
    ///
    /// - Returns: The last pack's header (its listing is consistent with every object sent) and how many objects
    ///   were stored; `nil` for the header when the remote sent none.
    func pullPacks(
        reports: [ReportKey]?, statistics: inout TransferStatistics
    ) async throws(SyncError) -> (last: PullHeader?, received: Int) {
        let remoteName = remote.name
        var have = try await local { () async throws(RepositoryError) in
            try await repository.pullHaves(from: remoteName, reports: reports)
        }
        var fetched = try await fetchPack(PullRequest(have: have, reports: reports))
        var last: PullHeader?
        var received = 0
        for _ in 0..<10_000 {
            statistics.add(fetched.statistics)
            last = fetched.header
            let objects = fetched.objects
            guard !objects.isEmpty else { break }
            let more = fetched.header.remaining > 0
            let ahead = more ? Self.haves(after: have, storing: objects) : nil
            // A pack that completes no revision leaves the haves as they are: asking again would bring it again.
            let following = try await store(
                objects, from: fetched.header.listing.node,
                whileFetching: ahead.flatMap { $0 == have ? nil : PullRequest(have: $0, reports: reports) })
            received += objects.count
            statistics.objectsReceived += objects.count
            guard more, ahead != have else { break }
            logger.info(
                "pull continues", metadata: ["received": "\(received)", "remaining": "\(fetched.header.remaining)"])
            if let ahead, let following {
                have = ahead
                fetched = following
                continue
            }
            // The pack's revisions could not be read ahead: ask with what the store now holds.
            let stored = try await local { () async throws(RepositoryError) in
                try await repository.pullHaves(from: remoteName, reports: reports)
            }
            if stored == have { break }
            have = stored
            fetched = try await fetchPack(PullRequest(have: have, reports: reports))
        }
        return (last, received)
    }

    /// The haves of the next pull request once `objects` are stored: `have`, with the revisions among `objects`
    /// in place of the parents they follow. `nil` when a revision's parents cannot be read (the store's checks will
    /// say why).
    static func haves(after have: [ObjectID], storing objects: [ReceivedObject]) -> [ObjectID]? {
        let header = ObjectKind.revision.headerLine
        var followed = Set<ObjectID>()
        var revisions: [ObjectID] = []
        for object in objects where object.bytes.starts(with: header) {
            guard let parents = CanonicalObject.revisionParents(in: object.bytes) else { return nil }
            followed.formUnion(parents)
            revisions.append(object.id)
        }
        var listed = Set<ObjectID>()
        return (have + revisions).filter { !followed.contains($0) && listed.insert($0).inserted }
    }

    /// Stores a pack's objects while the next request, if any, is on its way; a store that fails cancels it.
    func store(
        _ objects: [ReceivedObject], from node: String, whileFetching request: PullRequest?
    ) async throws(SyncError) -> FetchedPack? {
        async let following = fetchResult(request)
        try await store(objects, from: node)
        return try await following?.get()
    }

    /// ``fetchPack(_:)`` as a result, for a request made beside other work; `nil` for no request.
    private func fetchResult(_ request: PullRequest?) async -> Result<FetchedPack, SyncError>? {
        guard let request else { return nil }
        do {
            return .success(try await fetchPack(request))
        } catch {
            return .failure(error)
        }
    }

    /// One `POST /v1/pull`: its header and its objects, not yet stored.
    func fetchPack(_ request: PullRequest) async throws(SyncError) -> FetchedPack {
        var statistics = TransferStatistics()
        let body = try encode(request)
        let answer = try await connection.send(.POST, "pull", body: body, statistics: &statistics)
        let batch: ObjectBatch
        do {
            batch = try ObjectBatch.decode(answer.body)
        } catch {
            throw .badResponse(remote: remote.name, detail: error.description)
        }
        let header = try connection.decode(PullHeader.self, from: batch.header)
        try check(header.listing)
        return FetchedPack(
            header: header, objects: batch.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            statistics: statistics)
    }

    /// Stores the objects of a pack, whole or not at all, each revision recorded as received from the remote's node
    /// as it names itself (`县政务公开办`: what a clerk reads, ``RevisionReceipt``), else the remote's name here.
    func store(_ objects: [ReceivedObject], from node: String) async throws(SyncError) {
        guard !objects.isEmpty else { return }
        do {
            try await repository.store(objects, from: NodeName.isValid(node) ? node : remote.name)
        } catch {
            // Objects that are not what their names say, or refer to what is not there: the remote's fault.
            guard error.kind == .badInput else { throw .repository(error) }
            throw .badResponse(remote: remote.name, detail: error.description)
        }
    }
}
