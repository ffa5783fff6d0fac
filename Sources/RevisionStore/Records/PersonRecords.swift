import Foundation
import GRDB

/// A row of the `person` table.
struct PersonRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "person"

    var id: Int64?
    var name: String
    /// The role's raw value.
    var role: String
    /// The bcrypt hash of the password.
    var password: String
    /// Seconds since 1970.
    var created: Int64
    var disabled: Int64?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of the `person_agency` table.
struct PersonAgencyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "person_agency"

    var person: Int64
    var agency: String

    enum Columns {
        static let person = Column(CodingKeys.person)
    }
}

/// A row of the `audit` table.
struct AuditRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit"

    var id: Int64?
    var time: Int64
    var person: String
    var action: String
    var agency: String?
    var year: Int?
    var revision: String?
    var detail: String
    var node: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(_ entry: AuditEntry) {
        id = nil
        time = Int64(entry.time.timeIntervalSince1970)
        person = entry.person
        action = entry.action
        agency = entry.agency
        year = entry.year
        revision = entry.revision
        detail = entry.detail
        node = entry.node
    }

    var entry: AuditEntry {
        AuditEntry(
            id: id ?? 0, time: Date(timeIntervalSince1970: Double(time)), person: person, action: action,
            agency: agency, year: year, revision: revision, detail: detail, node: node)
    }
}
