public import Foundation

/// An access token this node issued, as the node keeps it: everything but the token itself.
public struct AccessToken: Sendable, Hashable, Codable {
    /// The token's number on this node, for `nianbao token revoke`.
    public var id: Int64
    /// What it is for (`常张乡`, `county laptop`).
    public var label: String
    /// The reports it reaches.
    public var scope: AccessScope
    /// When it was issued.
    public var created: Date
    /// When it was revoked, or `nil` while it is valid.
    public var revoked: Date?
    /// Who owns it: a person's or a node's name, or `nil` when nobody was named.
    public var owner: String?
    /// The role of its owner when the owner is a person of this node who may log in, as
    /// ``StoreReading/validToken(hash:)`` finds them: the token then never does more than that person may, and
    /// reaches no report they do not (its ``scope`` is narrowed to theirs). `nil` for a token owned by no person.
    public var ownerRole: PersonRole?

    /// Creates a token description.
    public init(
        id: Int64, label: String, scope: AccessScope, created: Date, revoked: Date?, owner: String? = nil
    ) {
        self.id = id
        self.label = label
        self.scope = scope
        self.created = created
        self.revoked = revoked
        self.owner = owner
    }

    /// Whether the token still opens the node.
    public var isValid: Bool { revoked == nil }
}
