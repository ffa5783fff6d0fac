import ReportModel
import ReportRepository

/// Who acts at the terminal (`comment`, `decide`, `mark`, `commit`, `restore`, `merge`, `import`): the author named,
/// held to the role and reach of the node's person of that name (``ReportRepository/terminalPrincipal(named:)``), and
/// the refusal that says so by name.
enum TerminalPerson {
    /// The one who acts under the author a command resolved.
    static func principal(_ option: String?, in repository: ReportRepository) async throws -> Principal {
        try await repository.terminalPrincipal(named: try await Author.resolve(option, in: repository))
    }

    /// Runs what she does; a role's refusal names the person, her role and the way on.
    static func writing<T>(as principal: Principal, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch RepositoryError.people(.notAllowed(let role, let action)) where principal.person != nil {
            throw CLIError(
                Language.pick(
                    "“\(principal.name)”是本节点的用户（\(role.label)），不能\(action.label)：终端上写明的作者按本人的角色办事。"
                        + "什么也没有改动。请用 --author 写可以这样做的人的姓名。",
                    "\"\(principal.name)\" is a person of this node (\(role.englishLabel)), who may not "
                        + "\(action.englishLabel): an author named at the terminal acts in their own role. Nothing was "
                        + "changed. Give the name of one who may with --author."))
        }
    }
}
