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

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let parent = Column(CodingKeys.parent)
    }
}

extension DerivableRequest<AgencyRecord> {
    /// Agencies by id.
    func orderedByID() -> Self {
        order(AgencyRecord.Columns.id)
    }
}
