// Pushes: which refs to move on a remote and which objects it may lack, and what the node records afterwards.

public import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// What to push to a remote, given its reports as it just listed them.
    ///
    /// A draft is pushed unless the remote has it (as its draft, in its draft's history, or as a second head). A mark
    /// is pushed when it moved here since the remote was last seen and differs there, expecting it where it was last
    /// seen there (`remote_ref`; unset when never seen), so that it moves only if nobody moved it meanwhile; over a
    /// mark the remote lists that this node did not see there last, it expects what the remote lists when nothing is
    /// lost by it (``MarkRules/replacesWithoutLoss(_:setAt:remote:setAt:seen:in:)``). A mark the remote no longer
    /// lists where it was last seen (its store went back: it lacks the mark, or holds one set before this node's,
    /// ``MarkRules/isLater(_:setAt:than:setAt:in:)``) is pushed again, expecting what it lists; `published` and
    /// `returned` only with the county's scope. Drafts of agencies the token does not reach, and county marks a
    /// township set, are not sent: the plan lists them with the reason (``PushPlan/unsent``).
    ///
    /// - Parameters:
    ///   - remote: The remote's name here.
    ///   - states: The remote's reports (those the token reaches).
    ///   - scope: What the token reaches on the remote.
    ///   - partial: `states` lists only the reports that changed on the remote since this node's last pull (and
    ///     those this node named): the plan then looks only at those and at the reports changed here since the last
    ///     complete push to the remote (``RemoteSyncState/local``), and at the drafts the token does not reach (listed
    ///     as unsent each time); every report when that is not known.
    ///   - trustingSeen: Count what this node last saw on the remote as held there, so that its objects are not sent
    ///     again (`true`); with `false`, only what the remote lists now: after the remote was restored from an older
    ///     backup, it lacks revisions this node saw there, and a push that left out their objects is refused.
    /// - Complexity: O(n) in the objects of the revisions pushed and of the remote's revisions held here; with
    ///   `partial`, O(k) in the reports changed on either side, whatever the store holds.
    public func pushPlan(
        to remote: String, states: [ReportState], scope: AccessScope, partial: Bool = false, trustingSeen: Bool = true
    ) async throws(RepositoryError)
        -> PushPlan
    {
        try await read { reader in
            // The sequence and the reports come from one snapshot: a change made here after it is after it.
            let localSequence = try reader.changeSequence()
            let locals: [ReportState]
            if partial, let pushed = try reader.remoteSyncState(remote: remote).local, pushed <= localSequence {
                var keys = try reader.reportsChanged(after: pushed) + states.map(\.report)
                // A draft the token cannot send (another office's report committed here by a slip) is named on every
                // push, not only the first after it was made: the person must not read "it has everything". (Its
                // report is not read further: the remote's state of it is not needed to leave it out.)
                if !scope.isAll {
                    keys += try reader.refs().filter { $0.name == .draft && !scope.allows(agency: $0.report.agency) }
                        .map(\.report)
                }
                locals = try Self.reportStates(of: keys, scope: .all, in: reader)
            } else {
                locals = try Self.reportStates(scope: .all, in: reader)
            }
            // Nothing changed on either side: nothing to read of what was seen there either.
            guard !locals.isEmpty else { return PushPlan(updates: [], objects: [], localSequence: localSequence) }
            let remoteStates = Dictionary(uniqueKeysWithValues: states.map { ($0.report, $0) })
            let seen = Dictionary(grouping: try reader.remoteRefs(remote: remote), by: \.report)
            var updates: [RefUpdate] = []
            var unsent: [UnsentRef] = []
            var have: [ObjectID] = []
            var notes: [Note] = []
            var keptNotes: [Note] = []
            var heldNotes: [Note] = []
            let remoteKeepsNotes = states.isEmpty || states.contains { $0.notes != nil }
            for local in locals {
                guard scope.allows(agency: local.report.agency) else {
                    if local.draft != nil {
                        unsent.append(UnsentRef(report: local.report, ref: .draft, reason: .outOfReach))
                    }
                    continue
                }
                let there = remoteStates[local.report]
                let seenRefs = Dictionary((seen[local.report] ?? []).map { ($0.ref, $0) }, uniquingKeysWith: { $1 })
                have += try ((there?.revisions ?? []) + (trustingSeen ? seenRefs.values.map(\.revision) : [])).filter {
                    try reader.contains($0)
                }
                let agency = local.agency
                // A remote that lists no notes for a report it has keeps none (a node older than schema 11).
                let listed: [Note]? = there == nil ? (remoteKeepsNotes ? [] : nil) : there?.notes
                if let listed, let mine = local.notes {
                    let chosen = Self.notesToSend(mine, listed: listed, scope: scope, listedWhole: there != nil)
                    notes += chosen.send
                    keptNotes += chosen.kept
                    heldNotes += chosen.held
                }
                if let draft = local.draft, try !Self.remote(there, holds: draft, in: reader) {
                    updates.append(
                        RefUpdate(
                            report: local.report, ref: .draft, revision: draft,
                            expected: seenRefs[.draft]?.revision, agency: agency))
                }
                // Whether the listing says where the remote stands on the report: a partial one leaves out a report
                // that did not change there.
                let stateKnown = there != nil || !partial
                for (mark, revision) in local.marks.sorted(by: { $0.key < $1.key }) {
                    let seenMark = seenRefs[.mark(mark)]
                    let theirs = there?.marks[mark]
                    var renews: Int64?
                    var expected = seenMark?.revision
                    if revision == theirs || (!stateKnown && revision == seenMark?.revision) {
                        // Set again here, on the revision the remote has, since this node last saw the remote's (a
                        // report submitted again unchanged after a return): sent with the remote's time of it.
                        guard let seenMark, seenMark.revision == revision, let moved = local.markMoved[mark],
                            moved > Int64(seenMark.seen.timeIntervalSince1970.rounded(.down)),
                            let theirs = there?.markMoved[mark] ?? seenMark.moved
                        else { continue }
                        renews = theirs
                        expected = revision
                    } else if let seenMark, stateKnown, seenMark.revision != theirs,
                        theirs == nil || seenMark.revision == revision || !trustingSeen
                    {
                        // The remote no longer lists the mark where this node last saw it, and this node's has not
                        // moved since (or the remote lacks it, or refused the push for lacking what was seen there):
                        // its store went back (restored from a backup), or another computer moved the mark since.
                        // Decided on what it lists now, as a pull that forgot what it saw there decides: this node's
                        // is sent again when the remote lacks the mark or holds one set before it
                        // (``MarkRules/isLater(_:setAt:than:setAt:in:)``), expecting what it lists; else the
                        // remote's stands and the next pull takes it. A county mark is the county's to set again.
                        if mark.isCountyOnly, !scope.isAll { continue }
                        if let theirs {
                            guard let moved = local.markMoved[mark],
                                try MarkRules.isLater(
                                    revision, setAt: moved, than: theirs, setAt: there?.markMoved[mark], in: reader)
                            else { continue }
                        }
                        expected = theirs
                    } else if revision == seenMark?.revision {
                        continue
                    } else if stateKnown, let theirs, seenMark?.revision != theirs, let moved = local.markMoved[mark],
                        try MarkRules.replacesWithoutLoss(
                            revision, setAt: moved, remote: theirs, setAt: there?.markMoved[mark], seen: seenMark,
                            in: reader)
                    {
                        // Moved here, while the remote lists a mark this node did not see there last (it never saw
                        // it, or it moved there since): sent over it only when nothing is lost, expecting what it
                        // lists (``MarkRules/replacesWithoutLoss(_:setAt:remote:setAt:seen:in:)``); else from where
                        // it was last seen, and the remote answers `stale`: the person pulls first.
                        expected = theirs
                    }
                    if mark.isCountyOnly, !scope.isAll {
                        unsent.append(UnsentRef(report: local.report, ref: .mark(mark), reason: .countyOnly))
                        continue
                    }
                    // Compare-and-swap from where this node last saw the mark there (nothing seen: unset), never
                    // from the listing just fetched: a mark another computer moved there since is then `stale`, not
                    // moved off that computer's submission. (From the listing only when the remote's store went back,
                    // above: its mark was set before this node's.)
                    updates.append(
                        RefUpdate(
                            report: local.report, ref: .mark(mark), revision: revision,
                            expected: expected, comment: local.comments[mark],
                            agency: agency, renews: renews))
                }
            }
            let plan = updates.isEmpty ? [] : try reader.transferPlan(want: updates.map(\.revision), have: have)
            return PushPlan(
                updates: updates, objects: plan.map(\.id), unsent: unsent, notes: notes, keptNotes: keptNotes,
                heldNotes: heldNotes, localSequence: localSequence)
        }
    }

    /// Records, after a push, the remote refs that now point where this node knows.
    ///
    /// - Parameters:
    ///   - results: The remote's answer to the push's ref updates.
    ///   - remote: The remote's name here.
    ///   - localSequence: The plan's ``PushPlan/localSequence``: remembered as sent when every update was taken
    ///     (none `stale` or `refused`), so that the next sync looks only at reports changed here after it.
    public func recordPush(
        _ results: [RefUpdateResult], to remote: String, localSequence: Int64? = nil, time: Date = Date()
    )
        async throws(RepositoryError)
    {
        try await write { writer in
            if let localSequence, !results.contains(where: { [.stale, .refused].contains($0.status) }) {
                var remembered = try writer.remoteSyncState(remote: remote)
                if remembered.local != localSequence {
                    remembered.local = localSequence
                    try writer.setRemoteSyncState(remembered, remote: remote)
                }
            }
            let seen = Dictionary(
                grouping: results.isEmpty ? [] : try writer.remoteRefs(remote: remote), by: \.report)
            for result in results {
                guard [.created, .fastForwarded, .moved, .unchanged].contains(result.status),
                    let current = result.current, try writer.contains(current)
                else { continue }
                // Unchanged there and already seen there: what this node knows of it (when the remote set it) stays.
                if result.status == .unchanged,
                    (seen[result.report] ?? []).contains(where: { $0.ref == result.ref && $0.revision == current })
                {
                    continue
                }
                try writer.setRemoteRef(
                    remote: remote, report: result.report, ref: result.ref, revision: current, at: time)
            }
        }
    }

    /// The reports changed here since the last complete push to a remote (``RemoteSyncState/local``); `nil` when
    /// that is not known (no push yet, or this store's sequence went back: it was replaced) or more than `limit`
    /// changed.
    public func changedSinceLastPush(to remote: String, limit: Int) async throws(RepositoryError) -> [ReportKey]? {
        try await read { reader in
            guard let pushed = try reader.remoteSyncState(remote: remote).local,
                pushed <= (try reader.changeSequence())
            else { return nil }
            let keys = try reader.reportsChanged(after: pushed)
            return keys.count <= limit ? keys : nil
        }
    }

    /// Records, after a push with nothing to send, that everything changed here up to a sequence was sent.
    public func recordPushed(localSequence: Int64, to remote: String) async throws(RepositoryError) {
        guard try await remoteSyncState(remote: remote).local != localSequence else { return }
        try await recordPush([], to: remote, localSequence: localSequence)
    }

    /// Whether a remote already holds a revision as a head: its draft, in its draft's history, or a second head.
    private static func remote(
        _ state: ReportState?, holds revision: ObjectID, in reader: some StoreReading
    ) throws
        -> Bool
    {
        guard let state else { return false }
        for head in [state.draft].compactMap({ $0 }) + state.otherHeads.values {
            if head == revision { return true }
            if try reader.contains(head), try RevisionGraph.isAncestor(revision, of: head, in: reader) { return true }
        }
        return false
    }
}
