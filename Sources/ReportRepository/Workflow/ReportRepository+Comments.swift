// Comments (批注) on a report's units: written by the county (and answered or resolved by the township), kept as
// immutable notes that travel with sync (Schema/sync-protocol.md, "Notes").

public import Foundation
public import ReportDiff
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The most characters a comment, an answer or a reason may have.
    public static let maxNoteLength = 2000

    /// Whether a note's text is within ``maxNoteLength``, counted in Unicode scalars: a character built of a
    /// letter and thousands of combining marks counts as all of them (a browser's `maxlength` counts at least as
    /// many, so what a page's box accepts always fits).
    public static func fitsNoteLength(_ text: String) -> Bool {
        text.unicodeScalars.count <= maxNoteLength
    }

    /// Checks a text people write that the node keeps — a comment, an answer, a reason, a mark's comment — from a
    /// page, the command line or another node: at most ``maxNoteLength`` characters, and no NUL
    /// (``Swift/StringProtocol/hasNulCharacter``). The store keeps a text up to its first NUL only: a note's text would then be cut while
    /// its name stays that of the whole text (two nodes filing one comment under two names), and a reason would lose
    /// what followed without a word.
    ///
    /// - Throws: ``WorkflowError/textTooLong(_:)`` or ``WorkflowError/controlCharacter(_:)`` (as
    ///   ``RepositoryError/workflow(_:)``).
    public static func checkNoteText(_ text: String) throws(RepositoryError) {
        guard fitsNoteLength(text) else { throw .workflow(.textTooLong(maxNoteLength)) }
        guard !text.hasNulCharacter else { throw .workflow(.controlCharacter(text.showingInvisibleCharacters)) }
    }

    /// Writes a comment on a unit of a revision, with its line in the audit log (`批注 三、表三 · 本年新收 · 自然人`) in
    /// the same transaction.
    ///
    /// - Parameters:
    ///   - ref: The revision (see ``RevisionSelector``); one outside the principal's reach is answered as one that
    ///     does not exist.
    ///   - anchor: The unit's id: `section:三`, `section:三/paragraph:2`, `section:三/table:table3/cell:received:total`;
    ///     or a cell's place as the outputs print it, `三、表三 · 本年新收 · 自然人` (``CellName``).
    ///   - text: What the comment says.
    ///   - principal: Who writes it: a reviewer or an administrator (``PersonAction/comment``).
    /// - Throws: What ``resolve(_:scope:)`` throws; ``RepositoryError/people(_:)`` for a role that may not comment;
    ///   ``RepositoryError/workflow(_:)`` for an unknown anchor (a cell's place naming no cell of its table lists the
    ///   table's rows and columns) or an empty or too long text.
    /// The remote this node syncs with as a township (its token does not reach every report, as the last pull
    /// said), where the comments written here never go: the county takes no township's comments. `nil` on the
    /// county's node, and before the first pull.
    public func townshipRemote() async throws(RepositoryError) -> String? {
        try await read { try MarkRules.townshipRemote(in: $0) }
    }

    @discardableResult
    public func addComment(
        on ref: String, at anchor: String, text: String, by principal: Principal, time: Date = Date()
    ) async throws(RepositoryError) -> CommentThread {
        let details = try await show(ref, scope: principal.scope)
        try principal.check(.comment)
        let text = try Self.noteText(text)
        let trimmed = anchor.trimmingCharacters(in: .whitespaces)
        var named = UnitID(trimmed).flatMap { $0.components.isEmpty || !$0.exists(in: details.report) ? nil : $0 }
        // (a cell as every output prints its place, 三、表三 · 本年新收 · 自然人: rv117 M5)
        if named == nil, UnitID.cellPlaceParts(trimmed) != nil {
            named = try CellName.unit([trimmed], in: details.report)
        }
        guard let unit = named, !CommentAnchor.isUndrawn(unit, in: UnitIndex(details.report)) else {
            throw .workflow(.unknownAnchor(trimmed))
        }
        let note = Note(
            kind: .comment, report: details.revision.report, revision: details.revision.id, anchor: unit.description,
            text: text, author: principal.name, time: time)
        let place = CommentAnchor.place(of: unit, in: details.report)
        let number = try await write { writer in
            try writer.insertNote(note, received: time)
            try writer.appendAudit(
                person: principal.name, action: .comment, report: note.report, revision: details.revision.id,
                detail: AuditWording.comment.detail(place), time: time)
            return CommentThread.numbers(of: try writer.notesFollowingMerges(of: note.report))[note.id] ?? 0
        }
        return CommentThread(comment: note, place: place, number: number)
    }

    /// Answers a comment, or marks it resolved (with an optional word on how), with its line in the audit log
    /// (`解决批注 三、表三 · 本年新收 · 自然人`: where the comment is, never its name) in the same transaction.
    ///
    /// - Parameters:
    ///   - comment: The comment's number (`3`, `批注 3`: ``CommentThread/numbers(of:)``), its name or a unique
    ///     prefix of it (at least 4 hexadecimal digits).
    ///   - report: The report the comment is on; one outside the principal's reach is answered as one that does not
    ///     exist.
    ///   - text: The answer (required), or what the resolution says (may be empty).
    ///   - resolving: `true` to mark it resolved.
    ///   - principal: Who answers: a clerk of the report's agency, a reviewer or an administrator
    ///     (``PersonAction/answer``).
    /// - Throws: ``RepositoryError/refNotSet(_:_:)`` for a report that is not there (or out of reach);
    ///   ``RepositoryError/people(_:)``; ``RepositoryError/workflow(_:)``: no such comment, already resolved, text
    ///   empty or too long.
    @discardableResult
    public func answer(
        comment: String, in report: ReportKey, text: String, resolving: Bool = false, by principal: Principal,
        time: Date = Date()
    ) async throws(RepositoryError) -> Note {
        guard principal.reaches(agency: report.agency), try await self.report(report) != nil else {
            throw .refNotSet(
                report, .draft,
                agencyName: principal.reaches(agency: report.agency) ? await officeName(of: report) : nil)
        }
        try principal.check(.answer)
        let text = resolving ? try Self.noteText(text, optional: true) : try Self.noteText(text)
        let written = try await write { writer throws -> Note in
            let notes = try writer.notesFollowingMerges(of: report)
            let target: Note
            do throws(WorkflowError) {
                target = try CommentThread.named(comment, among: notes)
            } catch {
                throw RepositoryError.workflow(error)
            }
            // A comment written under an id the county merged away: an answer from a township computer would be
            // about a report its token no longer reaches, and the county would refuse it at every push.
            if target.report != report, try MarkRules.townshipRemote(in: writer) != nil {
                let number = CommentThread.numbers(of: notes)[target.id] ?? 0
                throw RepositoryError.workflow(
                    .commentOfMergedAgency(
                        author: target.author, number: number, agency: target.report.agency,
                        into: try writer.agency(report.agency)?.name ?? report.agency))
            }
            if resolving, notes.contains(where: { $0.kind == .resolve && $0.target == target.id }) {
                let number = CommentThread.numbers(of: notes)[target.id] ?? 0
                throw RepositoryError.workflow(
                    .alreadyResolved(author: target.author, number: number, short: target.id.shortHex(8)))
            }
            // (an answer is about its comment's report: the merged-away id's, for a comment written under it)
            let note = Note(
                kind: resolving ? .resolve : .reply, report: target.report, revision: target.revision,
                target: target.id, text: text, author: principal.name, time: time)
            try writer.insertNote(note, received: time)
            let document = try target.revision.flatMap { try writer.revision($0) }.map {
                try writer.report(root: $0.root)
            }
            let place = UnitID(target.anchor).map { CommentAnchor.place(of: $0, in: document) } ?? ""
            try writer.appendAudit(
                person: principal.name, action: resolving ? .commentResolve : .commentReply, report: report,
                revision: target.revision,
                detail: (resolving ? AuditWording.resolution : AuditWording.reply).detail(place), time: time)
            return note
        }
        return written
    }

    /// The comments of a report with their answers and resolutions, oldest first; a note another node brought names
    /// its sender (``Note/via``) as that node names itself.
    ///
    /// - Parameters:
    ///   - scope: What the reader reaches: a report outside it has no comments.
    ///   - shown: The revision the comments are shown with, if any: each comment's unit is followed from the revision
    ///     it was written on into this one (``UnitCarrying``), so that a comment on a paragraph stays beside that
    ///     paragraph when one above it was deleted, and its place is named as it is there; a comment whose unit this
    ///     revision no longer has keeps its place in its own revision, says so and has no
    ///     ``CommentThread/shownAnchor``.
    ///   - language: The language of the places' own words (``UnitPlace``): Chinese unless a page speaks English.
    public func comments(
        of report: ReportKey, scope: AccessScope = .all, shownIn shown: ObjectID? = nil,
        language: Language = .chinese
    ) async throws(RepositoryError)
        -> [CommentThread]
    {
        guard scope.allows(agency: report.agency) else { return [] }
        return try await read { reader in
            // (a note pulled from a remote was recorded with the remote's name here, `county`: it is said as sent by
            // the office the remote names itself, as the pull says it — 长子县政务公开办; rv115 M4)
            let nodes = try reader.remoteNodeNames()
            let notes = try reader.notesFollowingMerges(of: report).map { note in
                var named = note
                named.via = note.via.map { nodes[$0] ?? $0 }
                return named
            }
            var documents: [ObjectID: Report] = [:]
            for id in Set(notes.filter { $0.kind == .comment }.compactMap(\.revision) + [shown].compactMap { $0 }) {
                if let revision = try reader.revision(id) { documents[id] = try reader.report(root: revision.root) }
            }
            var threads = CommentThread.threads(of: notes) { note in
                guard let unit = UnitID(note.anchor) else { return note.anchor }
                return CommentAnchor.place(of: unit, in: note.revision.flatMap { documents[$0] }, language: language)
            }
            guard let shown, let target = documents[shown] else { return threads }
            // One diff for each revision comments were written on, into the one shown.
            var carried: [ObjectID: [UnitID: UnitID]] = [:]
            for (index, thread) in threads.enumerated() {
                guard let from = thread.comment.revision, let earlier = documents[from],
                    let unit = UnitID(thread.anchor)
                else { continue }
                if carried[from] == nil {
                    let units = threads.filter { $0.comment.revision == from }.compactMap { UnitID($0.anchor) }
                    carried[from] = UnitCarrying.carry(units, from: earlier, to: target)
                }
                if let now = carried[from]?[unit] {
                    threads[index].shownAnchor = now.description
                    threads[index].place = CommentAnchor.place(of: now, in: target, language: language)
                } else {
                    threads[index].shownAnchor = nil
                    threads[index].place +=
                        language == .english ? " (deleted or rewritten in this version)" : "（这一版中已删除或改写）"
                }
            }
            return threads
        }
    }

    /// A note's text as given: trimmed, not empty (unless `optional`), as ``checkNoteText(_:)`` wants it.
    static func noteText(_ text: String, optional: Bool = false) throws(RepositoryError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty, !optional { throw .workflow(.emptyText) }
        try checkNoteText(trimmed)
        return trimmed
    }
}

