public import ReportModel

/// Who the audit log names for what was done at the node's terminal (`nianbao user`, `token`, `agency`) without
/// `--author`: `在终端（节点管理员）`, never the configured author (`nianbao config author`), who is whoever commits and
/// marks at that computer — the county's reviewer, most often — and not necessarily who manages its people, tokens
/// and offices (user review ux98, finding O: the reviewer read as having disabled herself and reset the
/// administrator's password). Lines written before stay as they were.
public enum AuditPerson {
    /// `在终端（节点管理员）`, as the log keeps it.
    public static let terminal = "在终端（节点管理员）"
    /// ``terminal`` in English.
    public static let englishTerminal = "at the terminal (node administrator)"

    /// A line's person in a language: ``terminal`` read in English; a person's or node's name as written.
    public static func spoken(_ person: String, in language: Language) -> String {
        language == .english && person == terminal ? englishTerminal : person
    }
}

extension ReportRepository {
    /// Who an action on people, tokens or agencies at the node's terminal is recorded under: the name given
    /// (`--author`), else ``AuditPerson/terminal`` — never the configured author (``AuditPerson``).
    ///
    /// - Throws: ``RepositoryError/administratorBlank`` for a blank name, ``RepositoryError/invalidAuthor(_:)``.
    public static func terminalAdministrator(given: String?) throws(RepositoryError) -> String {
        guard let given else { return AuditPerson.terminal }
        guard !given.trimmingLayoutSpace().isEmpty else { throw .administratorBlank }
        return try checkedAuthor(given)
    }
}
