// Tokens this node issues to the offices that sync with it, and the remotes it syncs with itself.

public import Foundation
import ReportModel
public import RevisionStore

/// A token as issued: the secret to hand over (shown once) and what the node keeps of it.
public struct IssuedToken: Sendable, Hashable {
    /// The token to give to the office: `nbt_` and 48 hexadecimal digits.
    public var secret: String
    /// What the node keeps: its number, label, scope and date, but not the secret.
    public var token: AccessToken
}

extension ReportRepository {
    /// The SHA-256 of a token, as the node stores it.
    public static func tokenHash(_ secret: String) -> [UInt8] {
        ObjectID.hashing(Array(secret.utf8)).bytes
    }

    /// The most characters a token's label may have (the agencies it reaches, named, when none is given).
    public static let maxTokenLabelLength = 500

    /// Issues a new token.
    ///
    /// - Parameters:
    ///   - label: What it is for.
    ///   - scope: `.all` for the county, or the agencies a township may read and write.
    ///   - owner: The person or node it belongs to, whose name stands for what it does.
    ///   - administrator: Who issues it: the audit log's line (签发令牌 …), written with it; `nil` writes none.
    /// - Throws: ``RepositoryError/tokenWithoutScope`` for an empty list of agencies,
    ///   ``RepositoryError/invalidAgencyID(_:)`` for an id that cannot be one, ``RepositoryError/agency(_:)`` for an
    ///   agency not registered here (``AgencyError/notRegistered(_:)``; `agency add` it first) or merged into another,
    ///   ``RepositoryError/invalidTokenLabel(_:)`` for a label that cannot name it (it is shown beside other text wherever the token acts),
    ///   ``RepositoryError/tokenBeyondOwner(owner:reaches:)`` for reports beyond those of the person who owns it.
    public func issueToken(
        label: String, scope: AccessScope, owner: String? = nil, by administrator: String? = nil, time: Date = Date()
    ) async throws(RepositoryError)
        -> IssuedToken
    {
        let label = label.trimmingLayoutSpace()
        guard !label.isEmpty, label.unicodeScalars.count <= Self.maxTokenLabelLength, !label.hasInvisibleCharacters
        else {
            throw .invalidTokenLabel(label)
        }
        if case .agencies(let agencies) = scope {
            guard !agencies.isEmpty else { throw .tokenWithoutScope }
            if let bad = agencies.first(where: { !Agency.isValidID($0) }) { throw .invalidAgencyID(bad) }
        }
        var generator = SystemRandomNumberGenerator()
        let secret = "nbt_" + HexDigits.encode((0..<24).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let hash = Self.tokenHash(secret)
        let owner = try owner.map { owner throws(RepositoryError) in try Self.checkedPersonName(owner) }
        let token = try await write { writer in
            if case .agencies(let agencies) = scope {
                try Self.checkNotMergedAway(agencies, in: writer)
                // A township's token is for an office registered here: what its reports and agency record bring is
                // then matched against that office, never taken as a new one under any name.
                for id in agencies.sorted() {
                    guard try writer.agency(id) != nil else { throw RepositoryError.agency(.notRegistered(id)) }
                }
            }
            try Self.checkWithinOwner(scope, owner: owner, in: writer)
            let token = try writer.insertToken(hash: hash, label: label, scope: scope, created: time, owner: owner)
            if let administrator {
                try writer.appendAudit(
                    person: administrator, action: .tokenIssue,
                    detail: AuditWording.tokenIssued.detail(label, "\(token.id)"), time: time)
            }
            return token
        }
        return IssuedToken(secret: secret, token: token)
    }

    /// Refuses a token for a person of this node that would reach reports beyond theirs: it acts as them at most
    /// (``RevisionStore/StoreReading/cappedByOwner(_:)``), so the administrator would be told it reaches what it
    /// does not.
    static func checkWithinOwner(_ scope: AccessScope, owner: String?, in reader: some StoreReading) throws {
        guard let owner, let person = try reader.personWithPassword(named: owner)?.person,
            case .agencies(let reached) = person.scope, scope.intersection(person.scope) != scope
        else { return }
        let names = try reached.sorted().map { try reader.agency($0)?.name ?? $0 }
        throw RepositoryError.tokenBeyondOwner(owner: owner, reaches: names)
    }

    /// Every token this node issued, revoked ones included.
    public func tokens() async throws(RepositoryError) -> [AccessToken] {
        try await read { try $0.tokens() }
    }

    /// Revokes a token: it opens nothing from now on, and the web logins made with it end at once.
    ///
    /// - Parameter administrator: Who revokes it: the audit log's line (吊销令牌 …), written with it; `nil` writes none.
    /// - Throws: ``RepositoryError/tokenNotFound(id:)`` when there is no valid token with that number.
    public func revokeToken(
        id: Int64, by administrator: String? = nil, time: Date = Date()
    ) async throws(RepositoryError) {
        let revoked = try await write { writer in
            let label = try writer.tokens().first { $0.id == id }?.label
            guard try writer.revokeToken(id: id, at: time) else { return false }
            if let administrator {
                try writer.appendAudit(
                    person: administrator, action: .tokenRevoke,
                    detail: AuditWording.tokenRevoked.detail(label ?? "", "\(id)"), time: time)
            }
            return true
        }
        guard revoked else { throw .tokenNotFound(id: id) }
    }

    /// The valid token a secret is, if any: what a request presenting it may reach.
    public func authenticate(_ secret: String) async throws(RepositoryError) -> AccessToken? {
        guard secret.hasPrefix("nbt_"), secret.utf8.count == 52 else { return nil }
        let hash = Self.tokenHash(secret)
        return try await read { try $0.validToken(hash: hash) }
    }

    /// The valid token whose SHA-256 this is, if any (a login session keeps the hash, not the token).
    public func authenticate(tokenHash: [UInt8]) async throws(RepositoryError) -> AccessToken? {
        guard tokenHash.count == 32 else { return nil }
        return try await read { try $0.validToken(hash: tokenHash) }
    }

    /// Adds a remote (or changes its URL and token). A remote that now points to another address forgets what this
    /// node saw there: the next push sends what the new node lacks, whatever the old one had.
    ///
    /// - Throws: ``RepositoryError/invalidRemoteName(_:)``, ``RepositoryError/invalidRemoteURL(_:)``.
    public func addRemote(_ remote: Remote) async throws(RepositoryError) {
        try Self.checkRemote(remote)
        try await write { try $0.saveRemote(remote) }
    }

    /// Refuses a remote ``addRemote(_:)`` would refuse, before anything is asked of it (`remote add` tries its
    /// token first).
    ///
    /// - Throws: ``RepositoryError/invalidRemoteName(_:)``, ``RepositoryError/invalidRemoteURL(_:)``.
    public static func checkRemote(_ remote: Remote) throws(RepositoryError) {
        guard Agency.isValidID(remote.name) else { throw .invalidRemoteName(remote.name) }
        guard let url = URL(string: remote.url), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw .invalidRemoteURL(remote.url)
        }
    }

    /// Every remote, by name.
    public func remotes() async throws(RepositoryError) -> [Remote] {
        try await read { try $0.remotes() }
    }

    /// The remote of a name.
    ///
    /// - Throws: ``RepositoryError/remoteNotFound(_:)``.
    public func remote(named name: String) async throws(RepositoryError) -> Remote {
        let (remote, known) = try await read { reader in (try reader.remote(named: name), try reader.remotes()) }
        guard let remote else { throw .remoteNotFound(name, known: known.map(\.name)) }
        return remote
    }

    /// Removes a remote, and what this node saw there.
    ///
    /// - Throws: ``RepositoryError/remoteNotFound(_:)``.
    public func removeRemote(named name: String) async throws(RepositoryError) {
        let (removed, known) = try await write { writer in (try writer.removeRemote(named: name), try writer.remotes())
        }
        guard removed else { throw .remoteNotFound(name, known: known.map(\.name)) }
    }
}