/// A unit a comment may be written on, as a form's choice lists it.
public struct CommentAnchor: Sendable, Hashable {
    /// The unit id (`section:三/paragraph:2`).
    public var unit: String
    /// Where it is in Chinese, with the start of a paragraph's text or a cell's value.
    public var label: String

    /// Every section, paragraph and table cell of a document, in reading order.
    ///
    /// - Parameters:
    ///   - report: The document.
    ///   - language: The language of the places' own words (``UnitPlace``); the report's text stays as written.
    public static func all(in report: Report, language: Language = .chinese) -> [CommentAnchor] {
        let info = RevisionInfo(id: "", author: "", time: Date(timeIntervalSince1970: 0), message: "")
        guard let entries = try? Blame.compute(along: [(info, report)]) else { return [] }
        // (each unit found in one index of the report: by itself, each counts the paragraphs before it, rv107 F7)
        let index = UnitIndex(report)
        let places = UnitPlace.labels(of: entries.map(\.unit), in: index, language: language)
        // (a cell of an optional row the report left out is no place on its page: ``TableTemplate/drawnRows(in:)``)
        return zip(entries, places).filter { !isUndrawn($0.0.unit, in: index) }.map { entry, place in
            var label = place
            if let content = entry.content?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty {
                if entry.kind == .section {
                    label = titled(place, heading: content)
                } else {
                    label +=
                        (language == .english ? ": " : "：")
                        + (content.count > 18 ? String(content.prefix(18)) + "…" : content)
                }
            }
            return CommentAnchor(unit: entry.unit.description, label: label)
        }
    }

