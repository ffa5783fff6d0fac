import ReportModel
import ReportRepository

/// What the people page shows.
struct PeopleView {
    struct Row {
        let name: String
        let role: String
        let agencies: String
        let created: String
        let state: String
        let active: Bool
        let csrf: String
    }

    struct Role {
        let value: String
        let label: String
        let selected: Bool
    }

    /// An office a clerk may be given, by name.
    struct Office {
        let id: String
        let name: String
        let checked: Bool
    }

    /// What a refused form held, to fill it again (the password is never sent back).
    struct Typed {
        let name: String
        let role: String
        let agencies: Set<String>
    }

    let rows: [Row]
    let roles: [Role]
    let offices: [Office]
    let csrf: String
    /// What was just done, to whom (`已添加用户` 周五), when the page's address says so and it is so.
    let notice: Notice?
    /// Why the form was refused, shown above it.
    let refusal: String?
    /// The name typed into the refused form.
    let typedName: String
    /// Why a new password was not set, shown above the list.
    let passwordRefusal: String?
    /// A password the node made up, shown this once.
    let generated: Generated?
    /// Whether the page offers its forms: not on a node that saves nothing (rv108 F7).
    var canChange = true

    init(
        people: [Person], agencies: [Agency], csrf: String, done: (Done, String)?,
        refused: (message: String, typed: Typed)? = nil, passwordRefusal: String? = nil, generated: String? = nil,
        words: PeopleWords = PageWords.chinese.people
    ) {
        let names = Dictionary(agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        rows = people.map { person in
            Row(
                name: person.name, role: words.roleName(person.role),
                agencies: person.agencies.isEmpty
                    ? words.allOffices
                    : person.agencies.map { names[$0] ?? $0 }.sorted(by: AgencyOrder.names)
                        .joined(separator: words.separator),
                created: DisplayFormat.time(person.created),
                state: person.disabled.map { words.disabled(since: DisplayFormat.time($0)) } ?? words.canSignIn,
                active: person.isActive, csrf: csrf)
        }
        let typed = refused?.typed
        roles = PersonRole.allCases.map {
            Role(value: $0.rawValue, label: words.roleName($0), selected: $0.rawValue == typed?.role)
        }
        offices = agencies.sorted(by: AgencyOrder.byName).map {
            Office(id: $0.id, name: $0.name, checked: typed?.agencies.contains($0.id) ?? false)
        }
        refusal = refused?.message
        self.passwordRefusal = passwordRefusal
        self.generated = generated.flatMap { password in
            done.map { _, name in
                let (before, after) = words.generated(for: name)
                return Generated(before: before, password: password, after: after)
            }
        }
        typedName = typed?.name ?? ""
        self.csrf = csrf
        notice = done.flatMap { done, name in
            guard let person = people.first(where: { $0.name == name }), person.isActive == (done != .disabled) else {
                return nil
            }
            return Notice(done: words.done(done), name: person.name, after: words.doneAfter(done))
        }
    }
}

extension PeopleView {
    /// What a change on the page did, as the redirect's query names it (`?added=周五`).
    enum Done: String, CaseIterable {
        case added
        case disabled
        case enabled
        /// A new password for a person who could sign in.
        case password = "password-set"
    }

    /// A password made up for a person: the words around it.
    struct Generated {
        let before: String
        let password: String
        let after: String
    }

    /// The line that says what was done to whom.
    struct Notice {
        let done: String
        let name: String
        let after: String
    }
}
