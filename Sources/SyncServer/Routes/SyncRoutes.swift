import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncMapping

/// The sync API (Schema/sync-protocol.md): listing refs, pulling packs, finding missing objects, uploading and
/// fetching object batches, moving refs. Every route needs a token and reaches only the reports it allows.
struct SyncRoutes {
    let repository: ReportRepository
    /// The most bytes one token's unreached uploads may add up to.
    let uploadQuota: Int
    /// The most objects one pull pack carries.
    let objectsPerPack: Int

    func add(to group: RouterGroup<NodeRequestContext>) {
        group.get("refs") { _, context -> Response in
            try .json(try await listing(for: try context.requireAccess()))
        }
        group.post("pull") { request, context -> Response in
            let access = try context.requireAccess()
            var request = request
            let pull = try await request.decodeJSON(PullRequest.self)
            guard pull.protocolVersion == SyncProtocol.version else {
                throw NodeError.badRequest(
                    "This node speaks sync protocol \(SyncProtocol.version), the client \(pull.protocolVersion).")
            }
            guard (pull.reports?.count ?? 0) <= SyncProtocol.maxIDsPerRequest else {
                throw NodeError.badRequest("A pull may name at most \(SyncProtocol.maxIDsPerRequest) reports.")
            }
            guard (pull.since ?? 0) >= 0 else { throw NodeError.badRequest("`since` is a change sequence (≥ 0).") }
            let selection = PullSelection(
                since: pull.since, reports: pull.reports, listOnly: pull.listOnly ?? false)
            return try await pullPack(have: pull.have, selection: selection, access: access)
        }
        group.post("objects/missing") { request, context -> Response in
            let access = try context.requireAccess()
            var request = request
            let ids = try await request.decodeJSON(ObjectIDList.self).ids
            try Self.check(ids)
            let missing = try await NodeError.repository { () async throws(RepositoryError) in
                try await repository.missingObjects(ids, for: Sender(access))
            }
            return try .json(MissingObjects(missing: missing))
        }
        group.post("objects/fetch") { request, context -> Response in
            let access = try context.requireAccess()
            var request = request
            let ids = try await request.decodeJSON(ObjectIDList.self).ids
            try Self.check(ids)
            let objects = try await NodeError.repository { () async throws(RepositoryError) in
                try await repository.objects(ids, scope: access.scope)
            }
            return .batch(ObjectBatch(objects: objects.map { WireObject(id: $0.id, bytes: $0.bytes) }))
        }
        group.post("objects") { request, context -> Response in
            let access = try context.requireAccess()
            var request = request
            let batch = try await request.decodeBatch()
            var list = RefUpdateList(updates: [])
            if !batch.header.isEmpty {
                do {
                    list = try JSONDecoder().decode(RefUpdateList.self, from: Data(batch.header))
                } catch let error as DecodingError {
                    throw NodeError.badRequest(
                        "The batch's header is not a list of ref updates: \(NodeErrorMiddleware.describe(error)).")
                }
            }
            let objects = batch.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) }
            return try .json(try await receive(objects, list, access: access))
        }
        group.post("refs/update") { request, context -> Response in
            let access = try context.requireAccess()
            var request = request
            let list = try await request.decodeJSON(RefUpdateList.self)
            return try .json(try await receive([], list, access: access))
        }
    }

    static func check(_ ids: [ObjectID]) throws(NodeError) {
        guard ids.count <= SyncProtocol.maxIDsPerRequest else {
            throw .badRequest("At most \(SyncProtocol.maxIDsPerRequest) ids per request; this one has \(ids.count).")
        }
    }

    func listing(for access: AccessToken) async throws(NodeError) -> RefsListing {
        let (node, pack) = try await NodeError.repository { () async throws(RepositoryError) in
            (
                try await repository.nodeName(),
                try await repository.pullPack(
                    scope: access.scope, have: [], selection: PullSelection(listOnly: true), maxObjects: 0,
                    maxBytes: 0)
            )
        }
        return RefsListing(pack, node: node, access: access)
    }

    func pullPack(have: [ObjectID], selection: PullSelection, access: AccessToken) async throws -> Response {
        guard have.count <= SyncProtocol.maxIDsPerRequest * 5 else {
            throw NodeError.badRequest("A pull may name at most \(SyncProtocol.maxIDsPerRequest * 5) revisions.")
        }
        let (node, pack) = try await NodeError.repository { () async throws(RepositoryError) in
            (
                try await repository.nodeName(),
                try await repository.pullPack(
                    scope: access.scope, have: have, selection: selection,
                    maxObjects: objectsPerPack,
                    maxBytes: SyncProtocol.maxBodyBytes - 1024 * 1024)
            )
        }
        let listing = RefsListing(pack, node: node, access: access)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = try encoder.encode(
            PullHeader(listing: listing, objects: pack.objects.count, remaining: pack.remaining))
        return .batch(
            ObjectBatch(header: Array(header), objects: pack.objects.map { WireObject(id: $0.id, bytes: $0.bytes) }))
    }

    func receive(
        _ objects: [ReceivedObject], _ list: RefUpdateList, access: AccessToken
    ) async throws(NodeError)
        -> UploadResult
    {
        let updates = list.updates
        let wireNotes = list.notes ?? []
        guard updates.count <= SyncProtocol.maxIDsPerRequest, wireNotes.count <= SyncProtocol.maxIDsPerRequest else {
            throw .badRequest(
                "At most \(SyncProtocol.maxIDsPerRequest) ref updates and notes per request; this one has"
                    + " \(updates.count) and \(wireNotes.count).")
        }
        var notes: [Note] = []
        for wire in wireNotes { notes.append(try Note.received(wire)) }
        var moves: [RefUpdate] = []
        for update in updates { moves.append(try RefUpdate.received(update)) }
        let outcome = try await NodeError.repository { () async throws(RepositoryError) in
            try await repository.receive(
                objects: objects, updates: moves, notes: notes, from: Sender(access),
                quota: uploadQuota, maxRevisions: SyncProtocol.maxRevisionsPerBatch)
        }
        return UploadResult(outcome)
    }
}
