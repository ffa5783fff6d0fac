// What receiving a batch from another node did, and who sent it.

import Foundation
public import RevisionStore

/// What storing a batch and moving refs did.
public struct ReceiveOutcome: Sendable, Hashable {
    /// The objects new to what the sender reaches, and those it reached already.
    public var stored: PutSummary
    /// One result per ref update, in the order asked.
    public var results: [RefUpdateResult]
}

/// Who sends objects and ref moves to this node: a token it issued.
public struct Sender: Sendable, Hashable {
    /// The token's label (the office the node issued it to): recorded as who set a mark, and as the origin of a
    /// conflict a push opens (``origin``).
    public var label: String
    /// What the token reaches.
    public var scope: AccessScope
    /// What the token may do (``PersonRules/role(ofToken:)-(AccessToken)``): a draft needs ``PersonAction/edit``,
    /// a mark its action, a note its kind's.
    public var role: PersonRole
    /// The token's number, under which uploads no ref reaches yet are counted against the quota; `nil` counts none
    /// (a sender inside this process).
    public var token: Int64?

    /// Creates a sender, acting in its scope's role unless told another (``PersonRules/role(ofToken:)-(AccessScope)``).
    public init(label: String, scope: AccessScope, role: PersonRole? = nil, token: Int64? = nil) {
        self.label = label
        self.scope = scope
        self.role = role ?? PersonRules.role(ofToken: scope)
        self.token = token
    }

    /// The sender a token is, named by its owner (a person or a node) when it has one, else by its label, and
    /// acting in the token's role.
    public init(_ token: AccessToken) {
        self.init(
            label: token.owner ?? token.label, scope: token.scope, role: PersonRules.role(ofToken: token),
            token: token.id)
    }

    /// The origin a conflict this sender's push opens records.
    var origin: ConflictOrigin { .pushed(by: label) }
}
