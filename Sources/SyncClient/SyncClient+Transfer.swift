// The steps of a push: which objects the remote lacks, and uploading them in batches with the ref moves last.

import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncMapping

extension SyncClient {
    /// Of some objects, those the remote lacks, asked in requests of at most the protocol's number of ids.
    func missingOnRemote(
        _ ids: [ObjectID], statistics: inout TransferStatistics
    ) async throws(SyncError)
        -> [ObjectID]
    {
        var missing: [ObjectID] = []
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + SyncProtocol.maxIDsPerRequest)])
            missing += try await connection.json(
                .POST, "objects/missing", ObjectIDList(ids: chunk), as: MissingObjects.self, statistics: &statistics
            ).missing
            start += chunk.count
        }
        return missing
    }

    /// A quarter of the county's default quota of uploads no ref reaches (``ReportRepository/defaultUploadQuota``).
    public static let defaultCheckpointBytes = ReportRepository.defaultUploadQuota / 4

    /// Uploads objects in batches that fit the protocol's limits; the last request carries the ref moves, so the
    /// remote stores the last batch and moves the refs in one transaction.
    ///
    /// The remote counts a token's uploads that no ref reaches against a quota (64 MiB by default), so a push of more
    /// than that — years of scanned originals sent at once — could never finish: each retry sent the rest again into
    /// a full quota. After every ``checkpointBytes`` sent, a batch also moves each report's draft to the newest of its
    /// revisions already sent that follows the last one moved to (a fast-forward on the remote, or the same second
    /// head a conflict keeps, moved along its line), and what those revisions hold stops counting.
    ///
    /// - Parameter alreadyThere: Revisions of the push the remote holds already, from an earlier push that did not
    ///   finish: the first batch moves the drafts to them, so that what that push left counts no more.
    func upload(
        _ objects: [EncodedObject], updates: [RefUpdate], notes: [Note] = [], alreadyThere: [Revision] = [],
        statistics: inout TransferStatistics
    )
        async throws(SyncError) -> UploadResult
    {
        let header = try encode(
            RefUpdateList(
                updates: updates.map(WireRefUpdate.init), notes: notes.isEmpty ? nil : notes.map(WireNote.init)))
        let room = SyncProtocol.maxBodyBytes - header.count - 64
        var batches: [[EncodedObject]] = [[]]
        var bytes = 0
        var revisions = 0
        for object in objects {
            let size = object.bytes.count + 36
            let isRevision = object.kind == .revision
            if let last = batches.last, !last.isEmpty,
                last.count >= batchLimit || bytes + size > room
                    || (isRevision && revisions >= SyncProtocol.maxRevisionsPerBatch)
            {
                batches.append([])
                bytes = 0
                revisions = 0
            }
            batches[batches.count - 1].append(object)
            bytes += size
            if isRevision { revisions += 1 }
        }
        var result: UploadResult?
        var checkpoints = Checkpoints(drafts: updates.filter { $0.ref == .draft }, alreadyThere: alreadyThere)
        for (index, batch) in batches.enumerated() {
            let isLast = index == batches.count - 1
            checkpoints.note(batch)
            var batchHeader = isLast ? header : []
            if !isLast, checkpoints.sent >= checkpointBytes || checkpoints.hasLeftovers {
                let moves = checkpoints.moves()
                if !moves.isEmpty {
                    batchHeader = try encode(RefUpdateList(updates: moves.map(WireRefUpdate.init), notes: nil))
                    logger.info("checkpoint", metadata: ["drafts": "\(moves.count)"])
                }
            }
            let body = ObjectBatch(
                header: batchHeader, objects: batch.map { WireObject(id: $0.id, bytes: $0.bytes) })
            let answer = try await connection.send(
                .POST, "objects", body: body.encoded(), contentType: SyncProtocol.objectsContentType,
                statistics: &statistics)
            statistics.objectsSent += batch.count
            let answered = try connection.decode(UploadResult.self, from: answer.body)
            if isLast {
                result = answered
            } else {
                checkpoints.record(answered.results)
            }
            logger.info("uploaded a batch", metadata: ["objects": "\(batch.count)", "last": "\(isLast)"])
        }
        guard var result else { throw .badResponse(remote: remote.name, detail: "no answer to the upload") }
        // A draft a checkpoint created there is reported as created, not as moved on by the last batch.
        result.results = result.results.map(checkpoints.asWhole)
        return result
    }

    /// JSON bytes of a request body.
    func encode(_ value: some Encodable) throws(SyncError) -> [UInt8] {
        do {
            return Array(try JSONEncoder().encode(value))
        } catch {
            throw .badResponse(remote: remote.name, detail: "the request could not be encoded: \(error)")
        }
    }

    /// Refuses a remote of another protocol version, and a listing that names a report twice (no node sends one; a
    /// broken or hostile remote could, and the push would not know which state to believe).
    func check(_ listing: RefsListing) throws(SyncError) {
        guard listing.protocolVersion == SyncProtocol.version else {
            throw .protocolMismatch(remote: remote.name, detail: "it speaks version \(listing.protocolVersion)")
        }
        var seen = Set<ReportKey>()
        for report in listing.reports where !seen.insert(report.report).inserted {
            throw .badResponse(remote: remote.name, detail: "its listing names the report \(report.report) twice")
        }
    }

    /// Runs a local repository operation, its error as a sync error.
    func local<T>(_ operation: () async throws(RepositoryError) -> T) async throws(SyncError) -> T {
        do {
            return try await operation()
        } catch {
            throw .repository(error)
        }
    }
}

