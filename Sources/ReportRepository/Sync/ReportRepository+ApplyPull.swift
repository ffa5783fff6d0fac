// Taking in a pull: the objects it brought, then its refs, marks and agencies, each report whole or not at all.

public import Foundation
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Stores objects a pull brought, whole or not at all (each checked against its name, every revision's parents
    /// of its own report and its node name a short printable one).
    ///
    /// - Parameters:
    ///   - remote: The remote they came from: each revision new here is recorded as received from it
    ///     (``RevisionReceipt``), as a push's are from the token that sent them. `nil`: no receipts.
    ///   - time: When they arrived.
    /// - Throws: ``RepositoryError/invalidNodeName(_:)``; ``RepositoryError/store(_:)`` for a bad object.
    @discardableResult
    public func store(
        _ objects: [ReceivedObject], from remote: String? = nil, time: Date = Date()
    ) async throws(RepositoryError) -> PutSummary {
        try await write { writer in
            var summary = PutSummary()
            var everything = ObjectReach.everything
            var revisions: [ObjectID] = []
            try writer.lookUp(objects.map(\.id))
            for object in objects {
                // The node name is checked as the store decodes the revision (a revision it holds was checked when
                // it came), not in a decoding of its own.
                let written = try writer.put(bytes: object.bytes, as: object.id, within: &everything) { revision in
                    try Self.checkNodeName(of: revision)
                    revisions.append(object.id)
                }
                summary.count(written: written)
            }
            if let remote {
                for revision in revisions { try writer.recordRevisionReceipt(revision, sender: remote, at: time) }
            }
            return summary
        }
    }

    /// Takes in the refs of a remote after its objects are stored, in one transaction: each remote head is taken as
    /// a head here (fast-forward, or a second head and an open conflict), marks that moved on the remote since this
    /// node last saw them move here, and the remote's refs are recorded as seen.
    ///
    /// - Parameters:
    ///   - states: The remote's reports.
    ///   - remote: The remote's name here (the name of a second head its line is kept under).
    ///   - node: The remote's own node name (its listing's), which a conflict records as where the other line came
    ///     from (`pull from 县政务公开办`); `nil` or not a node name: the remote's name here.
    ///   - sync: What to remember of this pull, in the same transaction (``PulledSequence``); `nil` leaves what
    ///     this node remembers of the remote's sequence as it is.
    ///   - scope: What this node's token reaches on the remote: the marks it may set there (a township's,
    ///     `submitted`) are never moved back to an older mark of the remote (see ``PulledReport/kept``).
    ///   - merges: The agency merges the remote listed: a report's listed notes of the same year of an id merged
    ///     into its agency there (the county's comments written under the old id) are taken with its own.
    ///   - agencies: The records of the agencies the token reaches that the remote listed (a township's token: its
    ///     own office), each taken as a listed report's agency record is (``takeAgency(_:of:from:time:writer:)``),
    ///     so that a new township node knows its office before it has a report of it (user review rv117, F1).
    ///   - remoteWentBack: The remote's store went back (a backup put in its place) and `states` is its full listing:
    ///     what this node held of it that it no longer has is taken in (``PulledReport/lostThere``).
    ///   - time: When.
    /// - Returns: What happened to each report where anything did.
    public func applyPull(
        _ states: [ReportState], from remote: String, node: String? = nil, sync: PulledSequence? = nil,
        scope: AccessScope = .all, merges: [AgencyMerge] = [], agencies: [Agency] = [], remoteWentBack: Bool = false,
        time: Date = Date()
    ) async throws(RepositoryError)
        -> [PulledReport]
    {
        let named = node.flatMap { NodeName.isValid($0) ? $0 : nil }
        let origin = ConflictOrigin.pulled(from: named ?? remote)
        return try await write { writer in
            let before = try writer.changeSequence()
            // (the office the remote is, as it names itself: what its receipts and audit lines say, older ones too)
            if let named { try writer.setNodeName(named, ofRemote: remote) }
            for var agency in agencies where scope.allows(agency: agency.id) {
                // (not the office above it when this node does not know it: a department's 上级 was added as an
                // agency named by its id, rv118)
                if let parent = agency.parent, try writer.agency(parent) == nil { agency.parent = nil }
                try Self.takeAgency(agency, of: nil, from: remote, time: time, writer: writer)
            }
            let held = remoteWentBack ? try Self.countyMarksHeld(states, scope: scope, writer: writer) : [:]
            var pulled = try Self.apply(
                states, from: remote, origin: origin, sender: named ?? remote, scope: scope, merges: merges,
                time: time, writer: writer)
            if remoteWentBack {
                let movedBack = Dictionary(pulled.map { ($0.report, $0.older) }, uniquingKeysWith: { $0.union($1) })
                let lost = try Self.takeWentBack(
                    states, from: remote, sender: named ?? remote, scope: scope, held: held, movedBack: movedBack,
                    time: time, writer: writer)
                for (key, there) in lost.sorted(by: { $0.key < $1.key }) {
                    if let index = pulled.firstIndex(where: { $0.report == key }) {
                        pulled[index].lostThere = there
                    } else {
                        var report = PulledReport(report: key, heads: [], marks: [:], comments: [:])
                        report.lostThere = there
                        pulled.append(report)
                    }
                }
            }
            if let sync {
                var remembered = try writer.remoteSyncState(remote: remote)
                remembered.since = sync.sequence
                remembered.identity = sync.identity
                if sync.full { remembered.full = time }
                // Nothing changed here since the last complete push to the remote (or ever): what this pull changed
                // came from the remote, which has it, so the next push need not look at it. (Not a merge of two lines
                // with the same text made here: the remote lacks it.)
                let mergedHere = pulled.contains { $0.heads.contains(where: \.mergedSameText) }
                if !mergedHere, remembered.local == before || (remembered.local == nil && before == 0) {
                    remembered.local = try writer.changeSequence()
                }
                try writer.setRemoteSyncState(remembered, remote: remote)
            }
            return pulled
        }
    }

    private static func apply(
        _ states: [ReportState], from remote: String, origin: ConflictOrigin, sender: String, scope: AccessScope,
        merges: [AgencyMerge], time: Date, writer: StoreWriter
    ) throws
        -> [PulledReport]
    {
        var pulled: [PulledReport] = []
        var agenciesTaken = Set<String>()
        let seenByReport = Dictionary(grouping: try writer.remoteRefs(remote: remote), by: \.report)
        // (the audit log names who sent what it received as people know it — 县政务公开办 — not by the remote's name
        // here, `county`: `log` named the county's 退回 so, user review ux98, finding D)
        let sender = if case .pulled(let node) = origin { node } else { remote }
        for state in states {
            // Notes are immutable and named by their content: every one not here yet is taken. Those of another
            // report only when they are of the same year of an id the remote merged into this report's agency (it
            // lists them with the report their id's reports live on as); a note of any other report is left out.
            let agencies = AgencyMerge.agencies(mergedInto: state.report.agency, among: merges)
            var notes: [Note] = []
            for note in state.notes ?? []
            where note.report.year == state.report.year && agencies.contains(note.report.agency) {
                var note = note
                note.via = remote
                if try writer.insertNote(note, received: time) { notes.append(note) }
            }
            let seen = Dictionary((seenByReport[state.report] ?? []).map { ($0.ref, $0) }, uniquingKeysWith: { $1 })
            // The agency's record, whether or not anything else moved: the county renamed the office (撤乡设镇).
            if let agency = state.agency, agenciesTaken.insert(agency.id).inserted {
                try Self.takeAgency(agency, of: state.report, from: remote, time: time, writer: writer)
            }
            // Nothing moved there since the last pull (its draft and marks were taken in then, in the same
            // transaction that recorded them as seen): nothing to do here either.
            if state.otherHeads.isEmpty, seen[.draft]?.revision == state.draft,
                state.marks.allSatisfy({ mark, revision in
                    let seenMark = seen[.mark(mark)]
                    return seenMark?.revision == revision
                        && (state.markMoved[mark] == nil || seenMark?.moved == state.markMoved[mark])
                })
            {
                if !notes.isEmpty {
                    pulled.append(
                        PulledReport(report: state.report, heads: [], marks: [:], comments: [:], notes: notes))
                }
                continue
            }
            var report = PulledReport(report: state.report, heads: [], marks: [:], comments: [:], notes: notes)
            var heads: [(String, ObjectID)] = state.draft.map { [(remote, $0)] } ?? []
            // Names from the wire: a second head whose name is not a short printable one is not taken.
            heads += state.otherHeads.keys.sorted().compactMap { name in
                guard NodeName.isValid("\(remote)-\(name)") else { return nil }
                return state.otherHeads[name].map { ("\(remote)-\(name)", $0) }
            }
            for (name, revision) in heads {
                guard try writer.contains(revision) else { continue }
                let outcome = try HeadKeeper.absorb(
                    revision, into: state.report, headName: name, origin: origin.recorded,
                    time: time,
                    writer: writer)
                if outcome.status != .unchanged || !outcome.closed.isEmpty { report.heads.append(outcome) }
                if outcome.status != .unchanged {
                    try Self.auditReceived(
                        revision, of: state.report, mark: nil, conflict: outcome.status == .conflict, from: sender,
                        merged: outcome.mergedSameText ? outcome.draft : nil, time: time, writer: writer)
                }
            }
            if let draft = state.draft, seen[.draft]?.revision != draft, try writer.contains(draft) {
                try writer.setRemoteRef(remote: remote, report: state.report, ref: .draft, revision: draft, at: time)
            }
            // A mark this node does not know was left out of the listing (`Schema/sync-protocol.md`,
            // "Strictness").
            for (mark, revision) in state.marks.sorted(by: { $0.key < $1.key }) {
                guard try writer.contains(revision) else { continue }
                let seenMark = seen[.mark(mark)]
                let listedMoved = state.markMoved[mark]
                // Set again there on the revision it marked when this node last saw it (a report returned again
                // unchanged): by the remote's own clock, so only against a time the remote listed before.
                let renewed =
                    seenMark?.revision == revision && seenMark?.moved != nil && listedMoved != nil
                    && seenMark?.moved != listedMoved
                let ref = mark.refName
                let here = try writer.ref(ref, of: state.report)
                // What the remote lists is not known to have moved there since this node last saw it: never seen (a
                // first pull), forgotten (the remote's store was replaced), or set before what was last seen there
                // (by the remote's own clock: a restored copy).
                let unknown = MarkRules.isUnknownMove(to: revision, listedAt: listedMoved, seen: seenMark)
                if unknown, let here, here.revision != revision,
                    try MarkRules.isLater(
                        here.revision, setAt: Int64(here.moved.timeIntervalSince1970.rounded(.down)),
                        than: revision, setAt: listedMoved, in: writer)
                {
                    if scope.allows(agency: state.report.agency), !mark.isCountyOnly || scope.isAll {
                        // This node's own mark, set after the remote's: kept, and the remote's recorded as seen, so
                        // that the next push sends it again expecting the remote's.
                        report.kept[mark] = KeptMark(
                            here: here.revision, remote: revision, remoteWentBack: seenMark != nil)
                        try writer.setRemoteRef(
                            remote: remote, report: state.report, ref: .mark(mark), revision: revision,
                            moved: listedMoved, at: time)
                        continue
                    }
                    // Only the remote sets it (the county's return): its mark stands, said as older.
                    report.older.insert(mark)
                }
                if seenMark?.revision != revision || renewed {
                    if renewed || here?.revision != revision {
                        // At the time it was set there (never later than now): both nodes then decide the report's
                        // status on the same facts (a submission here after the county's return stays the latest).
                        let setAt = listedMoved.map { min(Date(timeIntervalSince1970: TimeInterval($0)), time) } ?? time
                        try writer.moveRef(ref, of: state.report, to: revision, at: setAt)
                        report.marks[mark] = revision
                        let setter = state.comments[mark] == nil ? state.markSetters[mark] : nil
                        if let setter { report.setters[mark] = setter }
                        try Self.auditReceived(
                            revision, of: state.report, mark: mark, setter: setter, from: sender, time: time,
                            writer: writer)
                    }
                    try writer.setMarkComment(state.comments[mark], mark: mark, of: state.report)
                    if let comment = state.comments[mark] { report.comments[mark] = comment }
                }
                if seenMark?.revision != revision || (listedMoved != nil && seenMark?.moved != listedMoved) {
                    try writer.setRemoteRef(
                        remote: remote, report: state.report, ref: .mark(mark), revision: revision,
                        moved: listedMoved, at: time)
                }
            }
            if !report.heads.isEmpty || !report.marks.isEmpty || !report.kept.isEmpty || !report.notes.isEmpty {
                pulled.append(report)
            }
        }
        return pulled
    }

    /// Takes in what a remote (the county) lists of a report's agency, whether or not anything else of the report
    /// moved: an agency this node does not know is added; one it knows takes the remote's name, its own old name
    /// kept as an alias (as the county keeps it when it renames an office, 撤乡设镇), unless that name is another
    /// agency's here, or names another office (``checkNamesFree(_:for:orSameOffice:in:)``); and the aliases that
    /// are no other agency's name (``saveAgency(_:forAgency:scope:writer:)``). Never an id merged away here.
    ///
    /// - Parameter report: The report whose listing carried the record (only its own agency's is taken), or `nil`
    ///   for the listing's records of the agencies the token reaches.
    static func takeAgency(
        _ agency: Agency, of report: ReportKey?, from remote: String, time: Date, writer: StoreWriter
    ) throws {
        guard report.map({ agency.id == $0.agency }) ?? true, Agency.isValidID(agency.id),
            try writer.agencyMerge(of: agency.id) == nil
        else { return }
        if var known = try writer.agency(agency.id), known.name != agency.name,
            let name = try? checkedAgencyName(agency.name),
            (try? checkNamesFree([name], for: agency.id, orSameOffice: true, in: writer)) != nil
        {
            let old = known.name
            known.name = name
            try writer.save(known)
            if AgencyNaming.normalized(old) != AgencyNaming.normalized(name), old != agency.id,
                try writer.agencyID(ofAlias: AgencyNaming.normalized(old)) == nil
            {
                try saveAlias(old, to: agency.id, in: writer)
            }
            try relabelTokens(ofAgency: agency.id, from: old, to: name, in: writer)
            try writer.appendAudit(
                person: remote, action: .agencyRename,
                detail: AuditWording.agencyRenamedBySync.detail(old, agency.id, name, remote), time: time)
        }
        try saveAgency(agency, forAgency: agency.id, scope: .all, writer: writer)
    }
}
