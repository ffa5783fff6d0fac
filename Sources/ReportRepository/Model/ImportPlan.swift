public import Foundation

/// What an import will commit: the report files of a folder and the agency mapping that applies.
public struct ImportPlan: Sendable, Hashable {
    /// The folder.
    public var folder: String
    /// The file names to import, in order.
    public var files: [String]
    /// The folder's `agencies.tsv` with any mapping given by the caller over it.
    public var mapping: AgencyMapping
    /// When each file was last saved, as the folder says (the order ``files`` are in).
    public var saved: [String: Date] = [:]

    /// Creates a plan.
    public init(folder: String, files: [String], mapping: AgencyMapping) {
        self.folder = folder
        self.files = files
        self.mapping = mapping
    }
}
