import Foundation
import ReportRepository

/// The login sessions of a server that may not write its repository (`serve --read-only`, read-only media), kept in
/// memory: a restart of such a server logs everyone out.
actor MemorySessions {
    private var sessions: [String: SessionStore.Session] = [:]

    /// Records a session, after removing the ended ones, the subject's own that end first beyond `perSubject`, and,
    /// at capacity, the one that ends first.
    func open(_ session: SessionStore.Session, now: Date, capacity: Int, perSubject: Int) {
        sessions = sessions.filter { $0.value.expires > now }
        let own = sessions.values.filter { $0.subject == session.subject }.sorted { $0.expires > $1.expires }
        for old in own.dropFirst(max(1, perSubject) - 1) { sessions[old.id] = nil }
        if sessions.count >= capacity, let oldest = sessions.values.min(by: { $0.expires < $1.expires }) {
            sessions[oldest.id] = nil
        }
        sessions[session.id] = session
    }

    /// The session of an id, if it is open and has not ended (an ended one is removed).
    func session(_ id: String, now: Date) -> SessionStore.Session? {
        guard let session = sessions[id] else { return nil }
        guard session.expires > now else {
            sessions[id] = nil
            return nil
        }
        return session
    }

    /// Ends a session.
    func close(_ id: String) {
        sessions[id] = nil
    }
}
