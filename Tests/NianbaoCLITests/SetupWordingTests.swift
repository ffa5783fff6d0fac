import Foundation
import ReportFixtures
import Testing

/// Setting up a node from the terminal: `init` and `token create` stopped without the next step, and
/// `nianbao help backup` — what a county reads to set up its nightly backup — had runs of spaces mid-sentence and a
/// line broken in two, in both languages (user review ux98, finding F).
@Suite struct SetupWordingTests {
    @Test func initAndTokenCreateNameTheNextStep() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }

        let made = try workspace.run(["init", "--node", "县政务公开办"])

        #expect(made.stdout.contains("下一步——"), "\(made.stdout)")
        #expect(made.stdout.contains("nianbao agency add --name 机关全称（编号由名称生成；或 --from 名单文件 一次登记全部乡镇、部门）"))
        #expect(made.stdout.contains("nianbao user add 姓名 --role admin"))
        #expect(made.stdout.contains("nianbao serve --host 0.0.0.0 --port 8080"))
        #expect(made.stdout.contains("nianbao remote add county http://县里的地址:8080 --token 县里发的令牌"))
        try workspace.run(["agency", "add", "changzhang", "--name", "长子县常张乡人民政府", "--kind", "township"])
        let token = try workspace.run(["token", "create", "--agency", "changzhang"])
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("nbt_"))
        #expect(
            token.stderr.contains("乡镇在自己的电脑上运行：nianbao remote add county http://本机的地址:端口 --token \(secret)"),
            "\(token.stderr)")
        let county = try workspace.run(["token", "create", "--all"])
        #expect(county.stderr.contains("用它登录网页（登录页的“节点管理员用访问令牌登录”）"), "\(county.stderr)")
    }

    @Test func theHelpOfBackupAndServeReadsAsSentences() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        for arguments in [["help", "backup"], ["--lang", "en", "help", "backup"], ["help", "serve"]] {
            let help = try workspace.runOnFiles(arguments)
            // (the overview and discussion, above the usage and the options' aligned columns)
            let text = help.stdout + help.stderr
            let prose = text.components(separatedBy: "USAGE:").first?.components(separatedBy: "用法：").first ?? ""
            #expect(!prose.isEmpty)
            #expect(
                prose.range(of: #"\S {3,}\S"#, options: .regularExpression) == nil, "\(arguments): \(prose)")
        }
        // (the lines as the help wraps them, joined: the sentence runs on where the source broke it)
        let help = try workspace.runOnFiles(["help", "backup"])
        let chinese = (help.stdout + help.stderr).filter { !$0.isWhitespace }
        #expect(chinese.contains("nianbaoserve运行时，最近的修改还在旁边的-wal文件里"), "\(chinese)")
    }
}
