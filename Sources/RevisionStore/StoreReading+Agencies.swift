// Reading the agency registry: aliases, the agencies a year expects, the reporting deadline.

import GRDB

extension StoreReading {
    /// The agency that has an alias, by the alias as names are compared, if any.
    public func agencyID(ofAlias normalized: String) throws -> String? {
        try AgencyAliasRecord.fetchOne(db, key: normalized)?.agency
    }

    /// Where an agency id went when it was merged into another, if it was.
    public func agencyMerge(of agency: String) throws -> AgencyMerge? {
        try AgencyMergeRecord.fetchOne(db, key: agency)?.merge
    }

    /// Every agency id merged into another, by id.
    public func agencyMerges() throws -> [AgencyMerge] {
        // Read by every pull the server answers: prepared once per connection to the store.
        let statement = try db.cachedStatement(sql: "SELECT * FROM agency_merge ORDER BY agency")
        return try AgencyMergeRecord.fetchAll(statement).map(\.merge)
    }

    /// The agencies the county set as expected for a year, or `nil` when it set no list for that year.
    public func expectedAgencies(year: Int) throws -> Set<String>? {
        let rows = try AgencyExpectedRecord.filter(AgencyExpectedRecord.Columns.year == year).fetchAll(db)
        return rows.isEmpty ? nil : Set(rows.map(\.agency))
    }

    /// The latest year the county set a list of expected agencies for, if any; with `scope`, the latest such list
    /// that names one of its agencies.
    public func latestExpectedYear(scope: AccessScope = .all) throws -> Int? {
        switch scope {
        case .all: return try Int.fetchOne(db, sql: "SELECT MAX(year) FROM agency_expected")
        case .agencies(let ids):
            return try AgencyExpectedRecord.filter(ids.contains(AgencyExpectedRecord.Columns.agency))
                .select(max(AgencyExpectedRecord.Columns.year), as: Int?.self).fetchOne(db) ?? nil
        }
    }

    /// The years the county set a list of expected agencies for, oldest first; with `scope`, those whose list names
    /// one of its agencies.
    public func expectedYears(scope: AccessScope = .all) throws -> [Int] {
        var request = AgencyExpectedRecord.select(AgencyExpectedRecord.Columns.year, as: Int.self).distinct()
        if case .agencies(let ids) = scope {
            request = request.filter(ids.contains(AgencyExpectedRecord.Columns.agency))
        }
        return try request.order(AgencyExpectedRecord.Columns.year).fetchAll(db)
    }

    /// The reporting deadline set for this node (`MM-DD` of the year after the reporting year), if any.
    public func deadline() throws -> String? {
        try Setting.value(of: Setting.deadlineKey, in: db)
    }
}
