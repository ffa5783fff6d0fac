// Walking the revision graph of a report inside a transaction: ancestry and merge bases.

import ReportModel
import RevisionStore

/// Ancestry in the revision graph, read from the store's revision index.
enum RevisionGraph {
    /// Whether `ancestor` is `revision` or in its history.
    ///
    /// - Complexity: O(h) in the revisions of `revision`'s history.
    static func isAncestor(_ ancestor: ObjectID, of revision: ObjectID, in reader: some StoreReading) throws -> Bool {
        if ancestor == revision { return true }
        var seen: Set<ObjectID> = [revision]
        var stack = [revision]
        while let next = stack.popLast() {
            for parent in try reader.parentIDs(of: next) {
                if parent == ancestor { return true }
                if seen.insert(parent).inserted { stack.append(parent) }
            }
        }
        return false
    }

    /// `revision` and every revision in its history.
    static func ancestors(of revision: ObjectID, in reader: some StoreReading) throws -> Set<ObjectID> {
        var seen: Set<ObjectID> = [revision]
        var stack = [revision]
        while let next = stack.popLast() {
            for parent in try reader.parentIDs(of: next) where seen.insert(parent).inserted {
                stack.append(parent)
            }
        }
        return seen
    }

    /// The best common ancestor of two revisions: one both histories hold that is not in the history of another
    /// such; the newest of those when there are several (criss-cross merges); `nil` when they share nothing.
    static func mergeBase(_ first: ObjectID, _ second: ObjectID, in reader: some StoreReading) throws -> ObjectID? {
        let firstHistory = try ancestors(of: first, in: reader)
        let common = try ancestors(of: second, in: reader).intersection(firstHistory)
        guard !common.isEmpty else { return nil }
        var redundant = Set<ObjectID>()
        var stack: [ObjectID] = []
        for candidate in common { stack += try reader.parentIDs(of: candidate) }
        while let next = stack.popLast() {
            guard redundant.insert(next).inserted else { continue }
            stack += try reader.parentIDs(of: next)
        }
        let best = common.subtracting(redundant)
        return try best.max { lhs, rhs in
            let left = try reader.requireRevision(lhs).content.time
            let right = try reader.requireRevision(rhs).content.time
            return (left, lhs) < (right, rhs)
        }
    }
}
