import Foundation
import ReportFixtures
import Testing

/// `nianbao user` and `nianbao audit` as a county administrator runs them: passwords only from standard input or a
/// prompt, never kept or printed; the audit log says whom was added, at the terminal.
@Suite struct UserCommandTests {
    static let password = "常张乡2024年报!"

    /// Runs `nianbao ARGS…` with a line on its standard input, through `sh`.
    static func run(
        _ arguments: [String], input: String, in workspace: CLIWorkspace
    ) throws -> NianbaoProcess.Result {
        let binary = try NianbaoProcess.binary()
        let quoted = (arguments + ["--repo", workspace.repository]).map { "'\($0)'" }.joined(separator: " ")
        return try NianbaoProcess(
            program: URL(fileURLWithPath: "/bin/sh"),
            ["-c", "printf '%s\\n' \"$NIANBAO_TEST_INPUT\" | '\(binary.path)' \(quoted)"],
            in: workspace.folder.url, scratch: workspace.scratch,
            environment: ["NIANBAO_TEST_INPUT": input]
        ).wait()
    }

    @Test func peopleAreAddedListedAndAudited() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        try #require(workspace.run(["agency", "add", "changzhang", "--name", "常张乡人民政府"]).status == 0)
        // A clerk, the password on standard input
        let added = try Self.run(
            ["user", "add", "李四", "--role", "clerk", "--agency", "changzhang", "--password-stdin"],
            input: Self.password, in: workspace)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("已添加用户 李四"))
        // Listed with role and agencies, never the password or its hash
        let list = try workspace.run(["user", "list", "--format", "json"])
        let people = try #require(try list.json()["people"] as? [[String: Any]])
        #expect(people.count == 1)
        #expect(people.first?["name"] as? String == "李四")
        #expect(people.first?["role"] as? String == "clerk")
        #expect(people.first?["agencies"] as? [String] == ["changzhang"])
        #expect(people.first?["disabled"] is NSNull)
        #expect(!list.stdout.contains(Self.password))
        #expect(!list.stdout.contains("$2b$"))
        // The audit log says who added whom, on which node
        let audit = try workspace.run(["audit", "--format", "json"])
        let entries = try #require(try audit.json()["entries"] as? [[String: Any]])
        #expect(entries.first?["action"] as? String == "user-add")
        #expect(entries.first?["person"] as? String == "在终端（节点管理员）")
        #expect(entries.first?["node"] as? String == "county")
        #expect((entries.first?["detail"] as? String)?.contains("李四") == true)
        // Disabled: listed so
        #expect(try workspace.run(["user", "disable", "李四"]).status == 0)
        let after = try workspace.run(["user", "list"])
        #expect(after.stdout.contains("已停用"))
    }

    @Test func aPasswordIsNeverAnArgumentAndBadPeopleAreRefused() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        // No terminal and no --password-stdin: refused, nothing added
        let noTerminal = try workspace.run(["user", "add", "王审核", "--role", "reviewer"])
        #expect(noTerminal.status != 0)
        #expect(noTerminal.stderr.contains("没有终端"))
        // There is no option that takes the password itself
        let asArgument = try workspace.run(["user", "add", "王审核", "--role", "reviewer", "--password", "x"])
        #expect(asArgument.status != 0)
        // A clerk without agencies, a short password
        let clerk = try Self.run(
            ["user", "add", "李四", "--role", "clerk", "--password-stdin"], input: Self.password, in: workspace)
        #expect(clerk.status != 0)
        #expect(clerk.stderr.contains("乡镇填报员要写明"))
        let short = try Self.run(
            ["user", "add", "李四", "--role", "viewer", "--password-stdin"], input: "1234", in: workspace)
        #expect(short.status != 0)
        #expect(short.stderr.contains("密码至少 8 个字符"))
        let list = try workspace.run(["user", "list", "--format", "json"])
        #expect((try list.json()["people"] as? [Any])?.isEmpty == true)
    }

    @Test func aTokenIsShownByItsOwnersName() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        let created = try workspace.run(["token", "create", "--all", "--label", "县里电脑", "--owner", "王审核", "--json"])
        #expect(try created.json()["owner"] as? String == "王审核")
        let list = try workspace.run(["token", "list"])
        #expect(list.stdout.contains("持有人 王审核"))
    }
}
