// The login sessions of the node's web pages (v19, `web_session`): kept by the SHA-256 of their ids, so that a
// restart of the server logs nobody out and a copy of the file opens no session; and the key behind their forms'
// anti-forgery tokens (`web_key`).

public import Foundation
import GRDB

extension StoreWriter {
    /// Records a new session, after removing the sessions that have ended, the subject's own that end first when it
    /// has `perSubject` open, and, when `capacity` are open, those that end first.
    ///
    /// - Parameters:
    ///   - idHash: The SHA-256 of its id (32 bytes).
    ///   - subject: What it stands for.
    ///   - expires: When it ends.
    ///   - now: The time now: sessions that ended by then are removed.
    ///   - capacity: The most sessions kept at once (at least 1).
    ///   - perSubject: The most sessions one token or person keeps at once (at least 1): one token logging in again
    ///     and again ends its own oldest logins, never other people's.
    public func openWebSession(
        idHash: [UInt8], for subject: LoginSubject, expires: Date, now: Date, capacity: Int, perSubject: Int
    ) throws {
        try WebSessionRecord.filter(WebSessionRecord.Columns.expires <= WebSessionRecord.seconds(now)).deleteAll(db)
        let own = try WebSessionRecord.of(subject).order(WebSessionRecord.Columns.expires.desc).fetchAll(db)
        for record in own.dropFirst(max(1, perSubject) - 1) {
            _ = try record.delete(db)
        }
        let open = try WebSessionRecord.fetchCount(db)
        let excess = open - max(1, capacity) + 1
        if excess > 0 {
            try db.execute(
                sql: "DELETE FROM web_session WHERE id IN (SELECT id FROM web_session ORDER BY expires, id LIMIT ?)",
                arguments: [excess])
        }
        try WebSessionRecord(idHash: idHash, subject: subject, expires: expires).insert(db)
    }

    /// Ends a session (nothing when there is none).
    public func closeWebSession(idHash: [UInt8]) throws {
        _ = try WebSessionRecord.deleteOne(db, key: Data(idHash))
    }

    /// Ends every session of a person (by number, whatever password they logged in with) and, with `name`, of the
    /// tokens they own.
    func endWebSessions(ofPerson id: Int64?, named name: String?) throws {
        if let id { try WebSessionRecord.filter(WebSessionRecord.Columns.person == id).deleteAll(db) }
        if let name {
            try db.execute(
                sql: "DELETE FROM web_session WHERE token IN (SELECT hash FROM token WHERE owner = ?)",
                arguments: [name])
        }
    }

    /// The node's anti-forgery key, made with `make` and kept the first time it is asked for.
    public func webFormKey(making make: () -> [UInt8]) throws -> [UInt8] {
        if let key = try webFormKey() { return key }
        let key = make()
        try db.execute(sql: "INSERT INTO web_key (id, key) VALUES (1, ?)", arguments: [Data(key)])
        return key
    }
}

extension StoreReading {
    /// An open session, by the SHA-256 of its id: what it stands for and when it ends (maybe past: the caller
    /// decides), or `nil` when there is none.
    public func webSession(idHash: [UInt8]) throws -> (subject: LoginSubject, expires: Date)? {
        let record = try WebSessionRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM web_session WHERE id = ?"), arguments: [Data(idHash)])
        guard let record, let subject = record.subject else { return nil }
        return (subject, Date(timeIntervalSince1970: TimeInterval(record.expires)))
    }

    /// The node's anti-forgery key, if one was made (``StoreWriter/webFormKey(making:)``).
    public func webFormKey() throws -> [UInt8]? {
        try Data.fetchOne(db, sql: "SELECT key FROM web_key WHERE id = 1").map(Array.init)
    }

    /// How many sessions are kept, ended ones included.
    public func webSessionCount() throws -> Int {
        try WebSessionRecord.fetchCount(db)
    }
}
