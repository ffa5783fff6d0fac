import Foundation
import GRDB
import ReportModel

// Who made each revision, kept in the revision index (schema 20) so that walking a report's history by its authors
// reads index rows instead of decoding every revision object.

extension RevisionIndexRecord {
    /// Whether the store's schema keeps who made each revision in the index (schema 20, `revision.author`).
    static func hasAuthors(_ db: Database) throws -> Bool {
        try db.columns(in: databaseTableName).contains { $0.name == "author" }
    }

    /// What the index says of the revision in a row, in one query through a cached statement: its name, its author
    /// (`nil` when the index does not know it, or in a file older than schema 20: ``hasAuthors(_:)``), its time, and
    /// its parents' rows, first parent first; `nil` when the row is not in the index.
    static func header(
        ofRow row: Int64, withAuthor: Bool, in db: Database
    ) throws -> (hash: Data, author: String?, time: Int64, parents: [Int64])? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT object.hash, \(withAuthor ? "revision.author" : "NULL"), revision.time, revision_parent.parent
                FROM revision JOIN object ON object.id = revision.object
                LEFT JOIN revision_parent ON revision_parent.revision = revision.object
                WHERE revision.object = ? ORDER BY revision_parent.position
                """)
        var found: (hash: Data, author: String?, time: Int64, parents: [Int64])?
        let rows = try Row.fetchCursor(statement, arguments: [row])
        while let next = try rows.next() {
            if found == nil { found = (next[0], next[1], next[2], []) }
            if let parent: Int64 = next[3] { found?.parents.append(parent) }
        }
        return found
    }

    /// What the index says (as ``header(ofRow:withAuthor:in:)``) of every revision of the same report as the one in
    /// `row` whose generation is at most `depth` below its own and not above it, in one query: the revisions a walk
    /// of `depth` steps back from it meets, but for those a merge brought from a line of fewer revisions. Empty in a
    /// file without generations (older than schema 16) or when the row is not in the index.
    ///
    /// A walk asking for each of 200 revisions through ``header(ofRow:withAuthor:in:)`` ran about 27,000
    /// instructions a revision, most of them GRDB's setting up and stepping of a query, a fifth of a commit's work in
    /// the store.
    static func headers(
        near row: Int64, depth: Int, withAuthor: Bool, in db: Database
    ) throws -> [Int64: (hash: Data, author: String?, time: Int64, parents: [Int64])] {
        guard try hasGenerations(db) else { return [:] }
        let statement = try db.cachedStatement(
            sql: """
                SELECT revision.object, object.hash, \(withAuthor ? "revision.author" : "NULL"), revision.time,
                    revision_parent.parent
                FROM revision AS head
                JOIN revision ON revision.agency = head.agency AND revision.year = head.year
                    AND revision.generation <= head.generation AND revision.generation >= head.generation - ?
                JOIN object ON object.id = revision.object
                LEFT JOIN revision_parent ON revision_parent.revision = revision.object
                WHERE head.object = ? ORDER BY revision.object, revision_parent.position
                """)
        var found: [Int64: (hash: Data, author: String?, time: Int64, parents: [Int64])] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [depth, row])
        while let next = try rows.next() {
            let object: Int64 = next[0]
            if found[object] == nil { found[object] = (next[1], next[2], next[3], []) }
            if let parent: Int64 = next[4] { found[object]?.parents.append(parent) }
        }
        return found
    }
}

extension RevisionIndex {
    /// Enters who made each revision in the index from the revision objects (migration `v20-revision-authors`). A
    /// revision whose object cannot be read is left without one, so that a damaged object does not keep the file
    /// from opening: it is read from its object when needed, and `fsck` names it.
    static func fillAuthors(_ db: Database) throws {
        let reader = StoreReader(connection: StoreConnection(db: db, path: ""))
        let update = try db.makeStatement(sql: "UPDATE revision SET author = ? WHERE object = ?")
        for row in try Int64.fetchAll(db, sql: "SELECT object FROM revision ORDER BY object") {
            guard let id = try? reader.objectID(ofRow: row), let revision = try? reader.revision(id) else { continue }
            try update.execute(arguments: [revision.content.author, row])
        }
    }
}
