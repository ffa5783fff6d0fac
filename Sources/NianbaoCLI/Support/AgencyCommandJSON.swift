import ReportModel
import ReportRepository

// The JSON shapes of `nianbao agency add|list|alias|rename|merge|expect --format json`, documented in
// Schema/store.md ("CLI JSON").

/// One agency in `nianbao agency list --format json`.
struct RegisteredAgencyJSON: JSONOutput {
    let id: String
    let name: String
    let aliases: [String]
    @NullEncodable var parent: String?
    @NullEncodable var kind: String?

    init(_ agency: Agency) {
        id = agency.id
        name = agency.name
        aliases = agency.aliases
        parent = agency.parent
        kind = agency.kind?.rawValue
    }

    /// `changzhang	长子县常张乡人民政府	乡镇/街道	上级 zhangzi	别名 常张乡`.
    static func line(_ agency: Agency) -> String {
        let kind = agency.kind ?? AgencyNaming.guessedKind(of: agency.name)
        var columns = [agency.id, agency.name, Language.pick(kind.label, kind.englishLabel)]
        if let parent = agency.parent { columns.append(Language.pick("上级 ", "parent ") + parent) }
        if !agency.aliases.isEmpty {
            columns.append(
                Language.pick("别名 ", "aliases ") + agency.aliases.joined(separator: Language.pick("、", ", ")))
        }
        return columns.joined(separator: "\t")
    }
}

/// `nianbao agency list --format json`.
struct AgenciesJSON: JSONOutput {
    let agencies: [RegisteredAgencyJSON]
}

/// `nianbao agency expect YEAR --format json`.
struct ExpectedJSON: JSONOutput {
    let year: Int
    let isDefault: Bool
    let agencies: [RegisteredAgencyJSON]
}

/// `nianbao agency merge FROM INTO --format json`.
struct AgencyMergeJSON: JSONOutput {
    let from: String
    let into: String
    let moved: [Int]
    let same: [Int]

    init(_ outcome: AgencyMergeOutcome) {
        from = outcome.from
        into = outcome.into
        moved = outcome.moved
        same = outcome.same
    }
}
