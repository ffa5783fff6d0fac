import Foundation
import ReportRepository
import RevisionStore

/// What a web login session stands for: a person who logged in by name and password, or a token typed in (a node
/// administrator's). Each is checked again on every request, so that a revoked token, a disabled person or a
/// changed password ends the sessions it opened.
public enum LoginSubject: Sendable, Hashable {
    /// The SHA-256 of the token typed at login.
    case token(hash: [UInt8])
    /// A person, by number, with the stamp of the password they logged in with.
    case person(id: Int64, stamp: String)
}

extension NodeProtection {
    /// The rate-limit key of a name typed at login.
    public static func nameKey(_ name: String) -> String {
        "name " + name.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Counts a failed login by name and password: against the address and against the name.
    public func recordFailedLogin(name: String, from address: String) async {
        await recordFailedLogin(from: address)
        await failedLogins.recordFailure(Self.nameKey(name))
    }

    /// How long must pass before the next login with this name or from this address, or `nil` when it may be now.
    public func loginRetryAfter(name: String, from address: String) async -> Duration? {
        if let wait = await loginRetryAfter(from: address) { return wait }
        return await failedLogins.retryAfter(Self.nameKey(name))
    }
}
