public import Foundation

/// A backup that was put in this repository's place and used: when the backup was made, and when the repository was
/// first written to after it was put back (``StoreWriter/takeRestoredCopy(at:)``). Whatever was done after the backup
/// was made — uploads, marks, comments — is not in the repository.
public struct RestoredBackup: Sendable, Hashable, Codable {
    /// When `nianbao backup` made the copy.
    public var made: Date
    /// When the copy, put back in the repository's place, was first opened for writing.
    public var restored: Date

    /// Creates a description of a restore.
    public init(made: Date, restored: Date) {
        self.made = made
        self.restored = restored
    }
}
