import ArgumentParser
import ReportModel
import ReportRepository

/// The `--author` of the commands that manage this node's people, tokens and offices (`user`, `token`, `agency`):
/// who the audit log records for them. Without it the log says `在终端（节点管理员）` (``AuditPerson/terminal``), never
/// the configured author nor `$NIANBAO_AUTHOR`: those name whoever commits and marks at this computer, not who
/// manages it.
struct AdministratorOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            Language.pick(
                "谁做的这项操作，记在操作记录里（如 刘主任）；不写时记为“在终端（节点管理员）”，不用 config author 的作者。",
                "Who does this, for the audit log (as 刘主任); without it the log says \"at the terminal (node "
                    + "administrator)\", not the configured author.")))
    var author: String?

    /// The name the audit log records.
    ///
    /// - Throws: ``RepositoryError/administratorBlank`` for a blank `--author`, ``RepositoryError/invalidAuthor(_:)``.
    func name() throws(RepositoryError) -> String {
        try ReportRepository.terminalAdministrator(given: author)
    }
}
