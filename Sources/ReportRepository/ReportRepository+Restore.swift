// Going back to an earlier text of a report: a slip (the wrong file uploaded, a paragraph deleted) is undone by a new
// revision, never by rewriting the history.

public import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Makes an earlier revision's text the report's draft again: a new revision of the draft with that revision's
    /// document, original file and reading notes, whose message names it (`恢复为第 2 版（李四，2025-01-08 17:30 保存）`).
    /// Every revision in between stays in the history; restoring the draft's own text commits nothing. While a sync
    /// conflict of the report is open nothing is restored (which line it would continue cannot be told).
    ///
    /// - Parameters:
    ///   - ref: The revision to go back to (``RevisionSelector``): one of the report's own.
    ///   - author: Who restores it: the new revision's author.
    ///   - scope: What the person reaches: a revision outside it is answered as one that does not exist.
    ///   - time: When.
    ///   - audit: The audit log's line for it, written with the new revision.
    ///   - refusingPublished: Refuse it when the report is published (a restore its person did not confirm), checked
    ///     inside the write: ``RepositoryError/publishedUnconfirmed(_:version:)``.
    ///   - refusingUndone: Refuse it when it would put back the older text of places others changed since
    ///     (``restoreUndoes(_:author:scope:)``; a restore its person did not confirm):
    ///     ``RepositoryError/restoreUndoesOthers(_:version:changes:agencyName:)``. One that undoes only the person's
    ///     own changes goes through.
    /// - Returns: What the commit did.
    /// - Throws: What ``resolve(_:scope:)`` and ``commit(_:to:author:message:agency:time:mergingHeads:force:source:keepingLaterDraft:)``
    ///   throw; the repository is then unchanged.
    public func restore(
        _ ref: String, author: String, scope: AccessScope = .all, time: Date = Date(), audit: AuditNote? = nil,
        refusingPublished: Bool = false, refusingUndone: Bool = false
    ) async throws(RepositoryError) -> CommitOutcome {
        let details = try await show(ref, scope: scope)
        let revision = details.revision
        // Nothing is restored over two lines not merged yet: which one it would continue cannot be told.
        let open = try await read { try $0.conflicts(openOnly: true, report: revision.report) }
        guard open.isEmpty else {
            throw .conflictOpen(
                revision.report, heads: open.map(\.head), agencyName: await officeName(of: revision.report))
        }
        // (the places in both languages: the refusal says them in its reader's, the message stores the Chinese
        // whatever the process speaks)
        let undone = try await undone(restoring: details, author: author, language: .chinese)
        let changes = undone.names
        if refusingUndone, !changes.isEmpty {
            let english = try await self.undone(restoring: details, author: author, language: .english).names
            throw .restoreUndoesOthers(
                revision.report,
                version: BilingualText(
                    Self.versionName(details.generation, revision.id),
                    english: Self.englishVersionName(details.generation, revision.id)),
                changes: zip(changes, english).map { BilingualText($0, english: $1) },
                agencyName: await officeName(of: revision.report))
        }
        var original: OriginalFile?
        do {
            original = try await self.original(of: revision.id.hex, scope: scope).file
        } catch .noOriginal {
            original = nil
        }
        // (what it puts back of others' changes, confirmed: in the message that `log`, the push line and the county's
        // history read, so that the person whose correction it undoes is told)
        let message =
            RevisionMessage.restore(
                version: details.generation, revision: revision.id.shortHex(12), author: revision.content.author,
                saved: BeijingTime.minute(revision.content.time)
            ).chinese
            + RevisionMessage.restoredOver(undone.recordedNames)
        var source = ReportSource(diagnostics: revision.content.diagnostics, original: original)
        source.restoresEarlierText = true
        return try await commit(
            details.report, to: revision.report, author: author, message: message, time: time, source: source,
            audit: audit, refusingPublished: refusingPublished)
    }

    /// The places others changed since an earlier revision that restoring it would put back to their older text, each
    /// with the version and person that changed it (`五、第 1 段（第 9 版，王审核）`, `五、paragraph 1 (version 9, 王审核)`):
    /// the rule an upload of one's own copy follows (``undoneChanges(of:by:author:language:)``). Empty when the restore
    /// undoes only `author`'s own changes.
    ///
    /// - Parameters:
    ///   - ref: The revision to go back to.
    ///   - author: Who would restore it.
    ///   - scope: What the person reaches.
    ///   - language: The language of the words around the report's own (the process's by default).
    /// - Throws: What ``show(_:scope:)`` throws.
    public func restoreUndoes(
        _ ref: String, author: String, scope: AccessScope = .all, language: Language = .current
    ) async throws(RepositoryError) -> [String] {
        try await undone(restoring: try await show(ref, scope: scope), author: author, language: language).names
    }

    private func undone(
        restoring details: RevisionDetails, author: String, language: Language = .current
    ) async throws(RepositoryError) -> UndoneChanges {
        let key = details.revision.report
        let head = try await read { reader -> Revision? in
            try reader.ref(.draft, of: key).map { try reader.requireRevision($0.revision) }
        }
        guard let head else { return UndoneChanges() }
        return try await undoneChanges(
            of: head, by: details.report, author: author, since: details.revision.id, language: language)
    }
}
