public import ReportModel

// The JSON bodies of the sync protocol (Schema/sync-protocol.md). Times are whole seconds since 1970 (UTC); ids are
// 64 hexadecimal digits; reports are `{"agency", "year"}`.

/// An agency as nodes tell each other.
public struct WireAgency: Sendable, Hashable, Codable {
    /// Its id.
    public var id: String
    /// Its name.
    public var name: String
    /// The office above it.
    public var parent: String?

    /// Creates an agency.
    public init(id: String, name: String, parent: String?) {
        self.id = id
        self.name = name
        self.parent = parent
    }
}

/// A mark of a report, with its comment.
public struct WireMark: Sendable, Hashable, Codable {
    /// `submitted`, `published` or `returned`.
    public var name: String
    /// The revision marked.
    public var revision: ObjectID
    /// The comment (a correction request on `returned`), if any.
    public var comment: String?
    /// Who wrote the comment.
    public var author: String?
    /// When the comment was written.
    public var time: Int64?
    /// `true` when the mark was set against the rules (the comment is the reason); absent or `false` otherwise.
    public var forced: Bool?

    /// Creates a mark.
    public init(
        name: String, revision: ObjectID, comment: String? = nil, author: String? = nil, time: Int64? = nil,
        forced: Bool? = nil
    ) {
        self.name = name
        self.revision = revision
        self.comment = comment
        self.author = author
        self.time = time
        self.forced = forced
    }
}

/// An open conflict on a node.
public struct WireConflict: Sendable, Hashable, Codable {
    /// The second head's name.
    public var head: String
    /// The draft when it opened.
    public var ours: ObjectID
    /// The second head.
    public var theirs: ObjectID
    /// Their merge base.
    public var base: ObjectID?
    /// Who brought the second line.
    public var origin: String
    /// When it opened.
    public var opened: Int64

    /// Creates a conflict.
    public init(head: String, ours: ObjectID, theirs: ObjectID, base: ObjectID?, origin: String, opened: Int64) {
        self.head = head
        self.ours = ours
        self.theirs = theirs
        self.base = base
        self.origin = origin
        self.opened = opened
    }
}

/// One report as a node lists it: its agency, heads, marks and open conflicts.
public struct WireReport: Sendable, Hashable, Codable {
    /// Which report.
    public var report: ReportKey
    /// Its agency.
    public var agency: WireAgency?
    /// The draft head.
    public var draft: ObjectID?
    /// Second heads while a conflict is open, by name.
    public var heads: [String: ObjectID]
    /// Its marks.
    public var marks: [WireMark]
    /// Its open conflicts.
    public var conflicts: [WireConflict]
    /// Its notes, oldest first; absent from nodes that keep none (older than schema 11).
    public var notes: [WireNote]?

    /// Creates a report listing.
    public init(
        report: ReportKey, agency: WireAgency?, draft: ObjectID?, heads: [String: ObjectID], marks: [WireMark],
        conflicts: [WireConflict], notes: [WireNote]? = nil
    ) {
        self.report = report
        self.agency = agency
        self.draft = draft
        self.heads = heads
        self.marks = marks
        self.conflicts = conflicts
        self.notes = notes
    }
}

/// `GET /v1/refs`, and the header of a pull pack: the reports the token reaches.
public struct RefsListing: Sendable, Hashable, Codable {
    /// The protocol version of the node.
    public var protocolVersion: Int
    /// The node's name.
    public var node: String
    /// What the token reaches.
    public var identity: TokenIdentity
    /// The reports, by agency and year: every one the token reaches, or (a pull with `since` or `reports`) those
    /// asked for.
    public var reports: [WireReport]
    /// The node's change sequence when it read the reports (Schema/sync-protocol.md, "Change sequence"); absent
    /// from older nodes.
    public var sequence: Int64?

    /// Creates a listing.
    public init(
        protocolVersion: Int, node: String, identity: TokenIdentity, reports: [WireReport], sequence: Int64? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.node = node
        self.identity = identity
        self.reports = reports
        self.sequence = sequence
    }
}

/// `POST /v1/pull`: what the puller holds.
public struct PullRequest: Sendable, Hashable, Codable {
    /// The protocol version the puller speaks.
    public var protocolVersion: Int
    /// The tips of the puller's history: it holds them and everything they refer to.
    public var have: [ObjectID]
    /// List only the reports that changed after this change sequence of the node (the `sequence` of a listing
    /// the puller took in before), and those named in `reports`; absent: every report. Older nodes ignore it.
    public var since: Int64?
    /// List these reports (within reach) whether or not they changed; with `since` absent, list only these.
    public var reports: [ReportKey]?
    /// `true`: send the listing and no objects.
    public var listOnly: Bool?

