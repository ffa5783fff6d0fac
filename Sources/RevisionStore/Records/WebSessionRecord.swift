import Foundation
import GRDB

/// A row of the `web_session` table (v19): an open login of the node's web pages, by the SHA-256 of its id.
struct WebSessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "web_session"

    /// The SHA-256 of the session id the cookie carries.
    var id: Data
    /// A token's session: the SHA-256 of the token.
    var token: Data?
    /// A person's session: their number.
    var person: Int64?
    /// A person's session: the stamp of the password they logged in with.
    var stamp: String?
    /// When it ends, in seconds since 1970 (UTC).
    var expires: Int64

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let token = Column(CodingKeys.token)
        static let person = Column(CodingKeys.person)
        static let stamp = Column(CodingKeys.stamp)
        static let expires = Column(CodingKeys.expires)
    }

    /// The row of a session.
    init(idHash: [UInt8], subject: LoginSubject, expires: Date) {
        id = Data(idHash)
        switch subject {
        case .token(let hash):
            token = Data(hash)
        case .person(let number, let stamp):
            person = number
            self.stamp = stamp
        }
        self.expires = Self.seconds(expires)
    }

    /// What the session stands for, or `nil` for a row of another form (only ever written by a newer nianbao).
    var subject: LoginSubject? {
        if let token { return .token(hash: Array(token)) }
        if let person, let stamp { return .person(id: person, stamp: stamp) }
        return nil
    }

    /// A time as the table keeps it: whole seconds since 1970 (UTC), rounded down.
    static func seconds(_ time: Date) -> Int64 { Int64(time.timeIntervalSince1970.rounded(.down)) }

    /// The sessions of a subject.
    static func of(_ subject: LoginSubject) -> QueryInterfaceRequest<WebSessionRecord> {
        switch subject {
        case .token(let hash): filter(Columns.token == Data(hash))
        case .person(let number, let stamp): filter(Columns.person == number && Columns.stamp == stamp)
        }
    }

    /// Forgets every session and the anti-forgery key, if the file has them, their bytes overwritten with zeros
    /// (`secure_delete`): a backup's copy holds no login, not even in its free pages.
    static func forgetAll(in db: Database) throws {
        guard try db.tableExists(databaseTableName) else { return }
        try db.execute(sql: "PRAGMA secure_delete = ON; DELETE FROM web_session; DELETE FROM web_key")
    }
}
