public import Foundation

/// Who sent a revision that another node brought here (a push's token, or the remote of a pull), and when this node received it: what the node knows
/// for itself, beside the author, time and node the revision claims (a township's token could claim the county's).
public struct RevisionReceipt: Sendable, Hashable, Codable {
    /// The sending token's owner, or its label (the office or person the node issued it to).
    public var sender: String
    /// When this node received it.
    public var received: Date

    /// Creates a receipt.
    public init(sender: String, received: Date) {
        self.sender = sender
        self.received = received
    }
}
