// A report file that comes as bytes (a web upload) rather than as a path: read, parsed and committed like `commit`.

import Foundation
import ReportModel
import ReportParser

extension ReportRepository {
    /// Reads and parses a report file from its bytes, without touching any repository, and gives what a revision
    /// keeps of it (``ReportSource``): its diagnostics, and the file's bytes unless it is plain text.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes (its format is read from them, never from the name).
    ///   - name: The file's name, without its folder, as the person chose it.
    /// - Returns: The report and what the parser noticed, and the source to commit with it.
    /// - Throws: ``RepositoryError/parse(file:_:)`` for bytes that are not a report nianbao reads.
    public static func readReport(
        bytes: [UInt8], name: String
    ) throws(RepositoryError) -> (
        parsed: ParseResult, source: ReportSource
    ) {
        do {
            let parsed = try ReportParser.parse(bytes)
            return (parsed, ReportSource(parsed: parsed, bytes: bytes, name: name))
        } catch {
            throw .parse(file: name, error)
        }
    }

    /// Reads a file's bytes and commits the report as a new revision of its draft, with the file kept as its
    /// original: ``commit(fileAt:to:author:message:time:mergingHeads:force:)`` for a file that came as bytes (a
    /// web upload). The same guards hold: a file naming another agency or year is refused.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - name: The file's name.
    ///   - key: Which report.
    ///   - author: Who.
    ///   - message: Why; `nil` for "上传 NAME".
    ///   - time: When.
    /// - Returns: What the commit did, and what the parser noticed.
    /// - Throws: ``RepositoryError/parse(file:_:)`` for a file that is not a report, ``RepositoryError/wrongReport(_:)``
    ///   for another agency's or year's, and what the commit throws; nothing is stored then.
    public func commit(
        bytes: [UInt8], named name: String, to key: ReportKey, author: String, message: String? = nil,
        time: Date = Date()
    ) async throws(RepositoryError) -> (outcome: CommitOutcome, diagnostics: [Diagnostic]) {
        let (parsed, source) = try Self.readReport(bytes: bytes, name: name)
        let outcome = try await commit(
            parsed.report, to: key, author: author, message: message ?? "上传 \(name)", time: time, source: source)
        return (outcome, parsed.diagnostics)
    }
}
