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
    /// Who wrote the comment; for a mark without one, who set the mark, where the listing node knows (absent from
    /// older nodes).
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
