import GRDB

/// A row of the `remote_ref` table: a ref of a remote node as this node last saw it.
struct RemoteRefRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "remote_ref"

    var remote: String
    var agency: String
    var year: Int
    /// `draft`, `submitted`, `published` or `returned`.
    var name: String
    /// The revision object's row id.
    var revision: Int64
    /// When it was recorded, in seconds since 1970 (UTC).
    var seen: Int64
    /// When the remote had set it, by the remote's clock, as its listing said; `nil` when it did not say.
    var moved: Int64?

    enum Columns {
        static let remote = Column(CodingKeys.remote)
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let name = Column(CodingKeys.name)
    }
}

/// A row of the `conflict` table: two lines of work on one draft.
struct ConflictRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "conflict"

    var id: Int64?
    var agency: String
    var year: Int
    /// The name of the second head.
    var head: String
    /// Row ids of the revisions.
    var ours: Int64
    var theirs: Int64
    var base: Int64?
    var origin: String
    var opened: Int64
    var closed: Int64?
    var merge: Int64?
    /// The draft and the other head the last merged text was made from (v17); `nil` when none was written.
    var writtenOurs: Int64?
    var writtenTheirs: Int64?

    enum CodingKeys: String, CodingKey {
        case id, agency, year, head, ours, theirs, base, origin, opened, closed, merge
        case writtenOurs = "written_ours"
        case writtenTheirs = "written_theirs"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let head = Column(CodingKeys.head)
        static let opened = Column(CodingKeys.opened)
        static let closed = Column(CodingKeys.closed)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of the `mark_comment` table.
struct MarkCommentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mark_comment"

    var agency: String
    var year: Int
    var name: String
    var comment: String
    var author: String
    var time: Int64
    /// 1 when the mark was set against the rules (the comment is the reason); schema v5.
    var forced: Bool

    enum Columns {
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let name = Column(CodingKeys.name)
    }
}

extension DerivableRequest<RemoteRefRecord> {
    /// The refs recorded for one remote, by report.
    func filter(remote: String) -> Self {
        filter(RemoteRefRecord.Columns.remote == remote)
            .order(RemoteRefRecord.Columns.agency, RemoteRefRecord.Columns.year, RemoteRefRecord.Columns.name)
    }
}

extension DerivableRequest<ConflictRecord> {
    /// Conflicts still open.
    func open() -> Self { filter(ConflictRecord.Columns.closed == nil) }

    /// The conflicts of one report.
    func filter(agency: String, year: Int) -> Self {
        filter(ConflictRecord.Columns.agency == agency && ConflictRecord.Columns.year == year)
    }

    /// Oldest first.
    func orderedByOpening() -> Self { order(ConflictRecord.Columns.opened, ConflictRecord.Columns.id) }
}
