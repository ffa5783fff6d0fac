// The size limits of one revision: what a pull pack can carry whole.

import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The most objects one revision may hold, itself included: a pull pack holds at most 20,000 objects
    /// (`SyncProtocol.maxObjectsPerBatch`) and ends after a whole revision, so a larger one could never be sent whole.
    public static let maxObjectsPerRevision = 19_000

    /// The most canonical bytes one revision may hold, itself included: a pull pack holds at most 15 MiB of them
    /// (a body of `SyncProtocol.maxBodyBytes` less 1 MiB for its listing).
    public static let maxBytesPerRevision = 14 * 1024 * 1024

    /// Refuses a revision whose objects (itself among them, each counted once) pass ``maxObjectsPerRevision`` or
    /// ``maxBytesPerRevision``.
    static func checkSize(_ objects: [EncodedObject]) throws(RepositoryError) {
        var seen = Set<ObjectID>()
        var bytes = 0
        for object in objects where seen.insert(object.id).inserted { bytes += object.bytes.count }
        try checkSize(objects: seen.count, bytes: bytes)
    }

    /// Refuses revisions another node sent, stored in this transaction, of which one passes
    /// ``maxObjectsPerRevision`` or ``maxBytesPerRevision``: one committed by a nianbao older than the limits, or by
    /// any other client, would stop every pull that must bring it.
    static func checkSize(ofReceived revisions: [ObjectID], in reader: some StoreReading) throws {
        for size in try reader.revisionSizes(revisions) { try checkSize(objects: size.objects, bytes: size.bytes) }
    }

    /// The limits themselves, for a revision of `objects` distinct objects and `bytes` canonical bytes.
    private static func checkSize(objects: Int, bytes: Int) throws(RepositoryError) {
        guard objects <= maxObjectsPerRevision, bytes <= maxBytesPerRevision else {
            throw .reportTooLarge(objects: objects, bytes: bytes)
        }
    }
}
