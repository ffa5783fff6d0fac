public import Foundation

/// The logins of a node's web pages, kept on the server: a browser holds only a random session id in its cookie,
/// never what it logged in with. A session ends when it is closed (logout) or its lifetime is over. Kept in memory:
/// a restart logs everyone out.
///
/// `Subject` is what a session stands for: today the SHA-256 of the token typed at login (checked again on every
/// request, so a revoked token ends its sessions); a person, when the node has people.
public actor SessionStore<Subject: Sendable & Hashable> {
    /// One login.
    public struct Session: Sendable, Hashable {
        /// Its id, as the cookie carries it.
        public var id: String
        /// Who or what it stands for.
        public var subject: Subject
        /// When it ends.
        public var expires: Date
    }

    /// The most sessions kept; the oldest end first beyond.
    public let capacity: Int
    /// How long a session lasts.
    public let lifetime: TimeInterval
    private var sessions: [String: Session] = [:]

    /// Creates an empty store.
    ///
    /// - Parameters:
    ///   - lifetime: How long a session lasts, in seconds.
    ///   - capacity: The most sessions kept at once.
    public init(lifetime: TimeInterval, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Opens a session for a subject.
    ///
    /// - Returns: The session; its id is 32 bytes of the system's cryptographic random source, in base64url.
    public func open(for subject: Subject, now: Date = Date()) -> Session {
        removeExpired(now: now)
        if sessions.count >= capacity, let oldest = sessions.values.min(by: { $0.expires < $1.expires }) {
            sessions[oldest.id] = nil
        }
        let session = Session(id: Self.newID(), subject: subject, expires: now.addingTimeInterval(lifetime))
        sessions[session.id] = session
        return session
    }

    /// The session of an id, if it is open and has not expired.
    public func session(_ id: String, now: Date = Date()) -> Session? {
        guard let session = sessions[id] else { return nil }
        guard session.expires > now else {
            sessions[id] = nil
            return nil
        }
        return session
    }

    /// Ends a session.
    public func close(_ id: String) {
        sessions[id] = nil
    }

    /// Ends every session of a subject (a token revoked, a password changed).
    public func close(subject: Subject) {
        sessions = sessions.filter { $0.value.subject != subject }
    }

    private func removeExpired(now: Date) {
        sessions = sessions.filter { $0.value.expires > now }
    }

    /// 32 random bytes in base64url, without padding.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