/// The drafts a long push moves along the way (``SyncClient/upload(_:updates:notes:alreadyThere:statistics:)``): for
/// each report whose draft the push moves, the revisions sent so far, and the last one its draft was moved to.
struct Checkpoints {
    /// The push's own draft moves, by report.
    private let drafts: [ReportKey: RefUpdate]
    /// The parents of each revision sent so far, of those reports.
    private var parents: [ObjectID: [ObjectID]] = [:]
    /// The newest revision sent of each report, in the order sent (which puts a revision after its parents).
    private var newest: [ReportKey: ObjectID] = [:]
    /// The revision each report's draft was last moved to.
    private var moved: [ReportKey: ObjectID] = [:]
    /// Bytes sent since the last move.
    private(set) var sent = 0
    /// Whether revisions an earlier, unfinished push left on the remote wait to be reached.
    private(set) var hasLeftovers = false
    /// The reports whose draft a checkpoint created on the remote.
    private var created: Set<ReportKey> = []

    /// - Parameter alreadyThere: Revisions the remote holds already, newest of each report first.
    init(drafts: [RefUpdate], alreadyThere: [Revision] = []) {
        self.drafts = Dictionary(drafts.map { ($0.report, $0) }, uniquingKeysWith: { first, _ in first })
        for revision in alreadyThere where self.drafts[revision.report] != nil {
            parents[revision.id] = revision.parents
            if newest[revision.report] == nil { newest[revision.report] = revision.id }
            hasLeftovers = true
        }
    }

    /// Notes what a checkpoint's moves did.
    mutating func record(_ results: [WireRefResult]) {
        for result in results where result.ref == .draft && result.status == .created { created.insert(result.report) }
    }

    /// The last batch's result for a draft as the push as a whole did it: created, when a checkpoint created it and
    /// the last batch moved it on.
    func asWhole(_ result: WireRefResult) -> WireRefResult {
        guard result.ref == .draft, created.contains(result.report),
            [.fastForwarded, .unchanged].contains(result.status)
        else { return result }
        var whole = result
        whole.status = .created
        return whole
    }

    /// Counts a batch about to be sent, and the revisions in it.
    mutating func note(_ batch: [EncodedObject]) {
        for object in batch {
            sent += object.bytes.count
            guard object.kind == .revision, case .revision(let content)? = try? CanonicalObject.decode(object.bytes),
                drafts[content.report] != nil
            else { continue }
            parents[object.id] = content.parents
            newest[content.report] = object.id
        }
    }

    /// The draft moves to send with the next batch: each report's newest revision sent, when it descends from the
    /// last one moved to (never a jump to another line, which would open a conflict the push itself does not make).
    mutating func moves() -> [RefUpdate] {
        var moves: [RefUpdate] = []
        for (report, revision) in newest.sorted(by: { $0.key.description < $1.key.description }) {
            guard revision != moved[report], let update = drafts[report],
                moved[report].map({ descends(revision, from: $0) }) ?? true
            else { continue }
            moves.append(
                RefUpdate(
                    report: report, ref: .draft, revision: revision, expected: update.expected, agency: update.agency))
            moved[report] = revision
        }
        sent = 0
        hasLeftovers = false
        return moves
    }

    /// Whether `revision` has `ancestor` in its history among the revisions sent.
    private func descends(_ revision: ObjectID, from ancestor: ObjectID) -> Bool {
        var queue = [revision]
        var seen: Set<ObjectID> = []
        while let next = queue.popLast() {
            if next == ancestor { return true }
            guard seen.insert(next).inserted else { continue }
            queue.append(contentsOf: parents[next] ?? [])
        }
        return false
    }
}
