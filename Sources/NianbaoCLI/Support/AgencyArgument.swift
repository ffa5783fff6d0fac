import ReportModel
import ReportRepository

/// An `--agency` a person typed: an agency's id. A name typed instead (`--agency 常张乡`) that names an agency the
/// repository knows is refused with its id, so that the person knows what to type.
enum AgencyArgument {
    /// Refuses an `--agency` that is not an id but the name of a known agency, saying its id; anything else goes on
    /// to the repository's own checks.
    ///
    /// - Throws: ``CLIError`` naming the agency and its id.
    static func check(_ text: String, in repository: ReportRepository) async throws {
        guard !Agency.isValidID(text) else { return }
        let known = try await repository.agencies()
        guard let agency = AgencyMatcher(agencies: known).match(text) else { return }
        throw CLIError(
            Language.pick(
                "“\(text)”是机关名称，不是代号：\(agency.name)的代号是 \(agency.id)，请写 --agency \(agency.id)"
                    + "（`nianbao agency list` 列出全部代号）",
                "“\(text)” is an agency's name, not its id: \(agency.name) is \(agency.id); write --agency \(agency.id)"
                    + " (`nianbao agency list` lists them)"))
    }
}
