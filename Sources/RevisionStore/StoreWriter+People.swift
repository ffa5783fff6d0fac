// Writing the people of a node and its audit log.

public import Foundation
import GRDB

extension StoreWriter {
    /// Records a new person with the bcrypt hash of their password.
    ///
    /// - Returns: The person as the node keeps them, or `nil` when the name is already taken.
    public func insertPerson(
        name: String, role: PersonRole, agencies: Set<String>, passwordHash: String, created: Date
    ) throws -> Person? {
        guard try PersonRecord.filter(PersonRecord.Columns.name == name).fetchCount(db) == 0 else { return nil }
        var record = PersonRecord(
            id: nil, name: name, role: role.rawValue, password: passwordHash,
            created: Int64(created.timeIntervalSince1970), disabled: nil)
        try record.insert(db)
        let id = record.id ?? db.lastInsertedRowID
        for agency in agencies.sorted() { try PersonAgencyRecord(person: id, agency: agency).insert(db) }
        return try person(record)
    }

    /// Disables a person; returns `false` when there is no such person.
    public func disablePerson(named name: String, at time: Date) throws -> Bool {
        guard var record = try PersonRecord.filter(PersonRecord.Columns.name == name).fetchOne(db) else {
            return false
        }
        if record.disabled == nil {
            record.disabled = Int64(time.timeIntervalSince1970)
            try record.update(db)
        }
        // Their logins end now, those opened with a token they own too: enabled again, they log in again. Their
        // tokens are revoked: a new password never brings an old token back (review rr96, finding 1).
        try endWebSessions(ofPerson: record.id, named: record.name)
        try revokeTokens(ownedBy: record.name, at: time)
        return true
    }

    /// Revokes every token a person owns that is not revoked yet.
    private func revokeTokens(ownedBy name: String, at time: Date) throws {
        try db.execute(
            sql: "UPDATE token SET revoked = ? WHERE owner = ? AND revoked IS NULL",
            arguments: [Int64(time.timeIntervalSince1970), name])
    }

    /// Replaces a person's password hash (and enables them again); returns `false` when there is no such person. A
    /// person enabled again gets no token back: one still held from before they were disabled (a store of an older
    /// version kept them unrevoked) is revoked now.
    public func setPassword(of name: String, hash: String, at time: Date = Date()) throws -> Bool {
        guard var record = try PersonRecord.filter(PersonRecord.Columns.name == name).fetchOne(db) else {
            return false
        }
        if record.disabled != nil { try revokeTokens(ownedBy: record.name, at: time) }
        record.password = hash
        record.disabled = nil
        try record.update(db)
        try endWebSessions(ofPerson: record.id, named: nil)
        return true
    }

    /// Appends a line to the audit log.
    public func appendAudit(_ entry: AuditEntry) throws {
        var record = AuditRecord(entry)
        try record.insert(db)
    }

    /// Records who owns a token (a person's or a node's name).
    public func setTokenOwner(id: Int64, owner: String?) throws {
        try db.execute(sql: "UPDATE token SET owner = ? WHERE id = ?", arguments: [owner, id])
    }
}

extension StoreReading {
    /// Every person of the node, disabled ones included, by name.
    public func people() throws -> [Person] {
        try PersonRecord.all().order(PersonRecord.Columns.name).fetchAll(db).map(person)
    }

    /// A person and their password hash, by name.
    public func personWithPassword(named name: String) throws -> (person: Person, passwordHash: String)? {
        guard let record = try PersonRecord.filter(PersonRecord.Columns.name == name).fetchOne(db) else { return nil }
        return (try person(record), record.password)
    }

    /// A person and their password hash, by number.
    public func personWithPassword(id: Int64) throws -> (person: Person, passwordHash: String)? {
        guard let record = try PersonRecord.fetchOne(db, key: id) else { return nil }
        return (try person(record), record.password)
    }

    /// The audit log, newest first: at most `limit` lines, those of one report when `agency` and `year` are given.
    public func auditLog(agency: String? = nil, year: Int? = nil, limit: Int) throws -> [AuditEntry] {
        var request = AuditRecord.all()
        if let agency { request = request.filter(AuditRecord.Columns.agency == agency) }
        if let year { request = request.filter(AuditRecord.Columns.year == year) }
        return try request.order(AuditRecord.Columns.id.desc).limit(limit).fetchAll(db).map(\.entry)
    }

    func person(_ record: PersonRecord) throws -> Person {
        let id = record.id ?? 0
        let agencies = try PersonAgencyRecord.filter(PersonAgencyRecord.Columns.person == id).fetchAll(db)
            .map(\.agency)
        return Person(
            id: id, name: record.name, role: PersonRole(rawValue: record.role) ?? .viewer, agencies: Set(agencies),
            created: Date(timeIntervalSince1970: Double(record.created)),
            disabled: record.disabled.map { Date(timeIntervalSince1970: Double($0)) })
    }
}
