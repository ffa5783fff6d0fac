// Committing a report as a new revision of its draft.

public import Foundation
import Logging
public import ReportModel
import ReportParser
public import RevisionStore

extension ReportRepository {
    /// Commits a report as a new revision of its draft, in one transaction; a document equal to the draft head
    /// commits nothing.
    ///
    /// The agency is added to the repository when it is new: as `agency` says, else named as the report names it.
    ///
    /// The wrong report never replaces a draft: a text that names another agency or year than `key`
    /// (``ReportMismatch``), or names neither an agency nor a year, is refused unless `force` is given, and then the
    /// revision's message records it; a restore (``ReportSource/restoresEarlierText``) puts back a text the report
    /// accepted once as it was, its message recording the mismatch again. This is checked first, on the file's own text, before it is compared with the
    /// draft's versions. A text that names one of the two only is committed with a warning.
    ///
    /// - Parameters:
    ///   - report: The document.
    ///   - key: Which report (agency id and year).
    ///   - author: Who (``author(given:)``); an empty name is refused.
    ///   - message: Why.
    ///   - agency: The agency to record when it is new (its id must be `key.agency`); a parent it names that the
    ///     repository does not know is recorded too, named by its id.
    ///   - time: When (cut to whole seconds).
    ///   - mergingHeads: Record the document as the merge of the draft and every second head the report has while a
    ///     sync conflict is open (the person resolved it by editing): the new revision has them all as parents and
    ///     the conflicts close.
    ///   - force: Commit a text that names another agency or year anyway; the message records that it was forced.
    ///   - source: What the revision keeps of the file the report was read from: the parser's diagnostics, and the
    ///     original file (stored once as blobs, however often it is committed). A document equal to the draft head
    ///     is still unchanged, unless it comes with another original than the head's (the Word file Nianbao made of
    ///     the head, sent back unedited, is not another): then the revision keeps that file, and its message and a
    ///     caution say the text is the head's (``CommitWarning/sameTextNewOriginal(_:file:)``). A Word file exported from an earlier revision of the draft
    ///     is merged with what the draft changed since (``rebased(_:to:basedOn:author:force:)``); where both changed
    ///     the same place it is refused unless `force` is given. A file that names no revision is merged the same way
    ///     from the author's own revision it was most likely edited from, when others changed the draft since, and
    ///     refused unless `force` is given when it would still put back the older text of places others changed.
    ///   - audit: The audit log's line for it, written with the revision (none when nothing is committed).
    ///   - refusingPublished: Refuse it when the report is published (已公开) — an upload its person did not confirm
    ///     (``RepositoryError/publishedUnconfirmed(_:version:)``), checked inside the write transaction, so that a publish
    ///     landing while the file was read is not passed over. A document the draft already has stays unchanged.
    ///   - keepingLaterDraft: Leave the draft as it is, unchanged with a warning, when the document is the content of
    ///     an earlier revision in the draft's history (an import run again after the draft was edited), instead of
    ///     committing the old text over the edits. Any other file is checked as the person's own copy, as a file that
    ///     names no revision is: an edited older copy in an imported folder never silently undoes others' changes.
    /// - Returns: The new revision, or the unchanged head.
    /// - Throws: ``RepositoryError/wrongReport(_:)``, ``RepositoryError/authorMissing``,
    ///   ``RepositoryError/reportTooLarge(objects:bytes:)``,
    ///   ``RepositoryError/invalidAgencyID(_:)``, ``RepositoryError/invalidYear(_:)``, ``RepositoryError/agency(_:)``
    ///   (``AgencyError/mergedInto(_:into:name:)``) for an id merged into another,
    ///   ``RepositoryError/publishedUnconfirmed(_:version:)``, or a store error; the repository is then unchanged.
    ///   - scope: What the sender reaches (a web session's): a wrong report's refusal names only offices in it.
    ///   - checking: Run the checks on the new revision while it is written, on another thread, so that its
    ///     findings (``decidedFindings(of:)``) are then answered from memory: what `nianbao commit` prints next.
    @discardableResult
    public func commit(
        _ report: Report, to key: ReportKey, author: String, message: String, agency: Agency? = nil,
        time: Date = Date(), mergingHeads: Bool = false, force: Bool = false, source: ReportSource? = nil,
        keepingLaterDraft: Bool = false, audit: AuditNote? = nil, refusingPublished: Bool = false,
        checking: Bool = false, scope: AccessScope = .all
    ) async throws(RepositoryError) -> CommitOutcome {
        // A Word file is merged with what the draft changed since it was exported, before the write; when another
        // commit moves the draft in between (two clerks uploading at once), the merge is made again on the new draft,
        // so that neither upload lays itself over the other unseen.
        var attempt = 1
        while true {
            do {
                return try await commitOnce(
                    report, to: key, author: author, message: message, agency: agency, time: time,
                    mergingHeads: mergingHeads, force: force, source: source, keepingLaterDraft: keepingLaterDraft,
                    audit: audit, refusingPublished: refusingPublished, checking: checking, scope: scope)
            } catch .store(.refMoved(key, ref: .draft, let expected, let found)) where attempt < Self.commitAttempts {
                logger.info(
                    "commit retried: the draft moved",
                    metadata: [
                        "report": "\(key)", "expected": "\(expected?.shortHex() ?? "-")",
                        "found": "\(found?.shortHex() ?? "-")",
                    ])
                attempt += 1
            }
        }
    }

