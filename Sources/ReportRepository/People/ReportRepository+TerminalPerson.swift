// Who acts at the node's terminal: the name a command is given (`--author`, `$NIANBAO_AUTHOR`, `config author`), held
// to that person's role when the node has a person of that name.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// Who acts at the node's terminal under a name — writes a note (a comment, an answer, a resolution, a finding
    /// decision), sets a mark, commits, restores, merges or imports: the node's person of that name in her role and reach
    /// (``PersonRules``: a viewer writes nothing, a clerk changes and answers on her agencies' reports only), as on
    /// the pages, through the same doors (``commit(_:to:by:message:time:mergingHeads:force:source:audit:refusingPublished:checking:)``,
    /// ``restore(_:by:time:audit:refusingPublished:refusingUndone:)``, ``mergeHeads(of:by:head:takeAll:resolutions:message:time:commit:seen:audit:)``,
    /// ``importFolder(_:by:time:audit:progress:)``);
    /// a name that is no person's here (the author of a node without people, a township's own computer) as the node's
    /// administrator, who sits at the terminal. A person named at the terminal was lent an administrator's rights before: `comment --author 赵主任`,
    /// a viewer, wrote a comment (rv108 F22 l).
    ///
    /// - Parameter name: The author the command resolved (``author(given:)``).
    /// - Throws: ``RepositoryError/store(_:)`` when the people cannot be read.
    ///
    /// A name typed with spaces inside (`王　五`) is that person's still: it would otherwise act as the administrator
    /// under a name that reads as hers (rv114 F7).
    public func terminalPrincipal(named name: String) async throws(RepositoryError) -> Principal {
        let bare = name.removingLayoutSpace()
        let person = try await read { store -> Person? in
            if let exact = try store.personWithPassword(named: name)?.person { return exact }
            return try store.people().first { $0.name.removingLayoutSpace() == bare }
        }
        guard let person else { return Principal(author: name) }
        return Principal(person: person)
    }
}
