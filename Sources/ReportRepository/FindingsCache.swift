import ReportChecks
import ReportModel

/// The checks of documents already seen, by document and last year's document: a server process checks a report
/// once, not on every page view. Shared by every copy of a ``ReportRepository``.
actor FindingsCache {
    /// A document, the document of the year before it was checked with, and the parse diagnostics its revision
    /// keeps.
    struct Key: Hashable, Sendable {
        var root: ObjectID
        var previous: ObjectID?
        var diagnostics: [Diagnostic] = []
    }

    /// The most documents kept; the cache starts over beyond.
    static let capacity = 4096

    private var entries: [Key: [Finding]] = [:]

    /// The findings of a document, if checked already.
    func findings(for key: Key) -> [Finding]? { entries[key] }

    /// Keeps the findings of a document.
    func store(_ findings: [Finding], for key: Key) {
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = findings
    }
}
