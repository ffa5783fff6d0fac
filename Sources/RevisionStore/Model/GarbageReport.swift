/// What `nianbao gc` removed and kept.
public struct GarbageReport: Sendable, Hashable, Codable {
    /// Objects removed: no ref, head, mark, remote ref or conflict reaches them, and they arrived before the cutoff
    /// (or at an unknown time).
    public var removed: Int = 0
    /// The bytes of their bodies.
    public var bytes: Int = 0
    /// Objects kept.
    public var kept: Int = 0
    /// Of those, objects kept only because a push brought them after the cutoff (a push that may still finish).
    public var recent: Int = 0
    /// Objects kept, now as deltas against the pieces of reports that replaced them in later revisions
    /// (`Schema/store.md`, "Deltas of the pieces of reports"): only how their bytes are kept changed.
    public var packed: Int = 0

    /// Creates an empty report.
    public init() {}
}
