// The agency registry: the offices a county's reports come from, their other names, their kind and parent, and
// which of them must report for a year.

public import Foundation
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Every registered agency, names in pinyin order (``AgencyOrder``).
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func agencyRegistry() async throws(RepositoryError) -> [Agency] {
        try await read { try $0.agencies() }.sorted(by: AgencyOrder.byName)
    }

    /// Registers an agency.
    ///
    /// - Parameters:
    ///   - id: Its readable id (``Agency/isValidID(_:)``), unique; `nil` makes it from the name as `import` does
    ///   (``AgencyNaming/readableID(for:taken:)``: 长子县常张乡人民政府 → `changzhang`).
    ///   - name: Its full name as reports write it.
    ///   - aliases: Other names reports give it.
    ///   - parent: The id of a registered office above it.
    ///   - kind: What kind of office it is; guessed from the name when not given
    ///     (``AgencyNaming/guessedKind(of:)``).
    ///   - administrator: Who registers it: the audit log's line (登记机关 …), written with it.
    /// - Returns: The agency as registered.
    /// - Throws: ``RepositoryError/invalidAgencyID(_:)``, ``RepositoryError/agency(_:)`` (the id or a name taken, a
    ///   parent not registered, a bad name); nothing is changed then.
    @discardableResult
    public func addAgency(
        id: String?, name: String, aliases: [String] = [], parent: String? = nil, kind: AgencyKind? = nil,
        by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) -> Agency {
        if let id, !Agency.isValidID(id) { throw .invalidAgencyID(id) }
        let name = try Self.checkedAgencyName(name)
        let aliases = try aliases.map { alias throws(RepositoryError) in try Self.checkedAgencyName(alias) }
        return try await write { writer in
            try Self.register(
                id: id, name: name, aliases: aliases, parent: parent, kind: kind, by: administrator, time: time,
                in: writer)
        }
    }

    /// The error for an agency id that is not registered: where it went when it was merged into another
    /// (``AgencyError/mergedInto(_:into:name:)``, so that a person is pointed to the id that holds its reports now),
    /// else ``AgencyError/agencyNotFound(_:)``.
    static func unknownAgency(_ id: String, in reader: some StoreReading) throws -> RepositoryError {
        guard let merge = try reader.agencyMerge(of: id) else { return .agency(.agencyNotFound(id)) }
        return .agency(.mergedInto(id, into: merge.into, name: try reader.agency(merge.into)?.name ?? merge.into))
    }

    /// Refuses ids merged into another agency (``AgencyError/mergedInto(_:into:name:)``): a person, a token or a new
    /// agency under such an id would bring the merged-away office back beside the one that holds its reports.
    static func checkNotMergedAway(_ ids: some Sequence<String>, in reader: some StoreReading) throws {
        for id in ids where try reader.agency(id) == nil && reader.agencyMerge(of: id) != nil {
            throw try unknownAgency(id, in: reader)
        }
    }

    /// Gives a registered agency other names.
    ///
    /// - Parameter administrator: Who gives them: the audit log's line (给机关 … 加别名 …), written with them.
    /// - Returns: The agency with its aliases.
    /// - Throws: ``RepositoryError/agency(_:)`` for an unknown agency or a name another agency has; nothing is
    ///   changed then.
    @discardableResult
    public func addAliases(
        _ aliases: [String], to id: String, by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) -> Agency {
        let aliases = try aliases.map { alias throws(RepositoryError) in try Self.checkedAgencyName(alias) }
        return try await write { writer in
            guard let agency = try writer.agency(id) else { throw try Self.unknownAgency(id, in: writer) }
            try Self.checkNamesFree(aliases, for: id, orSameOffice: true, in: writer)
            for alias in aliases where AgencyNaming.normalized(alias) != AgencyNaming.normalized(agency.name) {
                try Self.saveAlias(alias, to: id, in: writer)
            }
            try writer.appendAudit(
                person: administrator, action: .agencyAlias,
                detail: AuditWording.agencyAliases.detail(agency.name, aliases.joined(separator: "、")), time: time)
            return try writer.agency(id) ?? agency
        }
    }

    /// Takes other names away from a registered agency: a name given by mistake, or one another node gave it that is
    /// another office's (aliases taken from a township before review rr95's finding 1 was fixed). A file that names
    /// the agency so is then no longer taken for its report; its reports already kept are not changed.
    ///
    /// - Parameters:
    ///   - aliases: The aliases as `agency list` shows them (a name that only compares equal to one is not taken).
    ///   - administrator: Who takes them away: the audit log's line (删去机关 … 的别名 …), written with it.
    /// - Returns: The agency with the aliases left.
    /// - Throws: ``RepositoryError/agency(_:)`` for an unknown agency or a name that is not one of its aliases
    ///   (``AgencyError/notAnAlias(name:agency:)``); nothing is changed then.
    @discardableResult
    public func removeAliases(
        _ aliases: [String], from id: String, by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) -> Agency {
        try await write { writer in
            guard let agency = try writer.agency(id) else { throw try Self.unknownAgency(id, in: writer) }
            for alias in aliases {
                guard try writer.removeAlias(alias.trimmingCharacters(in: .whitespaces), from: id) else {
                    throw RepositoryError.agency(.notAnAlias(name: alias, agency: agency.name))
                }
            }
            try writer.appendAudit(
                person: administrator, action: .agencyAliasRemove,
                detail: AuditWording.agencyAliasesRemoved.detail(agency.name, aliases.joined(separator: "、")),
                time: time)
            return try writer.agency(id) ?? agency
        }
    }

    /// Gives a registered agency a new name (a township that became a town, 撤乡设镇: 常张乡人民政府 → 常张镇人民政府); its
    /// old name becomes an alias, so that its earlier reports, which name it so, still match it. The pages, `reports`,
    /// the county's workbook and next year's draft then name it by the new name; each report keeps the name it was
    /// written with.
    ///
    /// - Parameter administrator: Who renames it: the audit log's line (机关改名 …), written with it.
    /// - Returns: The agency with its new name and aliases.
    /// - Throws: ``RepositoryError/agency(_:)`` for an unknown agency (or one merged into another), an invalid name,
    ///   or a name another agency has; nothing is changed then.
    @discardableResult
    public func renameAgency(
        _ id: String, to name: String, by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) -> Agency {
        let name = try Self.checkedAgencyName(name)
        return try await write { writer in
            guard var agency = try writer.agency(id) else { throw try Self.unknownAgency(id, in: writer) }
            let old = agency.name
            guard old != name else { return agency }
            try Self.checkNamesFree([name], for: id, orSameOffice: true, in: writer)
            agency.name = name
            try writer.save(agency)
            if AgencyNaming.normalized(old) != AgencyNaming.normalized(name), old != id {
                try Self.saveAlias(old, to: id, in: writer)
            }
            try Self.relabelTokens(ofAgency: id, from: old, to: name, in: writer)
            try writer.appendAudit(
                person: administrator, action: .agencyRename, detail: AuditWording.agencyRenamed.detail(old, id, name),
                time: time)
            return try writer.agency(id) ?? agency
        }
    }

    /// The agencies that must report for a year: the list the county set (``setExpectedAgencies(_:year:)``), else
    /// every registered township and department (an agency without a kind counts by the kind its name suggests).
    ///
    /// - Returns: The agencies, in pinyin order, and whether the list is the default one.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func expectedAgencies(year: Int) async throws(RepositoryError) -> (agencies: [Agency], isDefault: Bool) {
        let (agencies, set) = try await read { reader in
            (try reader.agencies(), try reader.expectedAgencies(year: year))
        }
        return (Self.expected(of: agencies, set: set).sorted(by: AgencyOrder.byName), set == nil)
    }

    /// The rule of ``expectedAgencies(year:)`` on agencies already read.
    static func expected(of agencies: [Agency], set: Set<String>?) -> [Agency] {
        if let set { return agencies.filter { set.contains($0.id) } }
        return agencies.filter { [.township, .department].contains($0.kind ?? AgencyNaming.guessedKind(of: $0.name)) }
    }

    /// Sets which agencies must report for a year, or with `nil` goes back to the default (every township and
    /// department).
    ///
    /// - Throws: ``RepositoryError/invalidYear(_:)``, ``RepositoryError/agency(_:)`` for an id not registered;
    ///   nothing is changed then.
    public func setExpectedAgencies(_ ids: [String]?, year: Int) async throws(RepositoryError) {
        guard ReportKey.years.contains(year) else { throw .invalidYear(year) }
        try await write { writer in
            for id in ids ?? [] {
                if try writer.agency(id) == nil { throw try Self.unknownAgency(id, in: writer) }
            }
            try writer.setExpectedAgencies(ids.map { Set($0) }, year: year)
        }
    }

    /// The reporting deadline: the day of the year after the reporting year by which townships and departments
    /// report (1月31日 unless set with ``setDeadline(_:)``).
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func deadline() async throws(RepositoryError) -> ReportingDeadline {
        let text = try await read { try $0.deadline() }
        return text.flatMap(ReportingDeadline.init(parsing:)) ?? .standard
    }

    /// Sets the reporting deadline (`MM-DD`, as `01-31`), or with `nil` goes back to 1月31日.
    ///
    /// - Throws: ``RepositoryError/agency(_:)`` with ``AgencyError/invalidDeadline(_:)``; nothing is changed then.
    public func setDeadline(_ text: String?) async throws(RepositoryError) {
        var value: String?
        if let text {
            guard let deadline = ReportingDeadline(parsing: text) else { throw .agency(.invalidDeadline(text)) }
            value = deadline.description
        }
        let kept = value
        try await write { try $0.setDeadline(kept) }
    }

    // MARK: - Rules shared by the registry's changes

    static func checkedAgencyName(_ name: String) throws(RepositoryError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 100, !trimmed.hasInvisibleCharacters else {
            throw .agency(.invalidName(name))
        }
        return trimmed
    }

    /// Refuses names another agency has as its name or an alias, compared as names are compared (normalised); with
    /// `orSameOffice`, also a name that is another's with a county or city in front or dropped, as the guard against
    /// the wrong report compares them (``ReportMismatch``): a renamed agency called 长子县大庄镇人民政府 beside 大庄镇人民政府
    /// would take that office's reports for its own, and a new one registered so beside 大庄乡 was the same township
    /// twice (ux98 Q: its report counted under one, the other 未报送 in the county's workbook). Registering, renaming
    /// and aliases compare so; a commit's new agency (named by its file) compares names only.
    static func checkNamesFree(
        _ names: [String], for id: String, orSameOffice: Bool = false, in reader: some StoreReading
    ) throws {
        let agencies = try reader.agencies()
        for name in names {
            let normalized = AgencyNaming.normalized(name)
            if let owner = agencies.first(where: { agency in
                agency.id != id
                    && ([agency.name] + agency.aliases).contains {
                        orSameOffice ? ReportMismatch.sameOffice($0, name) : AgencyNaming.normalized($0) == normalized
                    }
            }) {
                throw RepositoryError.agency(.nameTaken(name: name, agency: owner.id))
            }
        }
    }

    static func saveAlias(_ alias: String, to id: String, in writer: StoreWriter) throws {
        guard try writer.addAlias(alias, normalized: AgencyNaming.normalized(alias), to: id) else {
            let owner = try writer.agencyID(ofAlias: AgencyNaming.normalized(alias)) ?? "?"
            throw RepositoryError.agency(.nameTaken(name: alias, agency: owner))
        }
    }
}

