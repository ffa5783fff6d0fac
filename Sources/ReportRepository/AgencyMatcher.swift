import ReportModel
public import RevisionStore

/// Which registered agency a name in a report means: the one rule `import` and the web upload use.
///
/// A name matches an agency when, normalised (``AgencyNaming/normalized(_:)``), it is the agency's name or one of
/// its aliases; else when one of its variants (``AgencyNaming/variants(_:)``: the name without the regions in front
/// of it) is a variant of exactly one agency's name or alias. `淮安市洪泽区人民政府` so matches `洪泽区人民政府` and the
/// other way round; a variant two agencies share matches neither.
public struct AgencyMatcher: Sendable {
    private let agencies: [Agency]
    private let exact: [String: [String]]
    private let byVariant: [String: Set<String>]

    /// A matcher over the registered agencies.
    public init(agencies: [Agency]) {
        self.agencies = agencies
        var exact: [String: [String]] = [:]
        var byVariant: [String: Set<String>] = [:]
        for agency in agencies {
            for name in [agency.name] + agency.aliases {
                exact[AgencyNaming.normalized(name), default: []].append(agency.id)
                for variant in AgencyNaming.variants(name) { byVariant[variant, default: []].insert(agency.id) }
            }
        }
        self.exact = exact
        self.byVariant = byVariant
    }

    /// The agency a name means, or `nil` when it means none (or several).
    public func match(_ name: String) -> Agency? {
        let normalized = AgencyNaming.normalized(name)
        if let ids = exact[normalized] {
            return Set(ids).count == 1 ? agency(ids[0]) : nil
        }
        for variant in AgencyNaming.variants(name) {
            guard let ids = byVariant[variant] else { continue }
            return ids.count == 1 ? ids.first.flatMap(agency) : nil
        }
        return nil
    }

    /// Registered agencies whose name is close to a name that matched none ("did you mean"): the same core
    /// (``AgencyNaming/core(_:)``), one core inside the other, or cores one edit apart; at most three, by id.
    public func suggestions(for name: String) -> [Agency] {
        let core = AgencyNaming.core(name)
        guard !core.isEmpty else { return [] }
        return agencies.filter { agency in
            ([agency.name] + agency.aliases).contains { other in
                let otherCore = AgencyNaming.core(other)
                guard !otherCore.isEmpty else { return false }
                if otherCore == core { return true }
                if min(core.count, otherCore.count) >= 2, otherCore.contains(core) || core.contains(otherCore) {
                    return true
                }
                return core.count >= 2 && otherCore.count >= 2 && EditDistance.of(core, otherCore) <= 1
            }
        }.prefix(3).map { $0 }
    }

    /// Registered agencies one of whose names is one or two characters from a name that matched none
    /// (``AgencyNaming/areNear(_:_:)``): the name is most likely a typo of theirs or their new name, and `import`
    /// makes no new agency of it unless told (``AgencyMatch/near(_:registered:)``). At most three.
    public func nearMatches(for name: String) -> [Agency] {
        agencies.filter { agency in ([agency.name] + agency.aliases).contains { AgencyNaming.areNear(name, $0) } }
            .prefix(3).map { $0 }
    }

    private func agency(_ id: String) -> Agency? {
        agencies.first { $0.id == id }
    }
}
