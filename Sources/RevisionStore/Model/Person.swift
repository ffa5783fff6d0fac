public import Foundation

/// What a person does on a node. What each role may do is decided in one place, `ReportRepository`'s
/// `PersonRules`; the store only keeps the role.
public enum PersonRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// A township's clerk (乡镇党政办): writes and submits the reports of its agencies, and sees only those.
    case clerk
    /// The county's reviewer (县政务公开办): reads every report, returns and publishes them.
    case reviewer
    /// The county's administrator: what a reviewer does, and manages people.
    case admin
    /// A reader (leaders, auditors): sees every report, changes nothing.
    case viewer

    /// The role's name in Chinese.
    public var label: String {
        switch self {
        case .clerk: "乡镇填报员"
        case .reviewer: "县级审核员"
        case .admin: "系统管理员"
        case .viewer: "只读查看"
        }
    }

    /// The role's name in English, for `--lang en`.
    public var englishLabel: String {
        switch self {
        case .clerk: "township clerk"
        case .reviewer: "county reviewer"
        case .admin: "administrator"
        case .viewer: "viewer"
        }
    }
}

/// A person of this node, as the node keeps them: everything but the password.
public struct Person: Sendable, Hashable, Codable {
    /// Their number on this node.
    public var id: Int64
    /// Their name, as they sign (`张三`): unique on the node, and what revisions, marks and the audit log record.
    public var name: String
    /// What they do.
    public var role: PersonRole
    /// The agencies a clerk writes for (empty for the other roles).
    public var agencies: Set<String>
    /// When they were added.
    public var created: Date
    /// When they were disabled, or `nil` while they may log in.
    public var disabled: Date?

    /// Creates a person description.
    public init(
        id: Int64, name: String, role: PersonRole, agencies: Set<String>, created: Date, disabled: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.agencies = agencies
        self.created = created
        self.disabled = disabled
    }

    /// Whether they may log in.
    public var isActive: Bool { disabled == nil }

    /// The reports they reach: a clerk's agencies, every report for the other roles.
    public var scope: AccessScope {
        role == .clerk ? .agencies(agencies) : .all
    }
}

/// One line of the audit log: who did what, when, to which report, on which node.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// Its number, in the order the entries were written.
    public var id: Int64
    /// When.
    public var time: Date
    /// Who: a person's name, or the author of a CLI change.
    public var person: String
    /// What, as a short word (`mark`, `merge`, `login`, `user-add`…: the raw values of ReportRepository's
    /// `AuditAction`); a word this version does not know, written by another version, is kept as it is.
    public var action: String
    /// The agency of the report concerned, if any.
    public var agency: String?
    /// The year of the report concerned, if any.
    public var year: Int?
    /// The revision concerned (hexadecimal id), if any.
    public var revision: String?
    /// What else there is to say, in Chinese.
    public var detail: String
    /// The node where it was done.
    public var node: String

    /// Creates an entry (the id is given by the store when it is written).
    public init(
        id: Int64 = 0, time: Date, person: String, action: String, agency: String? = nil, year: Int? = nil,
        revision: String? = nil, detail: String = "", node: String
    ) {
        self.id = id
        self.time = time
        self.person = person
        self.action = action
        self.agency = agency
        self.year = year
        self.revision = revision
        self.detail = detail
        self.node = node
    }
}