    /// Whether a unit is a cell of a row its table does not draw: an optional row the report left out (the 2019
    /// format's 第二十条第（九）项), which the report page, the print view and the Word export do not show
    /// (``TableTemplate/drawnRows(in:)``), so that nobody can be asked about it.
    static func isUndrawn(_ unit: UnitID, in index: UnitIndex) -> Bool {
        let report = index.report
        guard case .cell(let row, _)? = unit.components.last, let position = index.position(of: unit),
            let block = position.block
        else { return false }
        var blocks = report.preamble
        if let path = position.section {
            var level = report.sections
            for index in path {
                guard level.indices.contains(index) else { return false }
                blocks = level[index].blocks
                level = level[index].sections
            }
        }
        guard blocks.indices.contains(block), let table = blocks[block].table, let definition = table.templateDefinition
        else { return false }
        return !definition.drawnRows(in: table).contains { $0.key == row }
    }

    /// Where a comment is, as the comments and the audit log name it: the unit's place (``UnitPlace``), a section
    /// with its title after its number (`一、总体情况`), as the form's list names it, never by its number alone.
    /// `history --section` heads its lines with it too. `language` is that of the place's own words (``UnitPlace``).
    public static func place(of unit: UnitID, in report: Report?, language: Language = .chinese) -> String {
        let place = UnitPlace.label(of: unit, in: report, language: language)
        guard case .section(_)? = unit.components.last, let report, let path = unit.position(in: report)?.section,
            !path.isEmpty
        else { return place }
        var level = report.sections
        var heading = ""
        for index in path {
            guard level.indices.contains(index) else { return place }
            heading = level[index].heading
            level = level[index].sections
        }
        return titled(place, heading: heading)
    }

    /// A section's place with its title after its number, as a report prints it: `一、总体情况`, `一、（一）主动公开情况`
    /// (no space after a number's own 、, bracket or point: rv108 F22 j; a space after anything else). A section
    /// without a number is already named by its title (``UnitPlace``): it is not named twice.
    static func titled(_ place: String, heading: String) -> String {
        let heading = Heading(heading)
        guard heading.number != nil, !heading.title.isEmpty else { return place }
        let joint = place.last.map { "、）).．".contains($0) } == true ? "" : " "
        return place + joint + (heading.title.count > 18 ? String(heading.title.prefix(18)) + "…" : heading.title)
    }
}