/// The order names of agencies are listed in: pinyin, place words read as places (长乐乡 under C, 厦门 under X:
/// ``PlaceNameReading/compare(_:_:)``), then id.
public enum AgencyOrder {
    /// The Chinese locale names of people are compared in.
    static let locale = Locale(identifier: "zh_CN")

    /// Whether one office's name comes before another in pinyin order.
    public static func names(_ one: String, _ other: String) -> Bool {
        PlaceNameReading.compare(one, other) == .orderedAscending
    }

    /// Whether one person's name comes before another in pinyin order: ICU's, with no place readings (a person
    /// named 长孙 is not at a place called 长).
    public static func people(_ one: String, _ other: String) -> Bool {
        one.compare(other, locale: locale) == .orderedAscending
    }

    /// Whether one report comes before another in a list people read: by its agency's name in pinyin order, then
    /// by the agency's id, then by year.
    public static func reports(_ one: ReportSummary, _ other: ReportSummary) -> Bool {
        let order = PlaceNameReading.compare(one.displayName, other.displayName)
        guard order == .orderedSame else { return order == .orderedAscending }
        return (one.report.agency, one.report.year) < (other.report.agency, other.report.year)
    }

    /// Whether one agency comes before another: by name in pinyin order, then by id.
    public static func byName(_ one: Agency, _ other: Agency) -> Bool {
        let order = PlaceNameReading.compare(one.name, other.name)
        return order == .orderedSame ? one.id < other.id : order == .orderedAscending
    }
}
