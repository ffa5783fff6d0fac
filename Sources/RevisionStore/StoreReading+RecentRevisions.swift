import Foundation
import GRDB
public import ReportModel

extension StoreReading {
    /// The newest revisions of a line of history: `head` and its ancestors, breadth first (each revision's parents
    /// in order, each revision once), at most `limit` of them, read from the revision index — who made each, when,
    /// and its parents — without decoding their objects (schema 20; in an older file, or for a revision whose author
    /// the index lacks, its object is read).
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)`` when `head` is not a stored revision;
    ///   ``StoreError/damagedIndex(detail:)`` when the index names a revision it does not hold.
    public func recentRevisions(from head: ObjectID, limit: Int) throws -> [RevisionHeader] {
        guard limit > 0 else { return [] }
        guard let headRow = try row(of: head) else { throw StoreError.revisionNotFound(head) }
        let withAuthor = try RevisionIndexRecord.hasAuthors(db)
        // (the rows the walk most likely meets, read in one query; any other is asked for alone)
        let near = try RevisionIndexRecord.headers(near: headRow, depth: limit, withAuthor: withAuthor, in: db)
        var walked: [(row: Int64, header: RevisionHeader, parents: [Int64])] = []
        var queue = [headRow]
        var seen: Set<Int64> = [headRow]
        while walked.count < queue.count, walked.count < limit {
            let row = queue[walked.count]
            guard let found = try near[row] ?? RevisionIndexRecord.header(ofRow: row, withAuthor: withAuthor, in: db),
                let id = ObjectID(bytes: found.hash)
            else { throw StoreError.damagedIndex(detail: "revision row \(row) is not in the revision index") }
            for parent in found.parents where seen.insert(parent).inserted { queue.append(parent) }
            let author = try found.author ?? requireRevision(id).content.author
            let time = Date(timeIntervalSince1970: Double(found.time))
            walked.append((row, RevisionHeader(id: id, author: author, time: time, parents: []), found.parents))
        }
        // The parents' names: those walked are known; those beyond the limit are looked up.
        var ids = Dictionary(walked.map { ($0.row, $0.header.id) }, uniquingKeysWith: { first, _ in first })
        return try walked.map { entry in
            var header = entry.header
            header.parents = try entry.parents.map { parent in
                if let known = ids[parent] { return known }
                let id = try near[parent].flatMap { ObjectID(bytes: $0.hash) } ?? objectID(ofRow: parent)
                ids[parent] = id
                return id
            }
            return header
        }
    }
}
