// The expanded bodies of the rows of delta chains one transaction has met: reading a chain once, not once per row.

/// The compact bodies (and delta depths) of the rows of delta chains met in one transaction (`Schema/store.md`,
/// "Revision deltas" and "Deltas of the pieces of reports"), so that walking a report's history, sending it or
/// checking it expands each frame once instead of once for every later row whose chain passes through it.
///
/// What a row holds never changes within a transaction: `gc` rewrites how some rows are kept, not what they hold, and
/// its packing keeps the depths it changes up to date here itself (``forget(_:)``). So what the cache holds stays
/// true while it lives; it is made for one transaction (``StoreConnection``) or one walk and dropped with it.
///
/// Small bodies (the pieces of reports, a few hundred bytes) and large ones (revisions, which carry the parser's
/// diagnostics and can reach tens of KB) are kept apart, each up to ``byteLimit`` bytes, after which that part starts
/// again: a walk over thousands of revisions holds only the latest, and large revisions never push out the pieces
/// whose older versions are deltas against them.
final class DeltaCache {
    private var small = Part()
    private var large = Part()

    /// The most bytes of bodies kept at once in each part. 4 MB of small bodies holds the latest version of every
    /// piece of the 25 reports of `Scripts/bench-sync`'s 20,000 revisions; with one part for all, 200 of its
    /// revisions (about 20 KB each) filled it, and serving a clone of a store `gc` had packed took 8.3 s instead of
    /// 6.0 s, re-expanding chains the revisions had pushed out (512 rows, the limit before that, was worse).
    static let byteLimit = 4 << 20
    /// Bodies of more bytes than this are large.
    static let largeBody = 2048

    init() {}

    /// The body and depth of a row, when met.
    subscript(row: Int64) -> (body: [UInt8], depth: Int)? {
        small.entries[row] ?? large.entries[row]
    }

    /// Keeps a row's body and depth.
    func remember(_ row: Int64, body: [UInt8], depth: Int) {
        if body.count > Self.largeBody {
            large.remember(row, body: body, depth: depth)
        } else {
            small.remember(row, body: body, depth: depth)
        }
    }

    /// Lets go of a row, whose depth changed (`gc` made the row it is a delta against a delta too).
    func forget(_ row: Int64) {
        small.forget(row)
        large.forget(row)
    }

    /// Bodies of one size, up to ``DeltaCache/byteLimit`` bytes.
    private struct Part {
        var entries: [Int64: (body: [UInt8], depth: Int)] = [:]
        var bytes = 0

        mutating func remember(_ row: Int64, body: [UInt8], depth: Int) {
            if bytes + body.count > DeltaCache.byteLimit {
                entries.removeAll(keepingCapacity: true)
                bytes = 0
            }
            if let known = entries.updateValue((body, depth), forKey: row) { bytes -= known.body.count }
            bytes += body.count
        }

        mutating func forget(_ row: Int64) {
            if let known = entries.removeValue(forKey: row) { bytes -= known.body.count }
        }
    }
}
