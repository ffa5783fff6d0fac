public import ReportModel

// The bodies of the sync protocol's requests and answers (Schema/sync-protocol.md): the listing of reports, a pull's
// request and header, lists of objects, ref moves and their results. The records they carry are in WireTypes.swift.

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
    /// The agency ids merged on the node into an agency the token reaches (Schema/sync-protocol.md, "Agency
    /// merges"); absent when there are none, and from nodes older than schema 13.
    public var merges: [WireAgencyMerge]?
    /// Which copy of its store the node is: set anew in each backup, so that a node restored from one is known for
    /// another store (Schema/sync-protocol.md, "Change sequence"); absent for a store no backup made, and from older
    /// nodes.
    public var epoch: String?
    /// The records of the agencies the token reaches, for a township's token in a listing of every report
    /// (Schema/sync-protocol.md, "Agencies"); absent for the county's token, in a listing of what changed, and from
    /// older nodes.
    public var agencies: [WireAgency]?

    /// Creates a listing.
    public init(
        protocolVersion: Int, node: String, identity: TokenIdentity, reports: [WireReport], sequence: Int64? = nil,
        merges: [WireAgencyMerge]? = nil, epoch: String? = nil, agencies: [WireAgency]? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.node = node
        self.identity = identity
        self.reports = reports
        self.sequence = sequence
        self.merges = merges
        self.epoch = epoch
        self.agencies = agencies
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
    /// 0 when this pack completes the pull; otherwise at least 1 (not the total: the node plans only a little past
    /// the pack).
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
    /// The draft or a mark; any other name is refused.
    public var ref: SyncRef
    /// Where it should point.
    public var revision: ObjectID
    /// Where the sender last saw it point (`null`: unset).
    public var expected: ObjectID?
    /// A mark's comment.
    public var comment: WireMark?
    /// The report's agency.
    public var agency: WireAgency?
    /// A mark set again on the revision it already marks: when the receiver's mark was set, by the receiver's
    /// clock, as the sender last saw it listed (Schema/sync-protocol.md, "Marks set again"). Absent otherwise.
    public var renews: Int64?

    /// Creates a ref update.
    public init(
        report: ReportKey, ref: SyncRef, revision: ObjectID, expected: ObjectID?, comment: WireMark?,
        agency: WireAgency?, renews: Int64? = nil
    ) {
        self.report = report
        self.ref = ref
        self.revision = revision
        self.expected = expected
        self.comment = comment
        self.agency = agency
        self.renews = renews
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
    /// The draft or a mark.
    public var ref: SyncRef
    /// What became of it.
    public var status: RefUpdateStatus
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
        report: ReportKey, ref: SyncRef, status: RefUpdateStatus, revision: ObjectID, current: ObjectID?,
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
