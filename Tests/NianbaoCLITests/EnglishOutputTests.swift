import Foundation
import ReportFixtures
import Testing

/// With `--lang en`, what `check`, `audit` and `user list` print is English, but for what the report says and the
/// names of people and offices (kept exactly as written): every Chinese word they print is one of those.
@Suite struct EnglishOutputTests {
    /// The runs of Chinese characters (Han ideographs) of a text, longest runs: `表三`, `常张乡人民政府`.
    static func chineseRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The Chinese words of `output` that are none of `allowed` (the report's text, names), with their lines.
    static func foreign(_ output: String, allowed: [String]) -> [String] {
        output.split(separator: "\n").flatMap { line in
            chineseRuns(String(line)).filter { run in !allowed.contains { $0.contains(run) } }.map {
                "\($0) in: \(line)"
            }
        }
    }

    @Test func checkSpeaksEnglishButForTheReportsWords() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        // (a table 3 cell changed: its row and column totals no longer hold)
        let file = try workspace.writeSample("report.txt", table3Cell: "9")
        let text = try String(contentsOfFile: file, encoding: .utf8)

        let checked = try workspace.runOnFiles(["check", file, "--lang", "en"])
        #expect(checked.status == 1, "\(checked.stderr)")
        #expect(checked.stdout.contains("error t3-row-total [") || checked.stdout.contains("error t3-identity ["))
        #expect(checked.stdout.contains("Table 3"), "\(checked.stdout)")
        #expect(
            Self.foreign(checked.stdout, allowed: [text]).isEmpty, "\(Self.foreign(checked.stdout, allowed: [text]))")

        try workspace.run(["init", "--node", "县政务公开办"])
        try workspace.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        try workspace.run(["commit", file, "--agency", "changzhang", "--year", "2024"])
        let stored = try workspace.run(["check", "changzhang/2024", "--lang", "en"])
        #expect(stored.status == 1, "\(stored.stderr)")
        #expect(stored.stdout.hasPrefix("常张乡人民政府 2024 report version 1"), "\(stored.stdout)")
        #expect(Self.foreign(stored.stdout, allowed: [text]).isEmpty, "\(Self.foreign(stored.stdout, allowed: [text]))")
    }

    @Test func auditAndUsersSpeakEnglishButForNames() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.run(["init", "--node", "县政务公开办"])
        try workspace.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        try workspace.run(["agency", "alias", "changzhang", "常张乡"])
        let file = try workspace.writeSample("report.txt")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try workspace.run(["commit", file, "--agency", "changzhang", "--year", "2024"])
        try workspace.run(["mark", "changzhang/2024", "submitted"])
        try workspace.run(["mark", "changzhang/2024", "returned", "--comment", "请核对表三"])
        for (person, role) in [("李明", ["clerk", "--agency", "changzhang"]), ("王审核", ["reviewer"])] {
            let added = try UserCommandTests.run(
                ["user", "add", person, "--role"] + role + ["--password-stdin"], input: "secret-2024-pw",
                in: workspace)
            #expect(added.status == 0, "\(added.stderr)")
        }
        try workspace.run(["user", "disable", "李明"])
        try workspace.run(["comment", "changzhang/2024", "--at", "section:二", "表二待核"])
        // (the names of people and offices, what they wrote, and the report's words where a comment's place is given)
        let names = ["县政务公开办", "常张乡人民政府", "常张乡", "测试员", "李明", "王审核", "请核对表三", text]

        let audit = try workspace.run(["audit", "--lang", "en"])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("committed report.txt on the command line"), "\(audit.stdout)")
        #expect(audit.stdout.contains("returned on the command line, version 1: 请核对表三"), "\(audit.stdout)")
        #expect(audit.stdout.contains("added 王审核 (county reviewer)"), "\(audit.stdout)")
        #expect(audit.stdout.contains("\tcomment on 二、"), "\(audit.stdout)")
        #expect(Self.foreign(audit.stdout, allowed: names).isEmpty, "\(Self.foreign(audit.stdout, allowed: names))")
        // (in Chinese, the log reads as it is kept)
        let chinese = try workspace.run(["audit"])
        #expect(chinese.stdout.contains("命令行提交 report.txt"), "\(chinese.stdout)")

        let shown = try workspace.run(["show", "changzhang/2024", "--lang", "en"]).stdout
        #expect(shown.contains("\nComments (1 open):\n"), "\(shown)")

        let users = try workspace.run(["user", "list", "--lang", "en"])
        #expect(users.stdout.contains("township clerk: 常张乡人民政府"), "\(users.stdout)")
        #expect(Self.foreign(users.stdout, allowed: names).isEmpty, "\(Self.foreign(users.stdout, allowed: names))")
    }
}
