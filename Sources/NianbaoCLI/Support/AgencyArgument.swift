import ReportModel
import ReportRepository

/// An `--agency` a person typed: an agency's id, or the name of an agency the repository knows (`--agency 大庄乡`,
/// `--agency 长子县大庄乡人民政府`), taken as that agency: the command knows exactly which office is meant, and said
/// "write --agency dazhuang" before (user review ux98, N).
enum AgencyArgument {
    /// The agency id an `--agency` stands for: an id as typed; a known agency's name (or alias, or a way of writing
    /// it ``AgencyMatcher`` reads as its) as that agency's id, said on standard error; anything else as typed, for the
    /// repository's own checks to refuse. Only the agencies `principal` reaches are matched (a clerk named at the
    /// terminal): another's name is taken as typed, as one that is not there.
    static func id(
        _ text: String, in repository: ReportRepository, reachedBy principal: Principal? = nil
    ) async throws -> String {
        guard !Agency.isValidID(text) else { return text }
        let known = try await repository.agencies().filter { principal?.reaches(agency: $0.id) ?? true }
        guard let agency = AgencyMatcher(agencies: known).match(text) else { return text }
        Output.diagnose(
            Language.pick(
                "“\(text)”即 \(agency.name)（代号 \(agency.id)）。",
                "“\(text)” is \(agency.name) (id \(agency.id))."))
        return agency.id
    }
}
