// A report file that comes as bytes (a web upload) rather than as a path: read through `ReportFile`, as every report
// file is, and committed like `commit`.

public import Foundation
public import ReportModel
import ReportParser

extension ReportRepository {
    /// Reads a file's bytes and commits the report as a new revision of its draft, with the file kept as its
    /// original: ``commit(fileAt:to:author:message:time:mergingHeads:force:)`` for a file that came as bytes (a
    /// web upload). The same guards hold: a file naming another agency or year is refused. The file is read on a
    /// thread of its own, not on the concurrency pool the server's requests share, in the node's uploads lane,
    /// where `author`'s second file waits while another person's first is read.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - name: The file's name.
    ///   - key: Which report.
    ///   - author: Who: the person uploading, whose files take at most one of the uploads lane's two places.
    ///   - message: Why; `nil` for "上传 NAME".
    ///   - time: When.
    ///   - audit: The audit log's line for it, written with the revision.
    ///   - refusingPublished: Refuse it when the report is published (an upload not confirmed), checked inside the
    ///     write: ``RepositoryError/publishedUnconfirmed(_:version:)``.
    ///   - scope: What the sender reaches: a wrong report's refusal names only offices in it.
    ///   - shownDraft: The draft the page the file was sent from showed (``ReportSource/shownDraft``).
    /// - Returns: What the commit did, and what the parser noticed.
    /// - Throws: ``RepositoryError/parse(file:_:)`` for a file that is not a report, ``RepositoryError/wrongReport(_:)``
    ///   for another agency's or year's, and what the commit throws; nothing is stored then.
    public func commit(
        bytes: [UInt8], named name: String, to key: ReportKey, author: String, message: String? = nil,
        time: Date = Date(), audit: AuditNote? = nil, refusingPublished: Bool = false, scope: AccessScope = .all,
        shownDraft: ObjectID? = nil
    ) async throws(RepositoryError) -> (outcome: CommitOutcome, diagnostics: [Diagnostic]) {
        // Reading a file can take seconds (a .doc or .wps through LibreOffice, a long PDF): in the uploads' lane, so
        // that a server's other pages, syncs and logins go on meanwhile, and for its author, so that one person's
        // files never fill the lane (``WorkLane``).
        let (parsed, source) = try await lanes.uploads.run(for: author) {
            Result { () throws(RepositoryError) in try Self.readReport(bytes: bytes, name: name) }
        }.get()
        var shown = source
        shown.shownDraft = shownDraft
        let outcome = try await commit(
            parsed.report, to: key, author: author, message: message ?? RevisionMessage.upload(file: name).chinese,
            time: time, source: shown,
            audit: audit, refusingPublished: refusingPublished, scope: scope)
        return (outcome, parsed.diagnostics)
    }
}
