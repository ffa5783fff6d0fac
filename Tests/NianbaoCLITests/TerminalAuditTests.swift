import Foundation
import Testing

/// What is done to people, tokens and offices at the county's terminal is recorded as done there, or under the
/// `--author` given — never under the configured author, who is whoever commits and marks at that computer (user
/// review ux98, finding O: `config author 王审核`, then the office's IT person's `user disable 王审核` read in the audit
/// log as 王审核 disabling herself).
@Suite struct TerminalAuditTests {
    @Test func peopleTokensAndOfficesAtTheTerminalAreNotRecordedUnderTheConfiguredAuthor() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "县政务公开办"]).status == 0)
        try #require(workspace.run(["config", "author", "王审核"]).status == 0)
        // Neither the configured author nor $NIANBAO_AUTHOR (the test's 测试员) is taken
        let commands: [[String]] = [
            ["agency", "add", "changzhang", "--name", "长子县常张乡人民政府"],
            ["agency", "rename", "changzhang", "长子县常张镇人民政府"],
            ["token", "create", "--agency", "changzhang"],
            ["token", "revoke", "1"],
        ]
        for command in commands {
            let result = try workspace.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let added = try UserCommandTests.run(
            ["user", "add", "王审核", "--role", "reviewer", "--password-stdin"], input: "pw-wang-1234", in: workspace)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try workspace.run(["user", "disable", "王审核"]).status == 0)
        // An explicit --author is recorded as given
        let reset = try UserCommandTests.run(
            ["user", "passwd", "王审核", "--password-stdin", "--author", "张工"], input: "pw-wang-5678", in: workspace)
        #expect(reset.status == 0, "\(reset.stderr)")
        // The line says that the disabled person may log in again (rv100 F4: it said only 已为用户 王审核 设置新密码)
        #expect(reset.stdout.contains("已为用户 王审核 设置新密码，并重新启用"), "\(reset.stdout)")
        let again = try UserCommandTests.run(
            ["user", "passwd", "王审核", "--password-stdin"], input: "pw-wang-9012", in: workspace)
        #expect(again.stdout.contains("已为用户 王审核 设置新密码。"), "\(again.stdout)")
        let audit = try workspace.run(["audit", "--format", "json"])
        let entries = try #require(try audit.json()["entries"] as? [[String: Any]])
        let lines = entries.reversed().map { ($0["person"] as? String ?? "", $0["action"] as? String ?? "") }
        #expect(
            lines.map(\.1) == [
                "agency-add", "agency-rename", "token-issue", "token-revoke", "user-add", "user-disable", "user-passwd",
                "user-passwd",
            ])
        #expect(lines.dropLast(2).allSatisfy { $0.0 == "在终端（节点管理员）" }, "\(lines)")
        #expect(lines.dropLast().last?.0 == "张工")
        #expect(lines.last?.0 == "在终端（节点管理员）")
        #expect(!lines.contains { $0.0 == "王审核" || $0.0 == "测试员" })
        // Read in either language
        let chinese = try workspace.run(["audit"]).stdout
        #expect(chinese.contains("在终端（节点管理员）\t停用用户\t—\t停用用户 王审核"), "\(chinese)")
        #expect(chinese.contains("签发令牌"))
        let english = try workspace.run(["audit", "--lang", "en"]).stdout
        #expect(english.contains("at the terminal (node administrator)\tuser-disable"), "\(english)")
        #expect(!english.contains("在终端"))
        // A blank --author is refused, not taken for the configured author
        let blank = try workspace.run(["user", "disable", "王审核", "--author", " "])
        #expect(blank.status != 0)
        // and told what to do about it, not to set the configured author it never uses (rv100 F5)
        #expect(blank.stderr.contains("--author 不能是空的"), "\(blank.stderr)")
        #expect(!blank.stderr.contains("config author"))
    }
}
