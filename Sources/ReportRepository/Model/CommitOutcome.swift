public import RevisionStore

/// What committing a report did.
public struct CommitOutcome: Sendable, Hashable {
    /// Whether a revision was made.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A new revision is the report's draft head.
        case committed
        /// The document equals the draft head (or, kept by an import, an earlier revision of the draft's line):
        /// nothing was written.
        case unchanged
    }

    /// Whether a revision was made.
    public var status: Status
    /// The new revision, the unchanged head, or the earlier revision the document equals when an import left the
    /// later draft as it was.
    public var revision: Revision
    /// The objects written (none when unchanged).
    public var stored: PutSummary
    /// Things worth a look that did not stop the commit (a year in the text that differs from the one given), each
    /// in Chinese and in English.
    public var cautions: [CommitWarning]
    /// The same in the process's language (`--lang en`).
    public var warnings: [String] { cautions.map(\.description) }
    /// Sync conflicts the commit closed (a commit that resolved a conflict by merging the heads).
    public var closed: [SyncConflict] = []
    /// The revision's generation, the number people know it by (第 3 版); `nil` in a file read as it is that has
    /// no numbers (older than schema 16).
    public var generation: Int?

    /// Creates an outcome.
    public init(status: Status, revision: Revision, stored: PutSummary, cautions: [CommitWarning]) {
        self.status = status
        self.revision = revision
        self.stored = stored
        self.cautions = cautions
    }
}
