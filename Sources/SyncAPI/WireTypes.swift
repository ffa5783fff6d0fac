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
    /// What kind of office it is, when known; absent from nodes older than schema 13.
    public var kind: AgencyKind?
    /// Its other names (常张乡, 长子县常张乡人民政府); absent when none, and from nodes older than schema 13.
    public var aliases: [String]?

    /// Creates an agency.
    public init(id: String, name: String, parent: String?, kind: AgencyKind? = nil, aliases: [String]? = nil) {
        self.id = id
        self.name = name
        self.parent = parent
        self.kind = kind
        self.aliases = aliases
    }
}

/// An agency id merged into another on the listing node (`agency merge`): its reports live on under `into`.
public struct WireAgencyMerge: Sendable, Hashable, Codable {
    /// The id merged away.
    public var agency: String
    /// The agency that holds its reports now.
    public var into: String
    /// When.
    public var merged: Int64

    /// Creates a merge.
    public init(agency: String, into: String, merged: Int64) {
        self.agency = agency
        self.into = into
        self.merged = merged
    }
}

/// A mark of a report, with its comment.
public struct WireMark: Sendable, Hashable, Codable {
    /// Which mark.
    public var name: Mark
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
    /// When the listing node set the mark, by its clock: a listing that shows the same revision with a later time is
    /// the mark set again (a report submitted again unchanged after a return). Absent in ref updates and from nodes
    /// older than schema 13.
    public var moved: Int64?

    /// Creates a mark.
    public init(
        name: Mark, revision: ObjectID, comment: String? = nil, author: String? = nil, time: Int64? = nil,
        forced: Bool? = nil, moved: Int64? = nil
    ) {
        self.name = name
        self.revision = revision
        self.comment = comment
        self.author = author
        self.time = time
        self.forced = forced
        self.moved = moved
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

    private enum CodingKeys: String, CodingKey {
        case report, agency, draft, heads, marks, conflicts, notes
    }

    /// The name of a listed mark, read before the mark itself.
    private struct MarkName: Decodable {
        var name: String
    }

    /// The kind and verdict of a listed note, read before the note itself.
    private struct NoteWords: Decodable {
        var kind: String
        var verdict: String?
    }

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

    /// Decodes a listed report. A mark of a name, or a note of a kind or verdict, this program does not know (from
    /// a newer node) is left out (Schema/sync-protocol.md, "Strictness"); a known one that is malformed fails the
    /// decoding.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        report = try container.decode(ReportKey.self, forKey: .report)
        agency = try container.decodeIfPresent(WireAgency.self, forKey: .agency)
        draft = try container.decodeIfPresent(ObjectID.self, forKey: .draft)
        heads = try container.decode([String: ObjectID].self, forKey: .heads)
        marks = try container.decodeKnown(WireMark.self, forKey: .marks, readingFirst: MarkName.self) {
            Mark(rawValue: $0.name) != nil
        }
        conflicts = try container.decode([WireConflict].self, forKey: .conflicts)
        if container.contains(.notes), try !container.decodeNil(forKey: .notes) {
            notes = try container.decodeKnown(WireNote.self, forKey: .notes, readingFirst: NoteWords.self) { words in
                NoteKind(rawValue: words.kind) != nil
                    && words.verdict.map { FindingVerdict(rawValue: $0) != nil } ?? true
            }
        } else {
            notes = nil
        }
    }
}

extension KeyedDecodingContainer {
    /// The elements of a listed array that this program knows, in order: each is first read as `Words` (the
    /// fields that name what it is), and decoded whole only when `isKnown` says so; the others are left out.
    fileprivate func decodeKnown<Element: Decodable, Words: Decodable>(
        _ type: Element.Type, forKey key: Key, readingFirst words: Words.Type, isKnown: (Words) -> Bool
    ) throws -> [Element] {
        var listed = try nestedUnkeyedContainer(forKey: key)
        var known: [Element] = []
        for word in try decode([Words].self, forKey: key) {
            if isKnown(word) {
                known.append(try listed.decode(Element.self))
            } else {
                _ = try listed.decode(Words.self)
            }
        }
        return known
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
    /// The agency ids merged on the node into an agency the token reaches (Schema/sync-protocol.md, "Agency
    /// merges"); absent when there are none, and from nodes older than schema 13.
    public var merges: [WireAgencyMerge]?
    /// Which copy of its store the node is: set anew in each backup, so that a node restored from one is known for
    /// another store (Schema/sync-protocol.md, "Change sequence"); absent for a store no backup made, and from older
    /// nodes.
    public var epoch: String?

    /// Creates a listing.
    public init(
        protocolVersion: Int, node: String, identity: TokenIdentity, reports: [WireReport], sequence: Int64? = nil,
        merges: [WireAgencyMerge]? = nil, epoch: String? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.node = node
        self.identity = identity
        self.reports = reports
        self.sequence = sequence
        self.merges = merges
        self.epoch = epoch
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