    /// How often a commit is made again when the draft moved while it was being prepared (a file naming no revision
    /// is checked against the draft it goes onto, so two people committing at once both meet it).
    public static let commitAttempts = 6

    /// One try of
    /// ``commit(_:to:author:message:agency:time:mergingHeads:force:source:keepingLaterDraft:audit:refusingPublished:)``:
    /// throws ``StoreError/refMoved(_:ref:expected:found:)`` when the draft is no longer the one a Word file was
    /// merged onto.
    private func commitOnce(
        _ report: Report, to key: ReportKey, author: String, message: String, agency: Agency?,
        time: Date, mergingHeads: Bool, force: Bool, source: ReportSource?,
        keepingLaterDraft: Bool, audit: AuditNote?, refusingPublished: Bool, checking: Bool, scope: AccessScope
    ) async throws(RepositoryError) -> CommitOutcome {
        guard Agency.isValidID(key.agency) else { throw .invalidAgencyID(key.agency) }
        guard ReportKey.years.contains(key.year) else { throw .invalidYear(key.year) }
        let author = try Self.checkedAuthor(author)
        // The wrong report first, on the file's own text: another office's report is never told it is an older
        // version of this one (whose --force would then commit it here).
        let agencies = try await read { reader in try reader.agencies() }
        var mismatch = ReportMismatch.between(
            agency: report.agency, year: report.year, target: key, agencies: agencies,
            statedYears: (
                report.titleYear, report.statisticsPeriodYear, source?.fileName.flatMap(YearMentions.inFileName)
            ), scope: scope)
        // (an earlier year's file with its title changed: which of that year's versions it was downloaded from)
        if let found = mismatch, found.isPeriodYearLeft {
            mismatch?.downloadedFrom = try await periodReportVersion(source?.basedOn, of: key, found, scope: scope)
        }
        // (a restore puts back a text this report accepted once, forced or not: not a new claim, rv114 F10)
        let restoring = source?.restoresEarlierText == true
        if let mismatch, !force, !restoring { throw .wrongReport(mismatch) }
        // An import run again: a file that is exactly an earlier text of the draft leaves the draft as it is (below).
        let earlier = keepingLaterDraft ? try await earlierText(ObjectGraph.objects(of: report).root, of: key) : nil
        // A Word file downloaded from an earlier version of the draft and edited: what changed since is merged in.
        // A file naming no revision is checked against the person's own revision it was edited from: a copy kept on
        // their computer (or an edited copy in an imported folder) does not silently undo what others changed since
        // (not for a merge's text, nor a restore, which puts an earlier text back on purpose).
        let inferFrom = source != nil && !restoring && !mergingHeads ? author : nil
        let made =
            earlier != nil
            ? RebasedReport(report: report)
            : try await rebased(
                report, to: key, basedOn: source?.basedOn, author: inferFrom, force: force, shown: source?.shownDraft)
        // A text resolving a conflict is checked against the merge of the lines: it never drops the other's changes.
        let rebased = mergingHeads && earlier == nil ? try await checkedResolution(made, of: key, force: force) : made
        let report = rebased.report
        // The report's objects are encoded and hashed on another thread while the store is read below.
        async let graph = ObjectGraph.objects(of: report)
        var keeping = Self.keptSource(source)
        // (a file merged from the person's last revision, naming none, was not exported: its original is another)
        if source?.basedOn != nil, !rebased.isOwnCopy { keeping.exportedFrom = rebased.onto ?? keeping.exportedFrom }
        let kept = keeping
        if let parent = agency?.parent, !Agency.isValidID(parent) { throw .invalidAgencyID(parent) }
        let newAgency = Agency(
            id: key.agency, name: agency?.name ?? report.agency ?? key.agency, parent: agency?.parent,
            kind: agency?.kind)
        // An unchanged document is found by a read, so that it costs no write transaction at all; the write below
        // checks again, in case the draft moved in between.
        typealias Marked = (id: ObjectID, generation: Int?, root: ObjectID)
        let (current, open, published, submitted, lastYear) = try await read {
            reader -> (Revision?, [SyncConflict], Marked?, Marked?, ObjectID?) in
            try Self.checkNotMergedAway([key.agency], in: reader)
            let head = try reader.ref(.draft, of: key)?.revision
            func marked(_ mark: Mark) throws -> Marked? {
                try reader.ref(mark.refName, of: key).map {
                    (
                        $0.revision, try reader.generations(of: [$0.revision])[$0.revision],
                        try reader.requireRevision($0.revision).root
                    )
                }
            }
            // (a report 已报送 now: the commit turns it back into a draft the county waits on again)
            let isSubmitted = try Self.status(of: key, in: reader) == .submitted
            return (
                try head.map { try reader.requireRevision($0) }, try reader.conflicts(openOnly: true, report: key),
                try marked(.published), isSubmitted ? try marked(.submitted) : nil,
                checking ? try Self.lastYearsReport(of: key, in: reader)?.root : nil
            )
        }
        let (root, objects) = await graph
        var warnings: [CommitWarning] = kept.warnings + [rebased.warning].compactMap { $0 }
        // (the message is read by everyone on the history page: it names the person where the warning says "你")
        var forcedMessage =
            message + ((rebased.note ?? rebased.warning?.chinese).map { "\n\n（\($0)）" } ?? "")
            + MergeDecisions.fileDecisionsNote(rebased.decisions)
        // (said only when a revision is made: a text the draft has already is neither forced nor restored again, rv116
        // F1 — 「恢复的这一版当初是强制提交的…」 then 「没有改动」)
        let mismatchWarning = mismatch.map { restoring ? CommitWarning.restoredMismatch($0) : .forced($0) }
        let mismatchPlace = warnings.count
        if let mismatch {
            forcedMessage += "\n\n（强制提交：\(mismatch.description(in: .chinese))）"
        }
        let knownName = agencies.first { $0.id == key.agency }?.name ?? agency?.name
        if report.agency == nil { warnings.append(.namesNoAgency(key, agencyName: knownName)) }
        if report.year == nil { warnings.append(.namesNoYear(key, agencyName: knownName)) }
        let message = forcedMessage
        if !open.isEmpty, !mergingHeads {
            warnings.append(.openConflict(key, open.map { ConflictOrigin(recorded: $0.origin) }))
        }
        if let current,
            kept.isUnchanged(from: current, root: root) || rebased.bringsNothing && current.id == rebased.onto,
            !mergingHeads || open.isEmpty
        {
            var outcome = CommitOutcome(status: .unchanged, revision: current, stored: PutSummary(), cautions: warnings)
            outcome.generation = try await read { reader in try reader.generations(of: [current.id])[current.id] }
            return outcome
        }
        if let earlier {
            warnings.append(
                .earlierText(
                    (earlier.generation, earlier.revision.id), draft: (earlier.nowGeneration, earlier.now)))
            // The outcome names the revision the document equals: the import's line says `= 第 1 版`.
            var outcome = CommitOutcome(
                status: .unchanged, revision: earlier.revision, stored: PutSummary(), cautions: warnings)
            outcome.generation = earlier.generation
            return outcome
        }
        if let published, published.root != root {
            // The published revision stands: the county's page and workbook keep showing it until this is published.
            warnings.append(.stillPublished(published.generation, published.id))
        }
        if let submitted, submitted.root != root {
            // The report turns to 草稿: the clerk, who submitted, is told so; the county, what it means there — but
            // the office's own clerk uploading on the county's pages is the one to submit again (rv119 M6).
            let atCounty = try await read { reader in
                try !MarkRules.sendsReportsUp(in: reader)
                    && !reader.people().contains {
                        $0.name == author && $0.role == .clerk && $0.agencies.contains(key.agency)
                    }
            }
            warnings.append(.noLongerSubmitted(submitted.generation, submitted.id, atCounty: atCounty))
        }
        let read = current
        async let checked: Void = checkInAdvance(
            checking ? report : nil, root: root, previous: lastYear, diagnostics: kept.diagnostics)
        let outcome = try await write { writer in
            // (here, not in the read above: a publish may land in between; a document the draft already has is
            // unchanged, and refused by nobody, above)
            if refusingPublished { try Self.checkNotPublished(key, in: writer) }
            if try writer.agency(key.agency) == nil {
                // An id merged into another is not made again beside it (its reports would be counted twice).
                try Self.checkNotMergedAway([key.agency], in: writer)
                if let parent = newAgency.parent, try writer.agency(parent) == nil {
                    try writer.save(Agency(id: parent, name: parent))
                }
                // Never under another office's name (a forced commit of 城关镇's report to a new id): two agencies
                // of one name are two rows nobody can tell apart in the county's workbook.
                try Self.checkNamesFree([newAgency.name], for: key.agency, in: writer)
                try writer.save(newAgency)
            }
            let head = try writer.ref(.draft, of: key)?.revision
            if let onto = rebased.onto, head != onto {
                throw RepositoryError.store(.refMoved(key, ref: .draft, expected: onto, found: head))
            }
            let second = mergingHeads ? try HeadKeeper.secondHeads(of: key, in: writer).map(\.revision) : []
            if let checked = rebased.resolving, checked.draft != head || checked.heads != second {
                throw RepositoryError.store(.refMoved(key, ref: .draft, expected: checked.draft, found: head))
            }
            let keptDraftSide =
                second.isEmpty ? [] : try MergedText.check(key, draft: head, text: report, root: root, in: writer)
            var sameText: CommitWarning?
            if let head, second.isEmpty {
                // A revision is immutable: the head read above, if the draft still points to it, is not decoded again.
                let current = try read.flatMap { $0.id == head ? $0 : nil } ?? writer.requireRevision(head)
                if kept.isUnchanged(from: current, root: root) {
                    var outcome = CommitOutcome(
                        status: .unchanged, revision: current, stored: PutSummary(), cautions: [])
                    outcome.generation = try writer.generation(of: head)
                    return outcome
                }
                // (the draft's text in another file: the revision keeps that file and says the text is unchanged —
                // to the sender and in its message, not an empty change on the history and the board; rv115 F11)
                if current.root == root, let file = kept.reference?.name {
                    sameText = .sameTextNewOriginal((try writer.generation(of: head), head), file: file)
                }
            }
            let record = RevisionContent(
                report: key, root: root, parents: (head.map { [$0] } ?? []) + second, author: author,
                node: try writer.nodeName() ?? "unnamed", time: time,
                message: message + (sameText.map { "\n\n（\($0.chinese)）" } ?? ""), original: kept.reference,
                diagnostics: kept.diagnostics)
            let revision = EncodedObject(.revision(record))
            try Self.checkSize(objects + kept.blobs + [revision])
            var stored = try writer.put(objects + kept.blobs)
            stored.add(try writer.put([revision]))
            try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head), at: time)
            let generation = try writer.generation(of: revision.id)
            let note = audit?.naming(version: generation)
            try writer.appendAudit(note, person: author, report: key, revision: revision.id, time: time)
            var outcome = CommitOutcome(
                status: .committed, revision: Revision(record), stored: stored,
                cautions: (keptDraftSide.isEmpty ? [] : [.keptDraftSide(keptDraftSide)]) + [sameText].compactMap { $0 })
            outcome.generation = generation
            if !second.isEmpty {
                outcome.closed = try HeadKeeper.settle(key, draft: revision.id, time: time, writer: writer)
            }
            return outcome
        }
        await checked
        logger.info(
            "commit",
            metadata: [
                "report": "\(key)", "status": "\(outcome.status.rawValue)",
                "revision": "\(outcome.revision.id.shortHex())", "stored": "\(outcome.stored.stored)",
            ])
        var result = outcome
        if outcome.status == .committed, let mismatchWarning { warnings.insert(mismatchWarning, at: mismatchPlace) }
        result.cautions = warnings + outcome.cautions
        return result
    }

    /// Reads a report file and commits it with its source (see
    /// ``commit(_:to:author:message:agency:time:mergingHeads:force:source:)``).
    ///
    /// - Parameters:
    ///   - path: The report file (text, .docx, PDF, web page, .doc/.wps).
    ///   - key: Which report.
    ///   - author: Who.
    ///   - message: Why; `nil` for "Commit FILE".
    ///   - time: When.
    ///   - mergingHeads: The text resolves the report's sync conflict.
    ///   - force: Commit a text that names another agency or year anyway.
    /// - Returns: What the commit did, and what the parser noticed.
    /// - Throws: ``RepositoryError/parse(file:_:)`` for a file that is not a report (nothing is stored), and what
    ///   the commit throws.
    public func commit(
        fileAt path: String, to key: ReportKey, author: String, message: String? = nil, time: Date = Date(),
        mergingHeads: Bool = false, force: Bool = false
    ) async throws(RepositoryError) -> (outcome: CommitOutcome, diagnostics: [Diagnostic]) {
        let (parsed, source) = try Self.readReportFile(at: path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let outcome = try await commit(
            parsed.report, to: key, author: author, message: message ?? RevisionMessage.commit(file: name).chinese,
            time: time,
            mergingHeads: mergingHeads, force: force, source: source)
        return (outcome, parsed.diagnostics)
    }
}
