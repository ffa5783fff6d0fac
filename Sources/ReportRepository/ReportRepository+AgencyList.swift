// Registering agencies: one (`agency add`), or a county's whole list from a file (`agency add --from`), ids made
// from the names where none is given, as `import` makes them.

public import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Registers every agency of a file of agencies (``AgencyListLine``: `NAME[<TAB>ID[<TAB>PARENT-ID]]`, one a
    /// line), in one transaction: all of them, or, when a line cannot be read or registered, none.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: What the refusal calls the file (its path).
    ///   - kind: The kind of every agency of the file; each one's is guessed from its name when not given.
    ///   - administrator: Who registers them: the audit log's lines (登记机关 …), written with them.
    /// - Returns: The agencies as registered, in the file's order.
    /// - Throws: ``RepositoryError/badAgencyList(file:line:problem:)`` naming the first line refused and why;
    ///   nothing is changed then.
    public func addAgencies(
        listing text: String, file: String, kind: AgencyKind? = nil, by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) -> [Agency] {
        let lines: [AgencyListLine]
        do {
            lines = try AgencyListLine.lines(of: text, idRequired: false)
        } catch {
            throw .badAgencyList(file: file, line: error.line, problem: error.problem)
        }
        var names: [String] = []
        for line in lines {
            do {
                names.append(try Self.checkedAgencyName(line.name))
            } catch {
                throw Self.listRefusal(error, file: file, line: line.number)
            }
        }
        let checked = names
        return try await write { writer in
            var added: [Agency] = []
            for (line, name) in zip(lines, checked) {
                do {
                    added.append(
                        try Self.register(
                            id: line.id, name: name, aliases: [], parent: line.parent, kind: kind, by: administrator,
                            time: time, in: writer))
                } catch let error as RepositoryError {
                    throw Self.listRefusal(error, file: file, line: line.number)
                }
            }
            return added
        }
    }

    /// The refusal of a file's line for an error registering its agency.
    static func listRefusal(_ error: RepositoryError, file: String, line: Int) -> RepositoryError {
        switch error {
        case .agency(let refusal): .badAgencyList(file: file, line: line, problem: .refused(refusal))
        case .invalidAgencyID(let id): .badAgencyList(file: file, line: line, problem: .invalidID(id))
        default: error
        }
    }

    /// Registers an agency in a transaction: the one rule of `agency add`, alone or from a file.
    ///
    /// - Parameter id: Its id; `nil` makes it from the name (``newAgencyID(for:in:)``).
    /// - Throws: ``RepositoryError/agency(_:)`` (the id or a name taken, a parent not registered, an agency its own
    ///   parent).
    static func register(
        id: String?, name: String, aliases: [String], parent: String?, kind: AgencyKind?, by administrator: String,
        time: Date, in writer: StoreWriter
    ) throws -> Agency {
        let id = try id ?? newAgencyID(for: name, in: writer)
        if parent == id { throw RepositoryError.agency(.sameAgency(id)) }
        let agency = Agency(
            id: id, name: name, parent: parent, kind: kind ?? AgencyNaming.guessedKind(of: name), aliases: [])
        guard try writer.agency(id) == nil else { throw RepositoryError.agency(.idTaken(id)) }
        try checkNotMergedAway([id], in: writer)
        if let parent, try writer.agency(parent) == nil { throw try unknownAgency(parent, in: writer) }
        try checkNamesFree([name] + aliases, for: id, orSameOffice: true, in: writer)
        try writer.save(agency)
        for alias in aliases { try saveAlias(alias, to: id, in: writer) }
        try writer.appendAudit(
            person: administrator, action: .agencyAdd, detail: AuditWording.agencyAdded.detail(name, id), time: time)
        return try writer.agency(id) ?? agency
    }

    /// The id a new agency of this name gets: the one `import` gives it (``AgencyNaming/readableID(for:taken:)``,
    /// 长子县常张乡人民政府 → `changzhang`, `-2`… when taken), never an id registered or merged away.
    static func newAgencyID(for name: String, in reader: some StoreReading) throws -> String {
        let taken = Set(try reader.agencies().map(\.id)).union(try reader.agencyMerges().map(\.agency))
        return AgencyNaming.readableID(for: name, taken: taken)
    }
}
