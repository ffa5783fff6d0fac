// What one node must send another: the objects a set of revisions needs that another set already brings, in an
// order that keeps the receiver's closure invariant (every object after everything it refers to).

import Foundation
import GRDB
import ReportModel

/// One object of a transfer plan.
public struct PlannedObject: Sendable, Hashable {
    /// The object's id.
    public var id: ObjectID
    /// Its kind: a `.revision` ends the objects of one revision.
    public var kind: ObjectKind
    /// Its row in the store that planned it, so that ``ObjectReader/object(_:)-(PlannedObject)`` reads it by row.
    var row: Int64?

    /// Creates a planned object.
    public init(id: ObjectID, kind: ObjectKind) {
        self.id = id
        self.kind = kind
    }

    init(id: ObjectID, kind: ObjectKind, row: Int64) {
        self.init(id: id, kind: kind)
        self.row = row
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
    /// - Throws: ``StoreError/objectNotFound(_:)`` for a wanted object this store lacks;
    ///   ``StoreError/damagedObject(_:detail:)`` for an unreadable body.
    /// - Complexity: O(n) in the objects of the new revisions and of the trees they grow from.
    public func transferPlan(want: [ObjectID], have: [ObjectID]) throws -> [PlannedObject] {
        var wantRows: [Int64] = []
        for id in want {
            guard let row = try row(of: id) else { throw StoreError.objectNotFound(id) }
            wantRows.append(row)
        }
        let haveRows = try have.compactMap { try row(of: $0) }
        let known = try RevisionParentRecord.ancestors(of: haveRows, in: db)
        // The revisions to send, and the held revisions they grow from.
        var graph = ObjectGraphWalk(db: db)
        var boundary = Set<Int64>()
        var seenRevisions = Set<Int64>()
        var stack = wantRows.filter { !known.contains($0) }
        let revisionCode = CompactBody.code(of: .revision)
        while let row = stack.popLast() {
            guard seenRevisions.insert(row).inserted else { continue }
            let node = try graph.node(row)
            guard node.kind == revisionCode else { continue }
            for parent in node.children.dropLast() {
                if known.contains(parent) { boundary.insert(parent) } else { stack.append(parent) }
            }
        }
        // What the receiver holds of that: its revisions, and the whole trees of the boundary revisions.
        var visited = known
        for row in boundary {
            if let root = try graph.node(row).children.last { try graph.markClosure(from: root, into: &visited) }
        }
        var planned: [(row: Int64, kind: Int)] = []
        for row in wantRows {
            try graph.postOrder(from: row, visited: &visited, into: &planned)
        }
        return try planned.map { entry in
            guard let kind = CompactBody.kind(code: entry.kind) else {
                throw StoreError.database(code: -1, message: "object row \(entry.row) has an unknown kind")
            }
            return PlannedObject(id: try graph.id(ofRow: entry.row), kind: kind, row: entry.row)
        }
    }

    /// Of some object ids, those this store does not hold, in the order given.
    public func missingObjects(_ ids: [ObjectID]) throws -> [ObjectID] {
        try ids.filter { try row(of: $0) == nil }
    }
}

/// A walk over stored objects by row id, reading each object's references from its compact body.
private struct ObjectGraphWalk {
    let db: Database
    private var cache: [Int64: (kind: Int, children: [Int64])] = [:]
    private var ids: [Int64: ObjectID] = [:]

    init(db: Database) {
        self.db = db
    }

    /// An object's kind and the rows it refers to; a revision's parents come before its root, so that a walk
    /// reaches older revisions first.
    mutating func node(_ row: Int64) throws -> (kind: Int, children: [Int64]) {
        if let cached = cache[row] { return cached }
        let statement = try db.cachedStatement(sql: "SELECT kind, body, hash FROM object WHERE id = ?")
        guard let found = try Row.fetchOne(statement, arguments: [row]) else {
            throw StoreError.database(code: -1, message: "object row \(row) is missing")
        }
        let kind: Int = found[0]
        let body: Data = found[1]
        let hash: Data = found[2]
        ids[row] = ObjectID(bytes: hash)
        var children: [Int64]
        do {
            children = try CompactBody.references(of: [UInt8](body))
        } catch {
            throw StoreError.database(code: -1, message: "object row \(row): \(error.description)")
        }
        if kind == CompactBody.code(of: .revision), let root = children.first {
            children = Array(children.dropFirst()) + [root]
        }
        let node = (kind, children)
        cache[row] = node
        return node
    }

    /// The id of an object the walk has met (read from the store when it has not).
    mutating func id(ofRow row: Int64) throws -> ObjectID {
        if let id = ids[row] { return id }
        _ = try node(row)
        guard let id = ids[row] else {
            throw StoreError.database(code: -1, message: "object row \(row) has a hash of the wrong length")
        }
        return id
    }

    /// Adds every row reachable from `start` to `visited`.
    mutating func markClosure(from start: Int64, into visited: inout Set<Int64>) throws {
        guard visited.insert(start).inserted else { return }
        var stack = [start]
        while let row = stack.popLast() {
            for child in try node(row).children where visited.insert(child).inserted {
                stack.append(child)
            }
        }
    }

    /// Appends every row reachable from `start` and not yet visited, children before parents.
    mutating func postOrder(
        from start: Int64, visited: inout Set<Int64>, into planned: inout [(row: Int64, kind: Int)]
    ) throws {
        guard visited.insert(start).inserted else { return }
        var stack: [(row: Int64, kind: Int, children: [Int64], next: Int)] = []
        let first = try node(start)
        stack.append((start, first.kind, first.children, 0))
        while var top = stack.popLast() {
            if top.next < top.children.count {
                let child = top.children[top.next]
                top.next += 1
                stack.append(top)
                if visited.insert(child).inserted {
                    let next = try node(child)
                    stack.append((child, next.kind, next.children, 0))
                }
            } else {
                planned.append((top.row, top.kind))
            }
        }
    }
}
