// Writing the agency registry: aliases, merges, the agencies a year expects, the reporting deadline.

public import Foundation
import GRDB
import ReportModel

extension StoreWriter {
    /// Adds an agency or changes its name, parent and kind (its aliases are ``addAlias(_:normalized:to:)``'s).
    ///
    /// - Throws: ``StoreError/database(code:message:)`` when its parent is not a known agency.
    public func save(_ agency: Agency) throws {
        try AgencyRecord(id: agency.id, name: agency.name, parent: agency.parent, kind: agency.kind?.rawValue).save(db)
    }

    /// Gives an agency another name.
    ///
    /// - Returns: `false` when the name (as compared) is already another agency's alias; `true` when it is now (or
    ///   already was) this agency's.
    public func addAlias(_ alias: String, normalized: String, to agency: String) throws -> Bool {
        if let existing = try AgencyAliasRecord.fetchOne(db, key: normalized) { return existing.agency == agency }
        try AgencyAliasRecord(normalized: normalized, alias: alias, agency: agency).insert(db)
        return true
    }

    /// Takes a name away from an agency: the alias written exactly so (as ``StoreReading/agency(_:)`` lists it), not
    /// another name that compares equal to it (常张乡 for 常张乡人民政府).
    ///
    /// - Returns: `false` when the agency has no such alias; nothing is changed then.
    public func removeAlias(_ alias: String, from agency: String) throws -> Bool {
        try AgencyAliasRecord.filter(
            AgencyAliasRecord.Columns.alias == alias && AgencyAliasRecord.Columns.agency == agency
        )
        .deleteAll(db) > 0
    }

    /// Folds one agency's registry rows into another's: its aliases, the agencies under it, the people and tokens
    /// that reach it, and the years that expect it then name `into`; its own row is removed. Its reports' refs are
    /// the caller's to move first. The merge is recorded (``StoreReading/agencyMerge(of:)``), and earlier merges into
    /// `from` now name `into`.
    public func foldAgency(_ from: String, into: String, at time: Date = Date()) throws {
        try db.execute(sql: "UPDATE agency_merge SET into_agency = ? WHERE into_agency = ?", arguments: [into, from])
        try AgencyMergeRecord(agency: from, intoAgency: into, merged: Int64(time.timeIntervalSince1970)).save(db)
        try db.execute(sql: "UPDATE agency_alias SET agency = ? WHERE agency = ?", arguments: [into, from])
        try db.execute(sql: "UPDATE agency SET parent = ? WHERE parent = ?", arguments: [into, from])
        for table in ["person_agency", "token_agency"] {
            try db.execute(sql: "UPDATE OR IGNORE \(table) SET agency = ? WHERE agency = ?", arguments: [into, from])
            try db.execute(sql: "DELETE FROM \(table) WHERE agency = ?", arguments: [from])
        }
        try db.execute(
            sql: "UPDATE OR IGNORE agency_expected SET agency = ? WHERE agency = ?", arguments: [into, from])
        try db.execute(sql: "DELETE FROM agency_expected WHERE agency = ?", arguments: [from])
        _ = try AgencyRecord.deleteOne(db, key: from)
    }

    /// Sets (or, with `nil`, removes) the list of agencies expected to report for a year.
    public func setExpectedAgencies(_ agencies: Set<String>?, year: Int) throws {
        _ = try AgencyExpectedRecord.filter(AgencyExpectedRecord.Columns.year == year).deleteAll(db)
        for agency in (agencies ?? []).sorted() { try AgencyExpectedRecord(year: year, agency: agency).insert(db) }
    }

    /// Sets (or, with `nil`, removes) the reporting deadline (`MM-DD`).
    public func setDeadline(_ value: String?) throws {
        if let value {
            try Setting(key: Setting.deadlineKey, value: value).save(db)
        } else {
            _ = try Setting.deleteOne(db, key: Setting.deadlineKey)
        }
    }
}
