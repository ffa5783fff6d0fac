public import RevisionStore

/// Which agency a name in a report means: a registered one, or a new one the registry would add. The one rule
/// `import` uses, and any other way a report comes in without its agency id (a web upload by the county).
public enum AgencyMatch: Sendable, Hashable {
    /// A registered agency (``AgencyMatcher/match(_:)``).
    case registered(Agency)
    /// None matches: the agency registering the name would add (a readable id, the kind the name suggests), with
    /// registered agencies of close names ("did you mean").
    case new(Agency, suggestions: [Agency])
    /// None matches, but the name is one or two characters from registered agencies' names
    /// (``AgencyMatcher/nearMatches(for:)``): most likely a typo of theirs or their new name. The agency registering
    /// it would add, and those agencies; `import` refuses the file rather than make the new agency unasked.
    case near(Agency, registered: [Agency])

    /// The match of a name among agencies.
    public static func of(_ name: String, among agencies: [Agency]) -> AgencyMatch {
        let matcher = AgencyMatcher(agencies: agencies)
        if let agency = matcher.match(name) { return .registered(agency) }
        let id = AgencyNaming.readableID(for: name, taken: Set(agencies.map(\.id)))
        let new = Agency(id: id, name: name, kind: AgencyNaming.guessedKind(of: name))
        let near = matcher.nearMatches(for: name)
        return near.isEmpty ? .new(new, suggestions: matcher.suggestions(for: name)) : .near(new, registered: near)
    }

    /// The agency, registered or new.
    public var agency: Agency {
        switch self {
        case .registered(let agency), .new(let agency, _), .near(let agency, _): agency
        }
    }
}

extension ReportRepository {
    /// Which agency a name in a report means (``AgencyMatch/of(_:among:)``), without changing anything.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func agencyMatch(for name: String) async throws(RepositoryError) -> AgencyMatch {
        AgencyMatch.of(name, among: try await read { try $0.agencies() })
    }
}
