// The expanded bodies of the rows of delta chains one transaction has met: reading a chain once, not once per row.

/// The compact bodies (and delta depths) of the rows of delta chains met in one transaction (`Schema/store.md`,
/// "Revision deltas"), so that walking a report's history, sending it or checking it expands each frame once
/// instead of once for every later revision whose chain passes through it.
///
/// Rows never change within a transaction (gc removes rows, but writes none in its transaction), so what it holds
/// stays true while it lives; it is made for one transaction (``StoreConnection``) or one walk and dropped with it.
/// It keeps at most ``limit`` bodies: a walk over thousands of revisions holds only the latest.
final class DeltaCache {
    private var entries: [Int64: (body: [UInt8], depth: Int)] = [:]

    /// The most bodies kept at once.
    static let limit = 512

    init() {}

    /// The body and depth of a row, when met.
    subscript(row: Int64) -> (body: [UInt8], depth: Int)? {
        entries[row]
    }

    /// Keeps a row's body and depth.
    func remember(_ row: Int64, body: [UInt8], depth: Int) {
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        entries[row] = (body, depth)
    }
}
