public import Foundation
public import ReportRepository

/// The logins of a node's web pages, kept on the server: a browser holds only a random session id in its cookie,
/// never what it logged in with. A session ends when it is closed (logout) or its lifetime is over, and at the next
/// request when the token or person it stands for no longer does (``LoginSubject``).
///
/// Kept in the repository file, by the SHA-256 of their ids (``ReportRepository/openWebSession(id:for:expires:now:capacity:perSubject:)``):
/// restarting the server (an update, a reboot) logs nobody out. A server whose repository is read-only keeps them in
/// memory, and its restart logs everyone out.
public struct SessionStore: Sendable {
    /// One login.
    public struct Session: Sendable, Hashable {
        /// Its id, as the cookie carries it.
        public var id: String
        /// Who or what it stands for.
        public var subject: LoginSubject
        /// When it ends.
        public var expires: Date
    }

    /// The most sessions kept; the ones that end first are removed beyond.
    public let capacity: Int
    /// The most sessions one token or person keeps; its oldest end first beyond, so that a token logging in again
    /// and again (a township's sync token, say) ends its own logins, never the county reviewers'.
    public let perSubject: Int
    /// How long a session lasts.
    public let lifetime: TimeInterval
    /// Where the sessions are kept: the repository, unless it is read-only.
    private let repository: ReportRepository?
    private let memory = MemorySessions()

    /// Creates the store of a node's sessions.
    ///
    /// - Parameters:
    ///   - lifetime: How long a session lasts, in seconds.
    ///   - capacity: The most sessions kept at once.
    ///   - perSubject: The most sessions one token or person keeps at once (a person's browsers and phones).
    ///   - repository: The node's repository, which keeps them unless it is read-only; in memory when `nil`.
    public init(lifetime: TimeInterval, capacity: Int = 10_000, perSubject: Int = 20, repository: ReportRepository?) {
        self.lifetime = lifetime
        self.capacity = max(1, capacity)
        self.perSubject = max(1, perSubject)
        self.repository = repository.flatMap { $0.isReadOnly ? nil : $0 }
    }

    /// Opens a session for a subject.
    ///
    /// - Returns: The session; its id is 32 bytes of the system's cryptographic random source, in base64url.
    /// - Throws: ``RepositoryError`` when the repository cannot keep it.
    public func open(for subject: LoginSubject, now: Date = Date()) async throws(RepositoryError) -> Session {
        let session = Session(id: Self.newID(), subject: subject, expires: now.addingTimeInterval(lifetime))
        if let repository {
            try await repository.openWebSession(
                id: session.id, for: subject, expires: session.expires, now: now, capacity: capacity,
                perSubject: perSubject)
        } else {
            await memory.open(
                session, now: now, capacity: capacity,
                perSubject: perSubject)
        }
        return session
    }

    /// The session of an id, if it is open and has not ended.
    ///
    /// - Throws: ``RepositoryError`` when the repository cannot be read.
    public func session(_ id: String, now: Date = Date()) async throws(RepositoryError) -> Session? {
        guard let repository else { return await memory.session(id, now: now) }
        guard let found = try await repository.webSession(id: id, now: now) else { return nil }
        return Session(id: id, subject: found.subject, expires: found.expires)
    }

    /// Ends a session.
    ///
    /// - Throws: ``RepositoryError`` when the repository cannot be written.
    public func close(_ id: String) async throws(RepositoryError) {
        guard let repository else { return await memory.close(id) }
        try await repository.closeWebSession(id: id)
    }

    /// 32 random bytes in base64url, without padding.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
