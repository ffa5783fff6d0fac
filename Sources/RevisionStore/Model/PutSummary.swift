/// What storing a batch of objects did.
public struct PutSummary: Sendable, Hashable, Codable {
    /// Objects that were new and are now stored.
    public var stored: Int = 0
    /// Objects the store already had (nothing was written for them).
    public var existing: Int = 0
    /// Bytes of compact bodies written for the new objects.
    public var bytes: Int = 0

    /// Creates an empty summary.
    public init() {}

    /// Counts one object put: new when the put wrote bytes, already stored when it wrote none. The one place the
    /// counts of a put are kept.
    ///
    /// - Parameter written: What the put returned: the bytes of the compact body written, 0 when it was there.
    public mutating func count(written: Int) {
        if written > 0 {
            stored += 1
            bytes += written
        } else {
            existing += 1
        }
    }

    /// Adds another batch's counts.
    public mutating func add(_ other: PutSummary) {
        stored += other.stored
        existing += other.existing
        bytes += other.bytes
    }
}
