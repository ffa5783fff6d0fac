import GRDB

/// A row of the `agency` table.
struct AgencyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "agency"

    /// The agency's stable id.
    var id: String
    /// Its name as reports write it.
    var name: String
    /// The id of the office above it.
    var parent: String?
    /// Its kind's raw value, if known.
    var kind: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let parent = Column(CodingKeys.parent)
        static let kind = Column(CodingKeys.kind)
    }

    /// The agency of this row, with its aliases.
    func agency(aliases: [String]) -> Agency {
        Agency(id: id, name: name, parent: parent, kind: kind.flatMap(AgencyKind.init(rawValue:)), aliases: aliases)
    }
}

/// A row of the `agency_alias` table: another name of an agency.
struct AgencyAliasRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "agency_alias"

    /// The alias as names are compared (unique).
    var normalized: String
    /// The alias as given.
    var alias: String
    /// The agency's id.
    var agency: String

    enum Columns {
        static let normalized = Column(CodingKeys.normalized)
        static let agency = Column(CodingKeys.agency)
    }
}

/// A row of the `agency_expected` table: an agency that must report for a year.
struct AgencyExpectedRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "agency_expected"

    var year: Int
    var agency: String

    enum Columns {
        static let year = Column(CodingKeys.year)
        static let agency = Column(CodingKeys.agency)
    }
}

extension DerivableRequest<AgencyRecord> {
    /// Agencies by id.
    func orderedByID() -> Self {
        order(AgencyRecord.Columns.id)
    }
}
