// The login sessions of the node's web pages, kept in the repository file (v19): a restart of the server logs
// nobody out, and a form opened before it is still taken after it. Only the SHA-256 of a session id is kept.

public import Foundation
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The SHA-256 of a session id, as the node keeps it: the id itself is never stored.
    public static func sessionHash(_ id: String) -> [UInt8] {
        ObjectID.hashing(Array(id.utf8)).bytes
    }

    /// Whether this repository was opened read-only (`serve --read-only`, read-only media): it keeps no sessions.
    public var isReadOnly: Bool { store.isReadOnly }

    /// Records a new login session, in one transaction with removing the sessions that have ended, the subject's
    /// oldest beyond `perSubject`, and, when `capacity` are open, those that end first.
    ///
    /// - Parameters:
    ///   - id: The session id the browser's cookie carries; only its SHA-256 is kept.
    ///   - subject: What it stands for.
    ///   - expires: When it ends.
    ///   - now: The time now.
    ///   - capacity: The most sessions kept at once.
    ///   - perSubject: The most sessions one token or person keeps at once.
    /// - Throws: ``RepositoryError/store(_:)`` when it cannot be written.
    public func openWebSession(
        id: String, for subject: LoginSubject, expires: Date, now: Date = Date(), capacity: Int, perSubject: Int
    ) async throws(RepositoryError) {
        let hash = Self.sessionHash(id)
        try await write { writer in
            try writer.openWebSession(
                idHash: hash, for: subject, expires: expires, now: now, capacity: capacity, perSubject: perSubject)
        }
    }

    /// What an open session stands for and when it ends; `nil` when there is none or it has ended. Only reads: an
    /// ended session's row goes when the next session opens, so a request never waits for the file to be free.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the repository cannot be read.
    public func webSession(
        id: String, now: Date = Date()
    ) async throws(RepositoryError) -> (subject: LoginSubject, expires: Date)? {
        let hash = Self.sessionHash(id)
        guard let found = try await read({ try $0.webSession(idHash: hash) }), found.expires > now else { return nil }
        return found
    }

    /// Ends a login session (logout, or one whose token or person no longer stands).
    public func closeWebSession(id: String) async throws(RepositoryError) {
        let hash = Self.sessionHash(id)
        try await write { writer in try writer.closeWebSession(idHash: hash) }
    }

    /// How many login sessions the repository keeps, ended ones not yet removed included.
    public func webSessionCount() async throws(RepositoryError) -> Int {
        try await read { try $0.webSessionCount() }
    }

    /// The node's key behind its forms' anti-forgery tokens: 32 bytes of the system's cryptographic random source,
    /// made and kept the first time it is asked for, the same after a restart.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when it cannot be read or written (a read-only repository keeps none).
    public func webFormKey() async throws(RepositoryError) -> [UInt8] {
        // (read first: a server starting while another process writes does not wait for a key it has)
        if let key = try await read({ try $0.webFormKey() }) { return key }
        return try await write { writer in
            try writer.webFormKey {
                var generator = SystemRandomNumberGenerator()
                return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            }
        }
    }
}
