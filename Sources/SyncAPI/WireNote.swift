public import ReportModel

/// A note of the review workflow as nodes tell each other (Schema/sync-protocol.md, "Notes"): a comment on a unit,
/// an answer to one, its resolution, or a decision on a check finding. Immutable; `id` is the SHA-256 of its content,
/// which the receiver computes again and compares.
public struct WireNote: Sendable, Hashable, Codable {
    /// Its name: the SHA-256 of its canonical content.
    public var id: ObjectID
    /// A comment, a reply, a resolution or a decision.
    public var kind: NoteKind
    /// The report it is about.
    public var report: ReportKey
    /// The revision a comment is attached to, or a decision was taken on.
    public var revision: ObjectID?
    /// A comment's unit id, a decision's finding key; empty otherwise.
    public var anchor: String
    /// The comment a reply or a resolution is about.
    public var target: ObjectID?
    /// A decision's verdict.
    public var verdict: FindingVerdict?
    /// What it says.
    public var text: String
    /// Who wrote it, on the node where it was written.
    public var author: String
    /// When it was written (seconds since 1970, UTC).
    public var time: Int64

    /// Creates a note.
    public init(
        id: ObjectID, kind: NoteKind, report: ReportKey, revision: ObjectID?, anchor: String, target: ObjectID?,
        verdict: FindingVerdict?, text: String, author: String, time: Int64
    ) {
        self.id = id
        self.kind = kind
        self.report = report
        self.revision = revision
        self.anchor = anchor
        self.target = target
        self.verdict = verdict
        self.text = text
        self.author = author
        self.time = time
    }
}