    /// Creates a pull request.
    public init(
        protocolVersion: Int = SyncProtocol.version, have: [ObjectID], since: Int64? = nil,
        reports: [ReportKey]? = nil, listOnly: Bool? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.have = have
        self.since = since
        self.reports = reports
        self.listOnly = listOnly
    }
}

/// The JSON header of a pull pack.
public struct PullHeader: Sendable, Hashable, Codable {
    /// The reports the token reaches.
    public var listing: RefsListing
    /// Objects in this pack.
    public var objects: Int
    /// Objects a further pull will bring (0: complete).
    public var remaining: Int

    /// Creates a pull header.
    public init(listing: RefsListing, objects: Int, remaining: Int) {
        self.listing = listing
        self.objects = objects
        self.remaining = remaining
    }
}

/// `POST /v1/objects/missing` and `POST /v1/objects/fetch`: object ids.
public struct ObjectIDList: Sendable, Hashable, Codable {
    /// The ids.
    public var ids: [ObjectID]

    /// Creates a list.
    public init(ids: [ObjectID]) {
        self.ids = ids
    }
}

/// The answer to `POST /v1/objects/missing`: the ids the node lacks, in the order asked.
public struct MissingObjects: Sendable, Hashable, Codable {
    /// The ids the node lacks.
    public var missing: [ObjectID]

    /// Creates an answer.
    public init(missing: [ObjectID]) {
        self.missing = missing
    }
}

/// A ref move asked of a node.
public struct WireRefUpdate: Sendable, Hashable, Codable {
    /// Which report.
    public var report: ReportKey
    /// `draft` or a mark's name.
    public var ref: String
    /// Where it should point.
    public var revision: ObjectID
    /// Where the sender last saw it point (`null`: unset).
    public var expected: ObjectID?
    /// A mark's comment.
    public var comment: WireMark?
    /// The report's agency.
    public var agency: WireAgency?

    /// Creates a ref update.
    public init(
        report: ReportKey, ref: String, revision: ObjectID, expected: ObjectID?, comment: WireMark?,
        agency: WireAgency?
    ) {
        self.report = report
        self.ref = ref
        self.revision = revision
        self.expected = expected
        self.comment = comment
        self.agency = agency
    }
}

/// `POST /v1/refs/update`, and the header of an upload batch that moves refs.
public struct RefUpdateList: Sendable, Hashable, Codable {
    /// The moves, applied in order after the batch's objects are stored.
    public var updates: [WireRefUpdate]
    /// Notes the receiver may lack, stored in the same transaction; absent when there are none (a node older than
    /// schema 11 ignores them).
    public var notes: [WireNote]?

    /// Creates a list.
    public init(updates: [WireRefUpdate], notes: [WireNote]? = nil) {
        self.updates = updates
        self.notes = notes
    }
}

/// What became of one ref update.
public struct WireRefResult: Sendable, Hashable, Codable {
    /// Which report.
    public var report: ReportKey
    /// `draft` or a mark's name.
    public var ref: String
    /// `created`, `fast-forward`, `moved`, `unchanged`, `conflict`, `stale` or `refused`.
    public var status: String
    /// The revision asked for.
    public var revision: ObjectID
    /// Where the ref points now on the node.
    public var current: ObjectID?
    /// The conflict, when the status is `conflict`.
    public var conflict: WireConflict?
    /// How many conflicts the move closed.
    public var closed: Int

    /// Creates a result.
    public init(
        report: ReportKey, ref: String, status: String, revision: ObjectID, current: ObjectID?,
        conflict: WireConflict?, closed: Int
    ) {
        self.report = report
        self.ref = ref
        self.status = status
        self.revision = revision
        self.current = current
        self.conflict = conflict
        self.closed = closed
    }
}

/// The answer to `POST /v1/objects` and `POST /v1/refs/update`.
public struct UploadResult: Sendable, Hashable, Codable {
    /// Objects that were new and are now stored.
    public var stored: Int
    /// Objects the node already had.
    public var existing: Int
    /// One result per ref update, in order.
    public var results: [WireRefResult]

    /// Creates an answer.
    public init(stored: Int, existing: Int, results: [WireRefResult]) {
        self.stored = stored
        self.existing = existing
        self.results = results
    }
}
