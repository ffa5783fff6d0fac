// The expanded bodies of the rows of delta chains one transaction has met: reading a chain once, not once per row.

/// The compact bodies (and delta depths) of the rows of delta chains met in one transaction (`Schema/store.md`,
/// "Revision deltas" and "Deltas of the pieces of reports"), so that walking a report's history, sending it or
/// checking it expands each frame once instead of once for every later row whose chain passes through it.
///
/// What a row holds never changes within a transaction: `gc` rewrites how some rows are kept, not what they hold, and
/// its packing keeps the depths it changes up to date here itself. So what the cache holds stays true while it lives;
/// it is made for one transaction (``StoreConnection``) or one walk and dropped with it. It holds at most
/// ``byteLimit`` bytes of bodies, then starts again: a walk over thousands of revisions holds only the latest.
final class DeltaCache {
    private var entries: [Int64: (body: [UInt8], depth: Int)] = [:]
    private var bytes = 0

    /// The most bytes of bodies kept at once. The pieces of a report are a few hundred bytes each: 4 MB holds every
    /// chain of the 2,000 revisions of `Scripts/bench-sync` (the chains of one paragraph's versions run across the
    /// whole history, and 512 bodies, the limit before, made `fsck` and a clone expand each delta about seven times).
    static let byteLimit = 4 << 20

    init() {}

    /// The body and depth of a row, when met.
    subscript(row: Int64) -> (body: [UInt8], depth: Int)? {
        entries[row]
    }

    /// Keeps a row's body and depth.
    func remember(_ row: Int64, body: [UInt8], depth: Int) {
        if bytes + body.count > Self.byteLimit {
            entries.removeAll(keepingCapacity: true)
            bytes = 0
        }
        if let known = entries.updateValue((body, depth), forKey: row) { bytes -= known.body.count }
        bytes += body.count
    }
}
