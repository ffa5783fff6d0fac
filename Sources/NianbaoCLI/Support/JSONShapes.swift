import Foundation
import ReportModel
import ReportParser
import ReportRepository

// The JSON shapes of the repository commands (`--format json`), documented in Schema/store.md ("CLI JSON").
// Stable: fields are only ever added; a field without a value is null, never left out. Keys are sorted and dates
// are ISO 8601 in UTC.

/// A revision.
struct RevisionJSON: Encodable {
    let id: String
    let report: String
    let agency: String
    let year: Int
    let root: String
    let parents: [String]
    let author: String
    let node: String
    let time: Date
    let message: String
    /// The number people know it by (第 3 版); `null` in a file read as it is that has no numbers.
    @NullEncodable var generation: Int?

    init(_ revision: Revision, generation: Int?) {
        id = revision.id.hex
        report = revision.report.description
        agency = revision.report.agency
        year = revision.report.year
        root = revision.root.hex
        parents = revision.parents.map(\.hex)
        author = revision.content.author
        node = revision.content.node
        time = revision.content.time
        message = revision.content.message
        self.generation = generation
    }
}

/// An agency.
struct AgencyJSON: Encodable {
    let id: String
    let name: String
    @NullEncodable var parent: String?

    init(_ agency: Agency) {
        id = agency.id
        name = agency.name
        parent = agency.parent
    }

}

/// What storing objects did.
struct StoredJSON: Encodable {
    let objects: Int
    let existing: Int
    let bytes: Int

    init(_ summary: PutSummary) {
        objects = summary.stored
        existing = summary.existing
        bytes = summary.bytes
    }
}

/// `nianbao commit`.
struct CommitJSON: JSONOutput {
    let status: String
    let revision: RevisionJSON
    let stored: StoredJSON
    let warnings: [String]
    let diagnostics: [DiagnosticJSON]

    /// What a commit (or a restore, which commits an earlier revision's text) did, with the file's diagnostics.
    init(_ outcome: CommitOutcome, diagnostics: [Diagnostic] = []) {
        status = outcome.status.rawValue
        revision = RevisionJSON(outcome.revision, generation: outcome.generation)
        stored = StoredJSON(outcome.stored)
        warnings = outcome.warnings
        self.diagnostics = diagnostics.map(DiagnosticJSON.init)
    }
}

/// `nianbao log`.
struct LogJSON: JSONOutput {
    let ref: String
    let revisions: [RevisionJSON]
    /// The marks of the report, each on the revision it names.
    let marks: [MarkStateJSON]
}

/// A mark as it stands: which, on which revision, since when, and its comment (the correction request of
/// `returned`; the reason of a forced mark) or `null`.
struct MarkStateJSON: Encodable {
    /// A mark's comment: the text, who wrote it and when.
    struct CommentJSON: Encodable {
        let text: String
        let author: String
        let time: Date
    }

    let mark: String
    let revision: String
    let moved: Date
    /// Whether the mark was set against the rules (`published --force --reason`): the comment is the reason.
    let forced: Bool
    @NullEncodable var comment: CommentJSON?
    /// Who set the mark, when the node knows (the audit log, the comment's author, the office that sent it).
    @NullEncodable var person: String?

    init(_ state: MarkState) {
        person = state.person
        mark = state.mark.rawValue
        revision = state.revision.hex
        moved = state.moved
        forced = state.isForced
        comment = state.comment.map { CommentJSON(text: $0.comment, author: $0.author, time: $0.time) }
    }
}

/// `nianbao show`.
struct ShowJSON: JSONOutput {
    let revision: RevisionJSON
    let refs: [String]
    let marks: [MarkStateJSON]
    @NullEncodable var agency: AgencyJSON?
    let report: Report
    /// The report's comments (批注) with their answers.
    let comments: [CommentJSON]
    /// Who brought the revision here (a push's token holder, or the remote of a pull) and when it arrived; `null` for one made here.
    @NullEncodable var received: ReceiptJSON?
}

/// Who brought a revision to this node, by a push or a pull (``RevisionReceipt``).
struct ReceiptJSON: Encodable {
    let sender: String
    let time: Date

    init(_ receipt: RevisionReceipt) {
        sender = receipt.sender
        time = receipt.received
    }
}

/// `nianbao export --format json`.
struct ExportJSON: JSONOutput {
    let revision: String
    let text: String
}

/// One line of `nianbao reports`.
struct ReportJSON: Encodable {
    struct HeadJSON: Encodable {
        let name: String
        let revision: String
    }

    let report: String
    let agency: String
    @NullEncodable var agencyName: String?
    let year: Int
    let head: RevisionJSON
    let otherHeads: [HeadJSON]
    /// `draft`, `submitted`, `returned`, `published` or `conflict` (``ReportStatus``).
    let status: String
    @NullEncodable var submitted: String?
    @NullEncodable var returned: String?
    @NullEncodable var published: String?
    let marks: [MarkStateJSON]

    init(_ summary: ReportSummary, generations: [ObjectID: Int]) {
        report = summary.report.description
        agency = summary.report.agency
        agencyName = summary.agencyName
        year = summary.report.year
        head = RevisionJSON(summary.head, generation: generations[summary.head.id])
        otherHeads = summary.otherHeads.map { HeadJSON(name: $0.name.name, revision: $0.revision.hex) }
        status = summary.status.rawValue
        submitted = summary.submitted?.hex
        returned = summary.returned?.hex
        published = summary.published?.hex
        marks = summary.marks.map(MarkStateJSON.init)
    }
}

/// `nianbao reports`.
struct ReportsJSON: JSONOutput {
    let reports: [ReportJSON]
}

/// `nianbao mark`.
struct MarkJSON: JSONOutput {
    let report: String
    let mark: String
    let revision: String
    @NullEncodable var previous: String?
    /// The mark's comment (the correction request of `returned`, the reason of a forced mark), or `null`.
    @NullEncodable var comment: String?
    /// Whether the rules were overridden (`--force --reason`).
    let forced: Bool
}

/// `nianbao fsck`.
struct FsckJSON: JSONOutput {
    let clean: Bool
    let objects: Int
    let revisions: Int
    let refs: Int
    let problems: [ProblemJSON]

    /// One problem: its kind, the object it is about (or null) and what is wrong.
    struct ProblemJSON: Encodable {
        let kind: String
        @NullEncodable var object: String?
        let detail: String

        init(_ problem: FsckProblem) {
            kind = problem.kind.rawValue
            object = problem.object?.hex
            detail = problem.detail
        }

    }
}

/// `nianbao init`.
struct InitJSON: JSONOutput {
    let repository: String
    let node: String
    let schemaVersion: Int
}

/// A parser diagnostic (`parse`, `commit`): `line` is `null` when it is about no one line.
struct DiagnosticJSON: Encodable {
    let severity: String
    @NullEncodable var line: Int?
    let code: String
    let message: String

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        line = diagnostic.line
        code = diagnostic.code.rawValue
        message = diagnostic.message
    }
}
