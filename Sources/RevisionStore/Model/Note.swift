public import Foundation
public import ReportModel

/// One immutable note of the review workflow, named by the SHA-256 of its content (``canonicalBytes``): the same
/// note is one row on every node, and sync exchanges notes by id. A note is never changed; a reply, a resolution or
/// a later decision is a further note.
public struct Note: Sendable, Hashable, Codable, Identifiable {
    /// What it is.
    public var kind: NoteKind
    /// The report it is about.
    public var report: ReportKey
    /// The revision a comment is attached to, or a decision was taken on.
    public var revision: ObjectID?
    /// A comment's unit id (`section:三/paragraph:2`), a decision's finding key; empty for replies and resolutions.
    public var anchor: String
    /// The comment a reply answers or a resolution resolves.
    public var target: ObjectID?
    /// A decision's verdict.
    public var verdict: FindingVerdict?
    /// What it says (a decision's reason).
    public var text: String
    /// Who wrote it, as the node where it was written recorded them.
    public var author: String
    /// When it was written (whole seconds).
    public var time: Date
    /// Where it came from when it arrived by sync (a token's owner or label, a remote's name); `nil` when it was
    /// written here. Not part of its content.
    public var via: String?
    /// When this node stored it, for a note that arrived by sync (``via``): what the node knows for itself beside
    /// the ``author`` and ``time`` the note claims. Not part of its content.
    public var received: Date?

    /// Creates a note (its time is kept to the whole second).
    public init(
        kind: NoteKind, report: ReportKey, revision: ObjectID? = nil, anchor: String = "", target: ObjectID? = nil,
        verdict: FindingVerdict? = nil, text: String, author: String, time: Date, via: String? = nil,
        received: Date? = nil
    ) {
        self.kind = kind
        self.report = report
        self.revision = revision
        self.anchor = anchor
        self.target = target
        self.verdict = verdict
        self.text = text
        self.author = author
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.via = via
        self.received = received
    }

    /// Its name: the SHA-256 of ``canonicalBytes``.
    public var id: ObjectID { ObjectID.hashing(canonicalBytes) }

    /// The bytes its name is the hash of: `nianbao-note 1` and a line per field, `NAME LENGTH:VALUE` (the length in
    /// UTF-8 bytes), in a fixed order, absent values written empty. ``via`` and ``received`` are not part of it.
    public var canonicalBytes: [UInt8] {
        let fields: [(String, String)] = [
            ("kind", kind.rawValue), ("agency", report.agency), ("year", String(report.year)),
            ("revision", revision?.hex ?? ""), ("anchor", anchor), ("target", target?.hex ?? ""),
            ("verdict", verdict?.rawValue ?? ""), ("text", text), ("author", author),
            ("time", String(Int64(time.timeIntervalSince1970))),
        ]
        var bytes = Array("nianbao-note 1\n".utf8)
        for (name, value) in fields {
            bytes += Array("\(name) \(value.utf8.count):".utf8) + Array(value.utf8) + [0x0A]
        }
        return bytes
    }
}
