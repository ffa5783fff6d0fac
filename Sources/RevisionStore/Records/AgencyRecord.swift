import Foundation
import GRDB
import ReportModel

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
        static let alias = Column(CodingKeys.alias)
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

/// A row of the `agency_merge` table: an agency id merged into another.
struct AgencyMergeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "agency_merge"

    /// The id merged away.
    var agency: String
    /// The agency that holds its reports now.
    var intoAgency: String
    /// When, in seconds since 1970 (UTC).
    var merged: Int64

    enum CodingKeys: String, CodingKey {
        case agency
        case intoAgency = "into_agency"
        case merged
    }

    enum Columns {
        static let agency = Column(CodingKeys.agency)
        static let intoAgency = Column(CodingKeys.intoAgency)
    }

    /// The merge of this row.
    var merge: AgencyMerge {
        AgencyMerge(agency: agency, into: intoAgency, merged: Date(timeIntervalSince1970: TimeInterval(merged)))
    }
}
