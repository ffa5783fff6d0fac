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

    /// Uploads objects in batches that fit the protocol's limits; the last request carries the ref moves, so the
    /// remote stores the last batch and moves the refs in one transaction.
    func upload(
        _ objects: [EncodedObject], updates: [RefUpdate], notes: [Note] = [], statistics: inout TransferStatistics
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
        for (index, batch) in batches.enumerated() {
            let isLast = index == batches.count - 1
            let body = ObjectBatch(
                header: isLast ? header : [], objects: batch.map { WireObject(id: $0.id, bytes: $0.bytes) })
            let answer = try await connection.send(
                .POST, "objects", body: body.encoded(), contentType: SyncProtocol.objectsContentType,
                statistics: &statistics)
            statistics.objectsSent += batch.count
            result = try connection.decode(UploadResult.self, from: answer.body)
            logger.info("uploaded a batch", metadata: ["objects": "\(batch.count)", "last": "\(isLast)"])
        }
        guard let result else { throw .badResponse(remote: remote.name, detail: "no answer to the upload") }
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
