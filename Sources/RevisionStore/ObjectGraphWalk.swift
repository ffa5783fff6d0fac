// Walking stored objects by row id through their compact bodies, without rebuilding them: transfers, reach and gc.

import Foundation
import GRDB
import ReportModel

/// A walk over stored objects by row id, reading each object's references from its compact body.
struct ObjectGraphWalk {
    let db: Database
    private var cache: [Int64: (kind: Int, children: [Int64])] = [:]
    private var ids: [Int64: ObjectID] = [:]
    /// The compact bodies of objects first read while ``keepsBodies`` was set, until ``takeBody(ofRow:)`` takes them.
    private var bodies: [Int64: [UInt8]] = [:]
    /// Whether to keep the compact bodies of the objects read from now on (for a plan whose objects are sent next).
    var keepsBodies = false
    /// The delta chains met, each frame expanded once.
    private let deltas = DeltaCache()

    init(db: Database) {
        self.db = db
    }

    /// An object's kind and the rows it refers to; a revision's parents come before its root, so that a walk
    /// reaches older revisions first.
    mutating func node(_ row: Int64) throws -> (kind: Int, children: [Int64]) {
        if let cached = cache[row] { return cached }
        guard let found = try ObjectRecord.find(row: row, in: db) else {
            throw StoreError.damagedIndex(detail: "object row \(row) is missing")
        }
        let kind = found.kind
        ids[row] = found.objectID
        var children: [Int64]
        do {
            let body = try found.compactBody(in: db, deltas: deltas)
            children = try CompactBody.references(of: body, kind: kind)
            if keepsBodies { bodies[row] = body }
        } catch let error as CompactBodyError {
            throw StoreError.damagedIndex(detail: "object row \(row): \(error.description)")
        } catch let error as StoredBodyError {
            throw StoreError.damagedIndex(detail: "object row \(row): \(error.description)")
        }
        if kind == CompactBody.code(of: .revision), let root = children.first {
            children = Array(children.dropFirst()) + [root]
        }
        let node = (kind, children)
        cache[row] = node
        return node
    }

    /// The compact body the walk kept of a row, once: the walk lets go of it.
    mutating func takeBody(ofRow row: Int64) -> [UInt8]? {
        bodies.removeValue(forKey: row)
    }

    /// The id of an object the walk has met (read from the store when it has not).
    mutating func id(ofRow row: Int64) throws -> ObjectID {
        if let id = ids[row] { return id }
        _ = try node(row)
        guard let id = ids[row] else {
            throw StoreError.damagedIndex(detail: "object row \(row) has a hash of the wrong length")
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

    /// Appends every row reachable from `start` and not yet visited, children before parents, until `planned` holds
    /// `limit` rows.
    mutating func postOrder(
        from start: Int64, visited: inout Set<Int64>, into planned: inout [(row: Int64, kind: Int)],
        limit: Int = .max
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
                if planned.count >= limit { return }
            }
        }
    }
}
