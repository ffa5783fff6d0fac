// What one node must send another: the objects a set of revisions needs that another set already brings, in an
// order that keeps the receiver's closure invariant (every object after everything it refers to).

import Foundation
import GRDB
public import ReportModel

/// One object of a transfer plan.
public struct PlannedObject: Sendable, Hashable {
    /// The object's id.
    public var id: ObjectID
    /// Its kind: a `.revision` ends the objects of one revision.
    public var kind: ObjectKind
    /// Its row in the store that planned it, so that ``ObjectReader/object(_:)-(PlannedObject)`` reads it by row.
    var row: Int64?
    /// Its compact body, when the plan read it: the reader rebuilds the object from it without reading it again.
    var compactBody: [UInt8]?

    /// Creates a planned object.
    public init(id: ObjectID, kind: ObjectKind) {
        self.id = id
        self.kind = kind
    }

    init(id: ObjectID, kind: ObjectKind, row: Int64, compactBody: [UInt8]?) {
        self.init(id: id, kind: kind)
        self.row = row
        self.compactBody = compactBody
    }
}

extension StoreReading {
    /// The objects reachable from `want` that are not reachable from `have`, each once, every object after
    /// everything it refers to, revision by revision: the new content of the oldest revision, that revision, the new
    /// content of the next, … So any prefix that ends with a revision can be stored on its own.
    ///
    /// Revisions of `have` this store does not hold are ignored (the other side may know more than this one).
    /// The walk reads only what the transfer needs: the revision ancestry of `have` comes from the revision index
    /// in one query, and of the receiver's content only the trees of the revisions the new ones grow from (their
    /// parents that it holds) are read, so that a push or pull of one revision reads a few hundred objects however
    /// long the history is. An object shared with an older revision of `have` may be listed; the receiver stores it
    /// as a no-op, and ``missingObjects(_:)`` filters such objects out before a push uploads them.
    ///
    /// - Parameters:
    ///   - want: Revisions (or any objects) the receiver should end up with, with everything they refer to.
    ///   - have: Revisions the receiver holds with everything they refer to (its closure invariant).
    ///   - limit: The most objects to plan: the walk stops there, and the plan is the first `limit` objects of the
    ///     whole plan (for a pack that a limit cuts anyway, without walking the rest of a long history each time).
    /// - Throws: ``StoreError/objectNotFound(_:)`` for a wanted object this store lacks;
    ///   ``StoreError/damagedObject(_:detail:)`` for an unreadable body.
    /// - Complexity: O(n) in the objects planned and the trees they grow from; which revisions come before them is
    ///   one query of the revision index.
    public func transferPlan(want: [ObjectID], have: [ObjectID], limit: Int = .max) throws -> [PlannedObject] {
        var wantRows: [Int64] = []
        for id in want {
            guard let row = try row(of: id) else { throw StoreError.objectNotFound(id) }
            wantRows.append(row)
        }
        let haveRows = try have.compactMap { try row(of: $0) }
        let known = try RevisionParentRecord.ancestors(of: haveRows, in: db)
        // The revisions to send, by the revision index, oldest first: a row is written after every row it refers
        // to, so a revision's row comes after its parents'. Walking them in that order reads the bodies of the
        // revisions planned only, not of all that remain (a pack of a long history costs what it sends).
        let unsent = try RevisionParentRecord.ancestors(of: wantRows, in: db).subtracting(known).sorted()
        // What the receiver holds of that: its revisions, and the whole trees of the held revisions the new ones
        // grow from.
        var graph = ObjectGraphWalk(db: db)
        var visited = known
        for row in try RevisionParentRecord.parents(of: unsent, in: db) where known.contains(row) {
            if let root = try graph.node(row).children.last { try graph.markClosure(from: root, into: &visited) }
        }
        var planned: [(row: Int64, kind: Int)] = []
        graph.keepsBodies = true
        for row in unsent where planned.count < limit {
            try graph.postOrder(from: row, visited: &visited, into: &planned, limit: limit)
        }
        return try planned.map { try graph.plannedObject(ofRow: $0.row, kind: $0.kind) }
    }

    /// The size of one revision as a pull pack carries it to a puller that holds none of its content: the revision,
    /// its report's objects and the pieces of its original, each once (its parents not), and their canonical bytes.
    ///
    /// - Throws: ``StoreError/objectNotFound(_:)`` for a revision this store lacks;
    ///   ``StoreError/damagedObject(_:detail:)`` for an unreadable body.
    /// - Complexity: O(n) in the revision's objects.
    public func revisionSize(_ id: ObjectID) throws -> (objects: Int, bytes: Int) {
        var sizer = RevisionSizer(db: db, reader: objectReader())
        return try sizer.size(ofRow: try row(of: id), id: id)
    }

    /// The sizes of several revisions (``revisionSize(_:)``), in the order given, measured in one reading: each
    /// object's canonical bytes are worked out once, and revisions that hold the same content (the same report and
    /// original, with another time, author or message) are walked once.
    ///
    /// - Throws: as ``revisionSize(_:)``.
    /// - Complexity: O(n) in the objects of each distinct content, the objects themselves rebuilt once.
    public func revisionSizes(_ ids: [ObjectID]) throws -> [(objects: Int, bytes: Int)] {
        var sizer = RevisionSizer(db: db, reader: objectReader())
        return try ids.map { try sizer.size(ofRow: try row(of: $0), id: $0) }
    }

    /// Of some object ids, those this store does not hold, in the order given.
    public func missingObjects(_ ids: [ObjectID]) throws -> [ObjectID] {
        try ids.filter { try row(of: $0) == nil }
    }
}

extension ObjectGraphWalk {
    /// A row the walk planned, with the compact body it kept (which it lets go of).
    mutating func plannedObject(ofRow row: Int64, kind code: Int) throws -> PlannedObject {
        guard let kind = CompactBody.kind(code: code) else {
            throw StoreError.damagedIndex(detail: "object row \(row) has an unknown kind")
        }
        return PlannedObject(id: try id(ofRow: row), kind: kind, row: row, compactBody: takeBody(ofRow: row))
    }
}
