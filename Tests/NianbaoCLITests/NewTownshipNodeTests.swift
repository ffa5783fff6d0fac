import Foundation
import ReportFixtures
import Testing

/// A new township node set up as the README says (`init`, `remote add`, `pull`, then `commit`): nothing she was
/// given named her agency's id, `agency list` was empty after the pull, a guessed id made a new local agency whose
/// draft `push` left unsent with exit 0, and the right id was refused from then on (user review rv117, F1).
@Suite struct NewTownshipNodeTests {
    @Test func theFirstPullRegistersTheTownshipsOfficeAndItsNameCommits() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { _ in
            // The pull brings the office the token is for
            #expect(try await township.runServed(["pull"]).status == 0)
            let listed = try await township.runServed(["agency", "list"])
            #expect(listed.stdout.contains("changzhang"), "\(listed.stdout)")
            #expect(listed.stdout.contains("常张乡人民政府"), "\(listed.stdout)")
            // so that her commit by the office's name goes to its report, and the push sends it
            let committed = try await township.runServed([
                "commit", try township.writeSample("v1.txt"), "--agency", "常张乡", "--year", "2024",
            ])
            #expect(committed.status == 0, "\(committed.stderr)")
            let pushed = try await township.runServed(["push"])
            #expect(pushed.status == 0, "\(pushed.stderr)")
            #expect(try await county.runServed(["log", "changzhang/2024"]).status == 0)
        }
    }

    @Test func aDraftUnderAnotherIdFailsThePushAndNamesTheIdToUse() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["agency", "add", "changzang", "--name", "常张乡政府"])
        let committed = try township.run([
            "commit", try township.writeSample("v1.txt"), "--agency", "changzang", "--year", "2024", "--force",
        ])
        #expect(committed.status == 0, "\(committed.stderr)")
        try await county.serveCounty(to: township) { _ in
            let pushed = try await township.runServed(["push"])

            #expect(pushed.status != 0)
            #expect(pushed.stdout.contains("草稿没有发送"), "\(pushed.stdout)")
            #expect(
                pushed.stdout.contains("这台电脑的令牌只能写 常张乡人民政府（changzhang） 的报告：提交时请写 --agency changzhang"),
                "\(pushed.stdout)")
        }
    }

    @Test func aTownshipsTokenNamesTheIdToCommitTo() throws {
        let county = try CLIWorkspace()
        defer { county.remove() }
        try county.run(["init", "--node", "县政务公开办"])
        try county.run(["agency", "add", "nanzhang", "--name", "长子县南漳镇人民政府", "--kind", "township"])

        let token = try county.run(["token", "create", "--agency", "nanzhang"])

        #expect(token.stderr.contains("提交报告：nianbao commit 报告文件 --agency nanzhang --year 年度"), "\(token.stderr)")
    }
}
