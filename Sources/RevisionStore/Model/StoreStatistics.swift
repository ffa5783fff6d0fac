import ReportModel

/// How much a store holds.
public struct StoreStatistics: Sendable, Hashable, Codable {
    /// Stored objects by kind (`report`, `section`, …).
    public var objects: [String: Int]
    /// Bytes of compact bodies, all objects together.
    public var bodyBytes: Int
    /// Revisions in the index.
    public var revisions: Int
    /// Refs (heads and marks).
    public var refs: Int
    /// Known agencies.
    public var agencies: Int
    /// The size of the database file's pages in use, in bytes (without the WAL).
    public var fileBytes: Int

    /// Creates statistics.
    public init(objects: [String: Int], bodyBytes: Int, revisions: Int, refs: Int, agencies: Int, fileBytes: Int) {
        self.objects = objects
        self.bodyBytes = bodyBytes
        self.revisions = revisions
        self.refs = refs
        self.agencies = agencies
        self.fileBytes = fileBytes
    }

    /// All objects together.
    public var objectCount: Int { objects.values.reduce(0, +) }
}
