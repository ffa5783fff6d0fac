// Writing what sync remembers: remote-tracking refs, conflicts and mark comments.

public import Foundation
import GRDB
public import ReportModel

extension StoreWriter {
    /// Records a remote's ref as this node saw it.
    ///
    /// - Parameters:
    ///   - moved: When the remote had set it, by its clock, as its listing said (`nil`: not said).
    /// - Throws: ``StoreError/revisionNotFound(_:)`` when the revision is not stored here.
    public func setRemoteRef(
        remote: String, report: ReportKey, ref: SyncRef, revision: ObjectID, moved: Int64? = nil,
        at time: Date = Date()
    ) throws {
        guard let row = try row(of: revision) else { throw StoreError.revisionNotFound(revision) }
        try RemoteRefRecord(
            remote: remote, agency: report.agency, year: report.year, name: ref.name, revision: row,
            seen: Int64(time.timeIntervalSince1970), moved: moved
        ).save(db)
    }

    /// Forgets what this node saw of a remote (when the remote is removed or points to another address): its refs and
    /// the sequences of the last sync with it.
    public func removeRemoteRefs(remote: String) throws {
        try RemoteRefRecord.filter(RemoteRefRecord.Columns.remote == remote).deleteAll(db)
        try db.execute(sql: "DELETE FROM remote_sync WHERE remote = ?", arguments: [remote])
    }

    /// Records a new open conflict.
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)`` for a revision that is not stored.
    public func openConflict(
        report: ReportKey, head: String, ours: ObjectID, theirs: ObjectID, base: ObjectID?, origin: String,
        at time: Date = Date()
    ) throws -> SyncConflict {
        var record = ConflictRecord(
            id: nil, agency: report.agency, year: report.year, head: head, ours: try requireRow(ours),
            theirs: try requireRow(theirs), base: try base.map(requireRow), origin: origin,
            opened: Int64(time.timeIntervalSince1970), closed: nil, merge: nil)
        try record.insert(db)
        return try conflict(from: record)
    }

    /// Moves the other head of an open conflict (its line went on).
    public func updateConflict(id: Int64, theirs: ObjectID) throws {
        guard var record = try ConflictRecord.fetchOne(db, key: id) else { return }
        record.theirs = try requireRow(theirs)
        try record.update(db)
    }

    /// Records the draft and the other head a merged text was made from, for a person to finish by hand: a later
    /// commit of that text as the merge is refused once either has moved (see ``SyncConflict/written``).
    public func recordMergedText(conflict id: Int64, ours: ObjectID, theirs: ObjectID) throws {
        guard var record = try ConflictRecord.fetchOne(db, key: id), record.closed == nil else { return }
        record.writtenOurs = try requireRow(ours)
        record.writtenTheirs = try requireRow(theirs)
        try record.update(db)
    }

    /// Closes a conflict: `merge` joined both lines.
    public func closeConflict(id: Int64, merge: ObjectID, at time: Date = Date()) throws {
        guard var record = try ConflictRecord.fetchOne(db, key: id), record.closed == nil else { return }
        record.closed = Int64(time.timeIntervalSince1970)
        record.merge = try requireRow(merge)
        try record.update(db)
    }

    /// Sets or removes the comment of a report's mark.
    public func setMarkComment(_ comment: MarkComment?, mark: Mark, of report: ReportKey) throws {
        if let comment {
            try MarkCommentRecord(
                agency: report.agency, year: report.year, name: mark.rawValue, comment: comment.comment,
                author: comment.author, time: Int64(comment.time.timeIntervalSince1970), forced: comment.forced
            ).save(db)
        } else {
            try MarkCommentRecord.deleteOne(
                db, key: ["agency": report.agency, "year": report.year, "name": mark.rawValue])
        }
    }

    private func requireRow(_ revision: ObjectID) throws -> Int64 {
        guard let row = try row(of: revision) else { throw StoreError.revisionNotFound(revision) }
        return row
    }
}
