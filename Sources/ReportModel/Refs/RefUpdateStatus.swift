/// What became of one ref update another node asked for; on the wire, its raw value (Schema/sync-protocol.md).
public enum RefUpdateStatus: String, Sendable, Hashable, Codable {
    /// The report or mark was new here.
    case created
    /// The draft moved forward.
    case fastForwarded = "fast-forward"
    /// The mark moved.
    case moved
    /// It already pointed there (or the draft already holds the revision).
    case unchanged
    /// Both lines changed the draft: the revision is kept as a second head and a conflict is open.
    case conflict
    /// The mark moved meanwhile: it was not what the sender last saw. Nothing changed.
    case stale
    /// Refused: publishing while a conflict is open, or a county mark pushed against the county's rules (a return
    /// without its request; a publication of what was not submitted or has an error standing, not forced).
    case refused
}
