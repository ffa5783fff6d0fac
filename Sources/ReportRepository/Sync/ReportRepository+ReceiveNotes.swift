// What a node does with the notes (comments, answers, resolutions, finding decisions) another node sends: checked
// against what the sender's token may write and reaches, stored in the request's transaction, recorded as brought by
// the sender, each new one with its audit line (同步收到).

public import Foundation
import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// How far after this node's clock a received note's time may be: a day, for computers whose clocks are a little
    /// off (a note dated later is refused, ``RepositoryError/noteTimeAhead(time:now:)``).
    public static let maxNoteClockAhead: TimeInterval = 24 * 60 * 60

    /// Checks the notes another node sent, before anything is written: of reports the scope reaches; of kinds the
    /// token's role may write on the pages (``PersonRules/maySend(_:role:)``: a township's token sends answers and
    /// resolutions, never a comment or a finding decision); texts as ``checkNoteText(_:)`` wants them; an author that is a name by
    /// the rule of `commit --author` and `user add` (``checkedAuthor(_:)``: no line break, control or format
    /// character, at most 64 characters, nothing to trim); a time at most ``maxNoteClockAhead`` after `now`.
    ///
    /// - Throws: ``RepositoryError/outOfScope(agency:)``, ``RepositoryError/people(_:)`` with
    ///   ``PeopleError/notAllowed(role:action:)``, ``RepositoryError/workflow(_:)`` with
    ///   ``WorkflowError/textTooLong(_:)``, ``RepositoryError/invalidAuthor(_:)``,
    ///   ``RepositoryError/noteTimeAhead(time:now:)``.
    static func checkNotes(
        _ notes: [Note], scope: AccessScope, role: PersonRole, now: Date
    ) throws(RepositoryError) {
        for note in notes {
            guard scope.allows(agency: note.report.agency) else { throw .outOfScope(agency: note.report.agency) }
            guard PersonRules.maySend(note.kind, role: role) else {
                throw .people(.notAllowed(role: role, action: PersonAction(note: note.kind)))
            }
            try checkNoteText(note.text)
            guard note.anchor.unicodeScalars.count <= 1000 else { throw .workflow(.textTooLong(maxNoteLength)) }
            guard !note.anchor.hasNulCharacter else {
                throw .workflow(.controlCharacter(note.anchor.showingInvisibleCharacters))
            }
            guard (try? checkedAuthor(note.author)) == note.author else { throw .invalidAuthor(note.author) }
            guard note.time.timeIntervalSince(now) <= maxNoteClockAhead else {
                throw .noteTimeAhead(time: note.time, now: now)
            }
        }
    }

    /// Stores the notes another node sent, in the transaction of its objects and ref moves: each checked against
    /// what the sender reaches (``checkRevision(of:within:writer:)``, ``checkAnswered(by:sent:writer:)``), recorded
    /// as brought by the sender (``Note/via``), and each new one written to the audit log under the sender
    /// (同步收到 · 收到批注 三、表三 · 本年新收 · 自然人，署名 王审核), as a draft or mark another node moves here is.
    ///
    /// - Parameters:
    ///   - reach: What the sender reaches, the objects of the same request included.
    ///   - sender: Who brought them: the token's owner or label.
    static func storeReceived(
        _ notes: [Note], within reach: ObjectReach, from sender: String, time: Date, writer: StoreWriter
    ) throws {
        var sent: [ObjectID: Note] = [:]
        for note in notes where note.kind == .comment { sent[note.id] = note }
        var places = NotePlaces(writer: writer)
        for note in notes {
            try checkRevision(of: note, within: reach, writer: writer)
            let answered = try checkAnswered(by: note, sent: sent, writer: writer)
            var note = note
            note.via = sender
            guard try writer.insertNote(note, received: time) else { continue }
            let detail: String
            switch note.kind {
            case .comment: detail = AuditWording.receivedNote(.comment).detail(try places.place(of: note), note.author)
            case .reply, .resolve:
                detail = AuditWording.receivedNote(note.kind).detail(
                    try answered.map { try places.place(of: $0) } ?? "", note.author)
            case .decision:
                detail =
                    note.verdict.map { AuditWording.receivedDecision($0).detail(note.anchor, note.author) }
                    ?? AuditWording.receivedNote(.decision).detail("", note.anchor, note.author)
            }
            try writer.appendAudit(
                person: sender, action: .syncReceived, report: note.report, revision: note.revision, detail: detail,
                time: time)
        }
    }

    /// Refuses a note that names a revision the sender does not reach, or one of another report, as a revision the
    /// node does not have (whether another agency's or nobody's), so that the county's thread links only to the
    /// report's own revisions; the revisions of the same request are reached by then.
    private static func checkRevision(of note: Note, within reach: ObjectReach, writer: StoreWriter) throws {
        guard let revision = note.revision else { return }
        guard try !writer.revisions([revision], within: reach).isEmpty,
            try writer.requireRevision(revision).content.report == note.report
        else { throw StoreError.revisionNotFound(revision) }
    }

    /// The comment a reply or a resolution answers: a comment of the note's own report, held here or sent in the
    /// same request (the sender reaches it: the note's report is within its scope). Any other target — another
    /// agency's comment, another report's, a note that is not a comment, an id nobody has, none — is refused alike,
    /// as a comment nobody has (``RepositoryError/answeredCommentNotFound(_:)``).
    ///
    /// - Returns: The comment answered; `nil` for a comment or a decision, which answer nothing.
    private static func checkAnswered(
        by note: Note, sent: [ObjectID: Note], writer: StoreWriter
    ) throws -> Note? {
        guard note.kind == .reply || note.kind == .resolve else { return nil }
        let missing = RepositoryError.answeredCommentNotFound(note.target)
        guard let target = note.target, let comment = try sent[target] ?? writer.note(target),
            comment.kind == .comment, comment.report == note.report
        else { throw missing }
        return comment
    }
}

/// Where comments are, in Chinese (`三、表三 · 本年新收 · 自然人`), read in the revisions they are on, each revision's
/// document read once.
private struct NotePlaces {
    let writer: StoreWriter
    var documents: [ObjectID: Report?] = [:]

    init(writer: StoreWriter) { self.writer = writer }

    /// A comment's place, or its anchor as written when it is not a unit id.
    mutating func place(of comment: Note) throws -> String {
        guard let unit = UnitID(comment.anchor) else { return comment.anchor }
        var document: Report?
        if let revision = comment.revision {
            if let known = documents[revision] {
                document = known
            } else {
                document = try writer.revision(revision).map { try writer.report(root: $0.root) }
                documents[revision] = document
            }
        }
        return UnitPlace.label(of: unit, in: document)
    }
}
