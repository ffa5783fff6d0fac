// What a node does with what another node sends: objects, checked and stored whole or not at all, and ref moves,
// in the same transaction, within what the sender's token reaches.

public import Foundation
import Logging
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The most bytes one token's uploads may add that no ref reaches (a push interrupted before its last batch):
    /// 64 MiB, against reports of about 20 KB each.
    public static let defaultUploadQuota = 64 * 1024 * 1024

    /// Stores objects another node sent and applies its ref moves, all in one transaction.
    ///
    /// Every object is re-hashed and checked before it is stored (``StoreWriter/put(bytes:as:within:)``), in the
    /// order sent, which must put every object after what it refers to; what it refers to must be within what the
    /// sender reaches (or come in the same batch), and a revision's parents must be revisions of its own report. A
    /// new revision is held to the limits of a commit (``maxObjectsPerRevision``, ``maxBytesPerRevision``), its
    /// content sent in earlier batches counted too. A batch with any bad object is refused whole. Revision objects
    /// and ref moves must be of agencies the scope reaches, node names short and printable; `published` and
    /// `returned` need the county's scope. A revision an update names outside the sender's reach is answered as one
    /// the node does not have. These checks come first or roll the transaction back, so a refused request changes
    /// nothing.
    ///
    /// A mark that moves is recorded as set by the sender's label at this node's time, and its comment is kept under
    /// that label and time, whatever the sender claims. Objects no ref reaches after the updates count against the
    /// sender's upload quota.
    ///
    /// - Parameters:
    ///   - objects: The objects, children before parents.
    ///   - updates: The ref moves, applied after every object is stored.
    ///   - notes: Notes (comments, answers, resolutions, finding decisions) of reports the scope reaches, stored
    ///     with the objects unless the node has them; only the kinds the token's role may write (a township's
    ///     token: answers and resolutions), with an author that is a name and a time at most a day ahead
    ///     (``checkNotes(_:scope:role:now:)``). A note's revision must be one of its own report, held here or sent with
    ///     it; an answer's comment one of its own report, likewise. Each is recorded with the sender's label as
    ///     where it came from, and each new one has its audit line (``storeReceived(_:within:from:time:writer:)``).
    ///   - sender: Who sends.
    ///   - quota: The most bytes the sender's unreached uploads may add up to.
    ///   - maxRevisions: The most revisions `objects` may hold: the node measures each new one against the limits
    ///     of a revision, so a request of very many sharing one large report would hold the write lock long.
    ///   - time: When.
    /// A mark the sender set again on the revision it already marks here (``RefUpdate/renews``) is set again, with
    /// this node's time, when it is still as the sender saw it listed.
    ///
    /// - Throws: ``RepositoryError/agency(_:)`` with ``AgencyError/mergedAway(_:into:)`` for a report of an agency
    ///   id merged here into one the scope reaches, ``RepositoryError/outOfScope(agency:)``,
    ///   ``RepositoryError/countyOnly(mark:)``, ``RepositoryError/invalidNodeName(_:)``,
    ///   ``RepositoryError/reportTooLarge(objects:bytes:)``,
    ///   ``RepositoryError/uploadQuotaExceeded(limit:)``, ``RepositoryError/tooManyRevisions(limit:)``; for a note
    ///   what ``checkNotes(_:scope:role:now:)`` throws and ``RepositoryError/answeredCommentNotFound(_:)``;
    ///   ``RepositoryError/store(_:)`` with
    ///   ``StoreError/invalidObject(_:_:)``, ``StoreError/missingReference(_:referencedBy:)``,
    ///   ``StoreError/foreignParent(_:parent:)``, ``StoreError/revisionNotFound(_:)`` … for a bad object or update.
    public func receive(
        objects: [ReceivedObject], updates: [RefUpdate], notes: [Note] = [], from sender: Sender,
        quota: Int = defaultUploadQuota, maxRevisions: Int = .max, time: Date = Date()
    ) async throws(RepositoryError) -> ReceiveOutcome {
        // Before the scope check: a township's token reaches the agency its old id was merged into, not the old id.
        if !updates.isEmpty {
            try await read { try Self.checkMerges(updates: updates, scope: sender.scope, reader: $0) }
        }
        try Self.checkObjects(objects, role: sender.role)
        try Self.checkRevisions(objects, scope: sender.scope, maxRevisions: maxRevisions)
        try Self.checkScope(updates: updates, scope: sender.scope, role: sender.role)
        try Self.checkNotes(notes, scope: sender.scope, role: sender.role, now: time)
        let outcome = try await write { writer in
            // Again in the transaction: a merge made meanwhile.
            try Self.checkMerges(updates: updates, scope: sender.scope, reader: writer)
            var reach = try writer.reach(of: sender.scope, uploadsOf: sender.token)
            var stored = PutSummary()
            var newRevisions: [ObjectID] = []
            try writer.lookUp(objects.map(\.id))
            for object in objects {
                // Within the whole store, an object put that writes nothing was there; within a township's reach, an
                // object stored for others only is new to it.
                if !reach.isEverything, try writer.contains(object.id, within: reach) {
                    stored.existing += 1
                    continue
                }
                // A revision new to the store is held to the limits once everything of this request is stored.
                let written = try writer.put(bytes: object.bytes, as: object.id, within: &reach) { _ in
                    newRevisions.append(object.id)
                }
                if reach.isEverything, written == 0 {
                    stored.existing += 1
                    continue
                }
                stored.stored += 1
                stored.bytes += written
                if let token = sender.token {
                    let bytes = written > 0 ? written : try writer.storedSize(of: object.id) ?? 0
                    try writer.recordUpload(object.id, token: token, bytes: bytes, at: time)
                }
            }
            try Self.checkSize(ofReceived: newRevisions, in: writer)
            if sender.token != nil { try Self.checkTableShapes(objects, in: writer) }
            // Who sent them, as this node knows it: the pages say so beside the author each claims.
            if sender.token != nil {
                for revision in newRevisions {
                    try writer.recordRevisionReceipt(revision, sender: sender.label, at: time)
                }
            }
            // (before the refs: a finding a county computer's reviewer dismissed before publishing comes with them)
            try Self.storeReceived(notes, within: reach, from: sender.label, time: time, writer: writer)
            var results: [RefUpdateResult] = []
            for update in updates {
                guard try !writer.revisions([update.revision], within: reach).isEmpty else {
                    throw StoreError.revisionNotFound(update.revision)
                }
                try Self.saveAgency(update.agency, forAgency: update.report.agency, scope: sender.scope, writer: writer)
                results.append(
                    update.isDraft
                        ? try Self.applyDraft(update, origin: sender.origin.recorded, time: time, writer: writer)
                        : try Self.applyMark(
                            update, sender: sender.label, time: time, checkingRules: sender.token != nil,
                            writer: writer))
            }
            for result in results where [.created, .fastForwarded, .moved, .conflict].contains(result.status) {
                try Self.auditReceived(
                    result.revision, of: result.report, mark: result.ref.mark, conflict: result.status == .conflict,
                    from: sender.label,
                    merged: result.ref == .draft && result.status == .fastForwarded && result.current != result.revision
                        ? result.current : nil,
                    time: time, writer: writer)
            }
            if let token = sender.token {
                let reached = results.filter { ![.stale, .refused].contains($0.status) }.map(\.revision)
                try writer.settleUploads(of: token, reachedFrom: reached)
                guard try writer.pendingUploadBytes(of: token) <= quota else {
                    throw RepositoryError.uploadQuotaExceeded(limit: quota)
                }
            }
            return ReceiveOutcome(stored: stored, results: results)
        }
        logger.info(
            "received",
            metadata: [
                "objects": "\(outcome.stored.stored)", "updates": "\(updates.count)", "sender": "\(sender.label)",
            ])
        return outcome
    }

    /// Writes the audit log's line for a draft or mark another node moved here, in its transaction: who sent it (a
    /// push's token holder, or the remote a pull came from), and the revision's author and node as it says them.
    ///
    /// - Parameters:
    ///   - mark: The mark moved; `nil` for the draft.
    ///   - setter: Who set the mark there, as a pulled listing names them (the county's 王审核, who published): the
    ///     line had named only the version's author (user review rv117, M10).
    ///   - conflict: The revision arrived as a second head, opening a conflict.
    static func auditReceived(
        _ revision: ObjectID, of report: ReportKey, mark: Mark?, setter: String? = nil, conflict: Bool = false,
        from sender: String, merged: ObjectID? = nil, time: Date, writer: StoreWriter
    ) throws {
        let content = try writer.requireRevision(revision).content
        let what: AuditWording.ReceivedThing =
            mark.map { setter == nil ? .mark($0) : .markSet($0) } ?? (conflict ? .conflict : .draft)
        let detail = AuditWording.receivedDetail(
            what, setter: setter, number: try writer.generations(of: [revision])[revision], author: content.author,
            node: content.node,
            merged: try merged.map { try writer.generations(of: [$0])[$0] })
        try writer.appendAudit(
            person: sender, action: .syncReceived, report: report, revision: revision, detail: detail, time: time)
    }

    /// Records what another node says of a report's agency, within the scope: an agency this node does not know is
    /// added with its kind and aliases (never an id merged away here), under its name only when that is a name no
    /// other agency has here (else under its id, for the county to name: `agency rename`); one it knows gets the
    /// kind when it has none, and the aliases that name no other agency's office here — the other node's name for
    /// it among them (the county renamed 常张乡 常张镇: the township's reports under the new name are its own). From
    /// a township's token, only an alias of the same office as a name this node has for the agency (its name, or
    /// the old name the county kept): a township cannot give itself another office's name, registered here or not,
    /// and have this node file that office's reports as its own (review rr95, finding 1). Its name and parent stay
    /// this node's. A parent this node does not know is recorded (named by its id) only for the
    /// county's scope. (A township's token reaches only agencies registered here: `token create` refuses others.)
    ///
    /// - Parameter id: The agency the record must be of: the report's the update moves (or, for a puller, the
    ///   agency the listing gives it for).
    static func saveAgency(_ agency: Agency?, forAgency id: String, scope: AccessScope, writer: StoreWriter) throws {
        guard let agency, agency.id == id, scope.allows(agency: agency.id), Agency.isValidID(agency.id),
            try writer.agencyMerge(of: agency.id) == nil
        else { return }
        if var known = try writer.agency(agency.id) {
            if known.kind == nil, let kind = agency.kind {
                known.kind = kind
                try writer.save(known)
            }
        } else {
            var saved = agency
            // The name the sender gives is taken only as `agency add` would take it: a name, and no other agency's
            // here (同一个名称只能指一个机关); else the agency is named by its id until the county names it.
            saved.name = agencyName(agency.name, of: agency.id, writer: writer) ?? agency.id
            if let parent = agency.parent, try writer.agency(parent) == nil {
                if Agency.isValidID(parent), scope.isAll {
                    try writer.save(Agency(id: parent, name: parent))
                } else {
                    saved.parent = nil
                }
            }
            try writer.save(saved)
        }
        guard let known = try writer.agency(agency.id) else { return }
        for alias in agency.aliases + [agency.name] where alias != known.name && alias != agency.id {
            // Never a name of another office: a sender cannot make this node take that office's reports for its
            // own. A township's token gives only names of its own office (长子县常张乡人民政府 for 常张乡人民政府, or
            // the old name the county keeps as an alias): the county names offices, not the townships.
            guard let alias = agencyName(alias, of: agency.id, writer: writer),
                scope.isAll || ([known.name] + known.aliases).contains(where: { ReportMismatch.sameOffice($0, alias) })
            else { continue }
            _ = try writer.addAlias(alias, normalized: AgencyNaming.normalized(alias), to: agency.id)
        }
    }

    /// A name another node gives an agency, as this node takes it: checked as `agency add` checks a name
    /// (``checkedAgencyName(_:)``, ``checkNamesFree(_:for:orSameOffice:in:)``); `nil` when it is not a name, or
    /// names the office of another agency here (its name or an alias, or the same office written longer or
    /// shorter: 长子县大庄乡人民政府 for 大庄乡人民政府).
    private static func agencyName(_ name: String, of id: String, writer: StoreWriter) -> String? {
        guard let name = try? checkedAgencyName(name),
            (try? checkNamesFree([name], for: id, orSameOffice: true, in: writer)) != nil
        else { return nil }
        return name
    }

    private static func applyDraft(
        _ update: RefUpdate, origin: String, time: Date, writer: StoreWriter
    ) throws
        -> RefUpdateResult
    {
        let node = try writer.requireRevision(update.revision).content.node
        let outcome = try HeadKeeper.absorb(
            update.revision, into: update.report, headName: "from-\(node)", origin: origin, time: time, writer: writer)
        let status: RefUpdateStatus =
            switch outcome.status {
            case .created: .created
            case .fastForwarded: .fastForwarded
            case .unchanged: .unchanged
            case .conflict: .conflict
            }
        return RefUpdateResult(
            report: update.report, ref: update.ref, status: status, revision: update.revision, current: outcome.draft,
            conflict: outcome.conflict, closed: outcome.closed)
    }

    /// Moves a mark as another node sent it; `checkingRules` (a push to this node) refuses a county mark the
    /// county's rules refuse (``breaksCountyRules(_:in:)``), that mark alone.
    private static func applyMark(
        _ update: RefUpdate, sender: String, time: Date, checkingRules: Bool, writer: StoreWriter
    ) throws -> RefUpdateResult {
        guard let mark = update.ref.mark else {
            throw RepositoryError.malformedRef("\(update.report)@\(update.ref)")
        }
        let name = mark.refName
        let ref = try writer.ref(name, of: update.report)
        let current = ref?.revision
        func result(_ status: RefUpdateStatus, _ now: ObjectID?) -> RefUpdateResult {
            RefUpdateResult(
                report: update.report, ref: update.ref, status: status, revision: update.revision, current: now)
        }
        // What the sender wrote is kept; who and when are this node's own record.
        let comment = update.comment.map {
            MarkComment(
                report: update.report, mark: mark, comment: $0.comment, author: sender, time: time, forced: $0.forced)
        }
        if current == update.revision {
            // Set again on the same revision (submitted again unchanged after a return): only if the mark is still
            // as the sender saw it listed, so that a retried push does not set it once more.
            if let renews = update.renews, let ref, Int64(ref.moved.timeIntervalSince1970.rounded(.down)) == renews {
                try writer.moveRef(name, of: update.report, to: update.revision, expecting: .current(current), at: time)
                try writer.setMarkReceipt(
                    MarkReceipt(
                        report: update.report, mark: mark, revision: update.revision, sender: sender, received: time))
                try writer.setMarkComment(comment, mark: mark, of: update.report)
                return result(.moved, current)
            }
            if let comment { try writer.setMarkComment(comment, mark: mark, of: update.report) }
            return result(.unchanged, current)
        }
        guard current == update.expected else { return result(.stale, current) }
        if mark == .published, !(try writer.conflicts(openOnly: true, report: update.report).isEmpty) {
            return result(.refused, current)
        }
        if checkingRules, try breaksCountyRules(update, in: writer) { return result(.refused, current) }
        try writer.moveRef(name, of: update.report, to: update.revision, expecting: .current(current), at: time)
        try writer.setMarkReceipt(
            MarkReceipt(
                report: update.report, mark: mark, revision: update.revision, sender: sender, received: time))
        try writer.setMarkComment(comment, mark: mark, of: update.report)
        return result(current == nil ? .created : .moved, update.revision)
    }
}
