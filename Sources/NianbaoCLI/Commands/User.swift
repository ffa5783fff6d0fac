public import ArgumentParser
import Foundation
import ReportModel
public import ReportRepository

extension Nianbao {
    /// `nianbao user add|list|disable|passwd`: the people who use this node's web pages.
    struct User: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "管理本节点的用户（网页登录）：添加、列出、停用、改密码。",
                "Manage the people who sign in to this node's pages: add, list, disable, set a password."),
            subcommands: [Add.self, List.self, Disable.self, Passwd.self])

        /// `nianbao user add NAME --role ROLE [--agency ID]… [--password-stdin]`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: Language.pick(
                    "添加用户；密码在提示时输入（不回显），或用 --password-stdin 从标准输入读入。",
                    "Add a person; the password is typed at a prompt (not shown), or read from standard input with "
                        + "--password-stdin."))

            @Argument(
                help: ArgumentHelp(
                    Language.pick(
                        "姓名，如 张三（在本节点唯一，记在修订、标记和操作记录里）。",
                        "The person's name, as 张三 (one per node; revisions, marks and the audit log carry it).")))
            var name: String

            @Option(
                name: .long,
                help: ArgumentHelp(
                    Language.pick(
                        "角色：clerk（乡镇填报员）、reviewer（县级审核员）、admin（系统管理员）、viewer（只读）。",
                        "The role: clerk (a township's clerk), reviewer (the county's reviewer), admin, viewer "
                            + "(read-only).")))
            var role: PersonRole

            @Option(
                name: .long,
                help: ArgumentHelp(
                    Language.pick(
                        "乡镇填报员负责的机关编号（可写多次）。", "An agency the clerk writes for, by its id (repeatable).")))
            var agency: [String] = []

            @Flag(name: .long, help: UserHelp.passwordStdin)
            var passwordStdin = false

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let by = try administrator.name()
                let opened = try repository.open()
                var ids: [String] = []
                for text in agency { ids.append(try await AgencyArgument.id(text, in: opened)) }
                let password = try PasswordInput.read(fromStandardInput: passwordStdin)
                let person = try await opened.addPerson(
                    name: name, role: role, agencies: Set(ids), password: password, by: by)
                let names = try await opened.agencyNames()
                switch output.chosen {
                case .json: try Output.printJSON(PersonJSON(person))
                case .text:
                    Output.print(
                        Language.pick(
                            "已添加用户 \(person.name)（\(PersonJSON.reach(person, names: names))）。",
                            "Added \(person.name) (\(PersonJSON.reach(person, names: names)))."))
                }
            }
        }

        /// `nianbao user list`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: Language.pick("列出本节点的全部用户。", "List the people of this node."))

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let opened = try repository.open(.readOnly)
                let people = try await opened.people()
                let names = try await opened.agencyNames()
                switch output.chosen {
                case .json:
                    try Output.printJSON(PeopleJSON(people: people.map(PersonJSON.init)))
                case .text:
                    if people.isEmpty {
                        Output.print(
                            Language.pick(
                                "还没有用户。用 `nianbao user add 姓名 --role 角色` 添加。",
                                "No one yet. Add people with `nianbao user add NAME --role ROLE`."))
                    }
                    for person in people {
                        let state =
                            person.disabled.map {
                                Language.pick("已停用（\(BeijingTime.minute($0))）", "disabled (\(BeijingTime.minute($0)))")
                            } ?? Language.pick("可登录", "can sign in")
                        Output.print("\(person.name)\t\(PersonJSON.reach(person, names: names))\t\(state)")
                    }
                }
            }
        }

        /// `nianbao user disable NAME`.
        struct Disable: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "disable",
                abstract: Language.pick(
                    "停用用户：不能再登录，已登录的网页在下一次操作时退出。",
                    "Disable a person: they can no longer sign in, and open pages sign out at their next step."))

            @Argument(help: UserHelp.name)
            var name: String

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                let by = try administrator.name()
                try await repository.open().disablePerson(named: name, by: by)
                Output.print(Language.pick("已停用用户 \(name)。", "Disabled \(name)."))
            }
        }

        /// `nianbao user passwd NAME [--password-stdin]`.
        struct Passwd: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "passwd",
                abstract: Language.pick(
                    "设置用户的新密码（停用的用户同时恢复）；已登录的网页在下一次操作时退出。",
                    "Set a person's new password (a disabled person can sign in again); open pages sign out at "
                        + "their next step."))

            @Argument(help: UserHelp.name)
            var name: String

            @Flag(name: .long, help: UserHelp.passwordStdin)
            var passwordStdin = false

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                let by = try administrator.name()
                let opened = try repository.open()
                let password = try PasswordInput.read(fromStandardInput: passwordStdin)
                let enabled = try await opened.setPassword(of: name, to: password, by: by)
                Output.print(
                    enabled
                        ? Language.pick(
                            "已为用户 \(name) 设置新密码，并重新启用（停用的用户现在可以登录了）。",
                            "Set a new password for \(name) and enabled them again (the disabled person can sign in now)."
                        )
                        : Language.pick("已为用户 \(name) 设置新密码。", "Set a new password for \(name)."))
            }
        }
    }
}

extension PersonRole: ExpressibleByArgument {}

/// The help texts more than one `nianbao user` command shares.
enum UserHelp {
    /// A person's name as an argument.
    static var name: ArgumentHelp { ArgumentHelp(Language.pick("用户的姓名。", "The person's name.")) }

    /// `--password-stdin`.
    static var passwordStdin: ArgumentHelp {
        ArgumentHelp(Language.pick("从标准输入的第一行读入密码。", "Read the password from the first line of standard input."))
    }
}

/// A person in `--format json`.
struct PersonJSON: JSONOutput {
    let name: String
    let role: String
    let agencies: [String]
    let created: Date
    @NullEncodable var disabled: Date?

    init(_ person: Person) {
        name = person.name
        role = person.role.rawValue
        agencies = person.agencies.sorted()
        created = person.created
        disabled = person.disabled
    }

    /// The role and reach, in Chinese (in English with `--lang en`): the offices by name (`names`, by id), their ids
    /// where a name is missing.
    static func reach(_ person: Person, names: [String: String] = [:]) -> String {
        let role = Language.pick(person.role.label, person.role.englishLabel)
        guard person.role == .clerk else { return role }
        return role + Language.pick("：", ": ")
            + person.agencies.map { names[$0] ?? $0 }.sorted(by: AgencyOrder.names)
            .joined(separator: Language.pick("、", ", "))
    }
}

/// `nianbao user list --format json`.
struct PeopleJSON: JSONOutput {
    let people: [PersonJSON]
}
