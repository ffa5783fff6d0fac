public import ReportModel
public import RevisionStore

/// What a person (or a token) may do on a node's web pages.
public enum PersonAction: String, Sendable, Hashable, CaseIterable {
    /// Read reports, their history, diffs and findings.
    case read
    /// Change a report's text: upload a revision, merge a sync conflict.
    case edit
    /// Mark a report submitted (报送).
    case submit
    /// Return a report with a correction request (退回).
    case returnReport = "return"
    /// Publish a report (公开).
    case publish
    /// Read the audit log.
    case readAudit = "read-audit"
    /// Add, disable and reset people.
    case managePeople = "manage-people"
    /// Write a comment (批注) on a unit of a report.
    case comment
    /// Answer a comment, or mark it resolved.
    case answer
    /// Confirm or dismiss a check finding.
    case decide
    /// Register another name of an office (an alias: its new name after 撤乡设镇, another way of writing it), as a
    /// refused upload offers.
    case nameAgency = "name-agency"

    /// The action in Chinese, for a refusal.
    public var label: String {
        switch self {
        case .read: "查看报告"
        case .edit: "修改报告"
        case .submit: "报送报告"
        case .returnReport: "退回报告"
        case .publish: "公开报告"
        case .readAudit: "查看操作记录"
        case .managePeople: "管理用户"
        case .comment: "写批注"
        case .answer: "回复或解决批注"
        case .decide: "处理检查发现的问题"
        case .nameAgency: "登记机关的其他名称"
        }
    }

    /// The action in English, for a refusal (`--lang en`, a page in English).
    public var englishLabel: String {
        switch self {
        case .read: "read reports"
        case .edit: "change reports"
        case .submit: "submit reports"
        case .returnReport: "return reports"
        case .publish: "publish reports"
        case .readAudit: "read the audit log"
        case .managePeople: "manage people"
        case .comment: "write comments"
        case .answer: "answer or resolve comments"
        case .decide: "decide on check findings"
        case .nameAgency: "register other names of an office"
        }
    }

    /// Whether taking the action writes to the repository: all but reading reports and the audit log. A read-only
    /// node (`serve --read-only`, an archive) takes none of them.
    public var changesRepository: Bool {
        switch self {
        case .read, .readAudit: false
        case .edit, .submit, .returnReport, .publish, .managePeople, .comment, .answer, .decide, .nameAgency: true
        }
    }

    /// The action that setting a mark is.
    public init(mark: Mark) {
        switch mark {
        case .submitted: self = .submit
        case .returned: self = .returnReport
        case .published: self = .publish
        }
    }

    /// The action that writing a note of a kind is: a comment ``comment``, a reply or a resolution ``answer``, a
    /// finding decision ``decide``.
    public init(note kind: NoteKind) {
        switch kind {
        case .comment: self = .comment
        case .reply, .resolve: self = .answer
        case .decision: self = .decide
        }
    }
}

/// Who may do what: the one home of the rules of roles, for the web pages and the CLI.
///
/// | role | may |
/// | --- | --- |
/// | viewer (只读) | read every report |
/// | clerk (乡镇填报员) | read, edit and submit the reports of its agencies only; answer and resolve their comments |
/// | reviewer (县级审核员) | read, edit and submit every report; return and publish; comment, answer, resolve; decide on |
/// | | findings; read the audit log; register another name of an office |
/// | admin (系统管理员) | what a reviewer may, and manage people |
///
/// A clerk's reach is its agencies: any other agency's report is answered as one that does not exist (the caller
/// checks reach first, with ``Principal/reaches(agency:)``).
public enum PersonRules {
    /// The actions a role may take (within its reach).
    public static func actions(of role: PersonRole) -> Set<PersonAction> {
        switch role {
        case .viewer: [.read]
        case .clerk: [.read, .edit, .submit, .answer]
        case .reviewer:
            [.read, .edit, .submit, .returnReport, .publish, .readAudit, .comment, .answer, .decide, .nameAgency]
        case .admin: Set(PersonAction.allCases)
        }
    }

    /// Whether a role may take an action.
    public static func may(_ role: PersonRole, _ action: PersonAction) -> Bool {
        actions(of: role).contains(action)
    }

    /// The role a sync token of a scope acts in, on the pages and on the sync API alike: one that reaches every
    /// report (the county's) as an administrator, one limited to some agencies as their clerk.
    public static func role(ofToken scope: AccessScope) -> PersonRole {
        scope.isAll ? .admin : .clerk
    }

    /// The role a token acts in: its scope's (``role(ofToken:)-(AccessScope)``), but never more than its owner's
    /// when a person of this node owns it (``AccessToken/ownerRole``): a reviewer's token for the county computer
    /// reviews, and does not manage people.
    public static func role(ofToken token: AccessToken) -> PersonRole {
        let byScope = role(ofToken: token.scope)
        guard let owner = token.ownerRole else { return byScope }
        // The roles' actions nest (viewer ⊂ clerk ⊂ reviewer ⊂ admin): the lesser is the one whose actions the
        // other has.
        return actions(of: owner).isSubset(of: actions(of: byScope)) ? owner : byScope
    }

    /// Whether a token acting in a role may send a note of a kind by sync: only what the role may write on the
    /// pages, so that a township's token sends answers and resolutions, never a comment or a finding decision.
    public static func maySend(_ kind: NoteKind, role: PersonRole) -> Bool {
        may(role, PersonAction(note: kind))
    }

    /// Whether a token of a scope may send a note of a kind by sync (``maySend(_:role:)`` in the scope's role).
    public static func maySend(_ kind: NoteKind, scope: AccessScope) -> Bool {
        maySend(kind, role: role(ofToken: scope))
    }
}

/// Who is acting on the web pages: a person logged in by name and password, or a sync token used to log in (a node
/// administrator's). A token that reaches every report acts as an admin, one limited to some agencies as their
/// clerk, and one a person owns never as more than that person (``PersonRules/role(ofToken:)-(AccessToken)``); its
/// name is its owner's, else its label.
public struct Principal: Sendable, Hashable {
    /// The name recorded for what they do (revisions, marks, merges, the audit log).
    public var name: String
    /// What they do.
    public var role: PersonRole
    /// The reports they reach.
    public var scope: AccessScope
    /// The person, when they logged in as one.
    public var person: Person?

    /// A person acting.
    public init(person: Person) {
        name = person.name
        role = person.role
        scope = person.scope
        self.person = person
    }

    /// A token acting.
    public init(token: AccessToken) {
        name = token.owner ?? token.label
        role = PersonRules.role(ofToken: token)
        scope = token.scope
        person = nil
    }

    /// Someone acting on their own node through the CLI: the configured author, with an administrator's rights over
    /// every report (like `nianbao mark`).
    public init(author: String) {
        name = author
        role = .admin
        scope = .all
        person = nil
    }

    /// Whether they reach an agency's reports.
    public func reaches(agency: String) -> Bool { scope.allows(agency: agency) }

    /// Whether their role allows an action.
    public func may(_ action: PersonAction) -> Bool { PersonRules.may(role, action) }

    /// Checks that their role allows an action.
    ///
    /// - Throws: ``RepositoryError/people(_:)`` with ``PeopleError/notAllowed(role:action:)``.
    public func check(_ action: PersonAction) throws(RepositoryError) {
        guard may(action) else { throw .people(.notAllowed(role: role, action: action)) }
    }
}
