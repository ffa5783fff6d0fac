// Reading what sync remembers: remote-tracking refs, conflicts, mark comments, and the revision graph by its index.

import Foundation
import GRDB
public import ReportModel

extension StoreReading {
    /// The refs of a remote as this node last saw them, by report (rows of a ref name this program does not know
    /// are left out).
    public func remoteRefs(remote: String) throws -> [RemoteRef] {
        try RemoteRefRecord.all().filter(remote: remote).fetchAll(db).compactMap { record in
            guard let ref = SyncRef(name: record.name) else { return nil }
            return RemoteRef(
                remote: record.remote, report: ReportKey(agency: record.agency, year: record.year), ref: ref,
                revision: try objectID(ofRow: record.revision),
                seen: Date(timeIntervalSince1970: TimeInterval(record.seen)), moved: record.moved)
        }
    }

    /// The conflicts of this node, oldest first.
    ///
    /// - Parameters:
    ///   - openOnly: Only those still open.
    ///   - report: Only this report's, or every report's when `nil`.
    public func conflicts(openOnly: Bool = true, report: ReportKey? = nil) throws -> [SyncConflict] {
        var request = ConflictRecord.all()
        if openOnly { request = request.open() }
        if let report { request = request.filter(agency: report.agency, year: report.year) }
        return try request.orderedByOpening().fetchAll(db).map(conflict(from:))
    }

    /// The comment of a report's mark, if any.
    public func markComment(_ mark: Mark, of report: ReportKey) throws -> MarkComment? {
        try MarkCommentRecord.fetchOne(db, key: ["agency": report.agency, "year": report.year, "name": mark.rawValue])
            .flatMap(markComment(from:))
    }

    /// Every mark comment, by report.
    public func markComments() throws -> [MarkComment] {
        try MarkCommentRecord.all()
            .order(MarkCommentRecord.Columns.agency, MarkCommentRecord.Columns.year, MarkCommentRecord.Columns.name)
            .fetchAll(db).compactMap(markComment(from:))
    }

    /// The parents of a stored revision, first parent first, read from the revision index.
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)`` when the store has no such revision.
    public func parentIDs(of revision: ObjectID) throws -> [ObjectID] {
        guard let (row, _) = try ObjectRecord.locate(revision, in: db) else {
            throw StoreError.revisionNotFound(revision)
        }
        return try RevisionParentRecord.all().filter(revision: row).fetchAll(db).map { try objectID(ofRow: $0.parent) }
    }

    /// The revisions no other stored revision has as a parent: the tips of every line of work this store holds,
    /// including lines no ref points to (revisions an interrupted transfer brought).
    ///
    /// - Complexity: O(r) in the number of revisions.
    public func revisionTips() throws -> [ObjectID] {
        let rows = try Int64.fetchAll(
            db,
            sql: """
                SELECT object FROM revision
                WHERE NOT EXISTS (SELECT 1 FROM revision_parent WHERE revision_parent.parent = revision.object)
                ORDER BY agency, year, time, object
                """)
        return try rows.map(objectID(ofRow:))
    }

    /// The row of an object in this file, if stored.
    func row(of id: ObjectID) throws -> Int64? {
        try ObjectRecord.locate(id, in: db)?.row
    }

    func conflict(from record: ConflictRecord) throws -> SyncConflict {
        var conflict = SyncConflict(
            id: record.id ?? 0, report: ReportKey(agency: record.agency, year: record.year), head: record.head,
            ours: try objectID(ofRow: record.ours), theirs: try objectID(ofRow: record.theirs),
            base: try record.base.map(objectID(ofRow:)), origin: record.origin,
            opened: Date(timeIntervalSince1970: TimeInterval(record.opened)),
            closed: record.closed.map { Date(timeIntervalSince1970: TimeInterval($0)) },
            merge: try record.merge.map(objectID(ofRow:)))
        conflict.writtenOurs = try record.writtenOurs.map(objectID(ofRow:))
        conflict.writtenTheirs = try record.writtenTheirs.map(objectID(ofRow:))
        return conflict
    }

    /// A stored comment; `nil` for one of a mark this program does not know (only ever written by a newer one).
    private func markComment(from record: MarkCommentRecord) -> MarkComment? {
        guard let mark = Mark(rawValue: record.name) else { return nil }
        return MarkComment(
            report: ReportKey(agency: record.agency, year: record.year), mark: mark, comment: record.comment,
            author: record.author, time: Date(timeIntervalSince1970: TimeInterval(record.time)), forced: record.forced)
    }
}
