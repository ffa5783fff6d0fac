import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The command line speaks Chinese unless asked for English (`--lang en`, `NIANBAO_LANG=en`), and shows times in
/// Beijing time unless `TZ` names another zone; its JSON does not change with either.
@Suite struct LanguageTests {
    static let english: [String: String?] = ["NIANBAO_LANG": "en"]

    @Test func helpIsChineseByDefaultAndEnglishOnRequest() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let chinese = try workspace.runOnFiles(["--help"]).stdout
        #expect(chinese.contains("比较两份报告"))
        #expect(chinese.contains("给报告的一个修订加标记"))
        #expect(!chinese.contains("Compare two reports"))
        let diffHelp = try workspace.runOnFiles(["diff", "--help"]).stdout
        #expect(diffHelp.contains("较早的报告"))
        for arguments in [["--lang", "en", "--help"], ["--lang=en", "--help"], ["--help", "--lang", "en"]] {
            let english = try workspace.runOnFiles(arguments).stdout
            #expect(english.contains("Compare two reports"), "\(arguments)")
            #expect(!english.contains("比较两份报告"), "\(arguments)")
        }
        let byVariable = try NianbaoProcess.run(
            ["diff", "--help"], in: workspace.folder.url, scratch: workspace.scratch, environment: Self.english)
        #expect(byVariable.stdout.contains("The older report"))
    }

    /// English counts take the noun's number: `1 report, 1 revision`, not `1 reports, 1 revisions`.
    @Test func englishCountsOfOneAreSingular() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        _ = try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"])
        let backup = workspace.scratch.appendingPathComponent("backup.sqlite").path
        let backedUp = try workspace.run(["backup", backup, "--lang", "en"])
        #expect(backedUp.stdout.contains(": 1 report, 1 revision ("), "\(backedUp.stdout)")
        let checked = try workspace.run(["fsck", "--lang", "en"]).stdout
        #expect(checked.contains(" objects, 1 revision, ") && checked.contains("no problems"), "\(checked)")
    }

    @Test func messagesErrorsAndMarksSpeakTheChosenLanguage() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        let committed = try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"])
        // A revision is named by the number the web pages give it, its short id beside it for REFs
        #expect(committed.stdout.hasPrefix("已提交 常张乡人民政府 2024 年度报告 第 1 版（修订 "), "\(committed.stdout)")
        let again = try workspace.run(
            ["commit", file.path, "--agency", "changzhang", "--year", "2024"], environment: Self.english)
        #expect(again.stdout.hasPrefix("Unchanged: 常张乡人民政府 2024 report is already at version 1 ("), "\(again.stdout)")
        let marked = try workspace.run(["mark", "changzhang/2024", "submitted"])
        #expect(marked.stdout.contains("的第 1 版（修订 ") && marked.stdout.contains("标记为“已报送”"), "\(marked.stdout)")
        #expect(!marked.stdout.contains("submitted"))
        let reports = try workspace.run(["reports"]).stdout
        #expect(reports.contains("已报送") && reports.contains("状态") && reports.contains("第 1 版"), "\(reports)")
        #expect(try workspace.run(["reports", "--lang", "en"]).stdout.contains("STATUS"))
        // A revision is numbered as the web pages number it, its number and its author first, its short id beside
        // for typing it back: never the 64 digits of its full id, which stay in --format json
        let logged = try workspace.run(["log", "changzhang/2024"]).stdout
        let head = try #require(logged.split(separator: "\n").first.map(String.init))
        let id =
            try #require(
                try workspace.run(["log", "changzhang/2024", "--format", "json"]).json()["revisions"]
                    as? [[String: Any]]
            ).first?["id"] as? String
        let full = try #require(id)
        #expect(head == "第 1 版  \(NianbaoProcess.author)  修订 \(full.prefix(12))", "\(logged)")
        #expect(!logged.contains(full), "\(logged)")
        let loggedInEnglish = try workspace.run(["show", "changzhang/2024", "--lang", "en"]).stdout
        #expect(
            loggedInEnglish.hasPrefix(
                "version 1  \(NianbaoProcess.author)  revision \(full.prefix(12)) (draft, submitted)"),
            "\(loggedInEnglish)")
        #expect(!loggedInEnglish.contains(full))
        // and found by it, its refs named as people name them
        let shown = try workspace.run(["show", "changzhang/2024#1"]).stdout
        #expect(shown.hasPrefix("第 1 版  \(NianbaoProcess.author)  修订 \(full.prefix(12))（草稿、已报送）"), "\(shown)")
        let noSuchNumber = try workspace.run(["show", "changzhang/2024#2"])
        #expect(noSuchNumber.status == 1 && noSuchNumber.stderr.contains("没有第 2 版"), "\(noSuchNumber.stderr)")
        let unknown = try workspace.run(["log", "dazhuang/2024"])
        #expect(unknown.stderr.hasPrefix("错误：仓库里没有 dazhuang 2024 年度报告"), "\(unknown.stderr)")
        let unknownInEnglish = try workspace.run(["log", "dazhuang/2024", "--lang", "en"])
        #expect(unknownInEnglish.stderr.hasPrefix("Error: The repository has no dazhuang 2024 report"))
        let invalid = try workspace.run(["mark", "changzhang/2024", "submitted", "--reason", "x"])
        #expect(invalid.stderr.contains("错误：--reason 只和 --force 一起用。"), "\(invalid.stderr)")
        let checked = try workspace.run(["check", file.path]).stdout
        #expect(checked.contains("报告问题：") || checked.contains("没有发现问题"), "\(checked)")
        let checkedInEnglish = try workspace.run(["check", "changzhang/2024", "--lang", "en"]).stdout
        #expect(checkedInEnglish.hasPrefix("常张乡人民政府 2024 report version 1 ("), "\(checkedInEnglish)")
        #expect(
            checkedInEnglish.contains("Report: ") || checkedInEnglish.contains("No problems found"),
            "\(checkedInEnglish)")
        #expect(try workspace.run(["user", "list"]).stdout.hasPrefix("还没有用户。"))
        #expect(try workspace.run(["user", "list", "--lang", "en"]).stdout.hasPrefix("No one yet."))
        #expect(try workspace.run(["comments", "changzhang/2024"]).stdout.contains("还没有批注"))
        #expect(try workspace.run(["comments", "changzhang/2024", "--lang", "en"]).stdout.contains("has no comments"))
        let both = try workspace.run(["export", "changzhang/2024", "--county", "2024", "--lang", "en"])
        #expect(both.stderr.contains("Give either a revision (AGENCY/YEAR) or --county YEAR"), "\(both.stderr)")
        let audit = try workspace.run(["audit", "--lang", "en"]).stdout
        #expect(audit.contains("\tnode ") && audit.contains("\tmark\t"), "\(audit)")
        let auditInChinese = try workspace.run(["audit"]).stdout
        #expect(auditInChinese.contains("\t设置标记\t") && auditInChinese.contains("\t节点 "), "\(auditInChinese)")
        // JSON keeps the documented values whatever the language
        let json = try workspace.run(["mark", "changzhang/2024", "submitted", "--format", "json"]).json()
        #expect(json["mark"] as? String == "submitted")
    }

    /// Errors whose English text had been Chinese: a file of another report, a return without a comment, a token
    /// label or an author that cannot be used. In English they speak English (the report's own names stay as written).
    @Test func errorsThatWereChineseOnlySpeakEnglish() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        let chinese = try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2023"])
        #expect(chinese.status != 0 && chinese.stderr.contains("请检查机关（--agency）"), "\(chinese.stderr)")
        let wrong = try workspace.run(
            ["commit", file.path, "--agency", "changzhang", "--year", "2023", "--lang", "en"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("This is the 2024 report of 常张乡人民政府, not changzhang/2023"), "\(wrong.stderr)")
        #expect(wrong.stderr.contains("add --force") && !wrong.stderr.contains("请"), "\(wrong.stderr)")
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let returned = try workspace.run(["mark", "changzhang/2024", "returned", "--lang", "en"])
        #expect(returned.status != 0 && returned.stderr.contains("needs the changes asked for"), "\(returned.stderr)")
        let label = try workspace.run(["token", "create", "--all", "--label", "a\nb", "--lang", "en"])
        #expect(label.status != 0 && label.stderr.contains("cannot label a token"), "\(label.stderr)")
        let published = try workspace.run(["mark", "changzhang/2024", "published", "--lang", "en"])
        #expect(published.status != 0)
        #expect(
            published.stderr.contains("version 1, cannot be published: the report has not been submitted"),
            "\(published.stderr)")
        for failed in [returned, label, published] { #expect(!failed.stderr.contains("请"), "\(failed.stderr)") }
    }

    @Test func theOutlineOfParseAndShowSpeaksChinese() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        let outline = try workspace.runOnFiles(["parse", file.path]).stdout
        #expect(outline.hasPrefix("标题："), "\(outline)")
        #expect(outline.contains("▦ 表三（2021 年格式）：25 行，175 格"), "\(outline)")
        #expect(!outline.contains("rows") && !outline.contains("title:"), "\(outline)")
    }

    /// An agency's name given for its id is taken as that agency, and said so (user review ux98, N: it was refused
    /// with the id to type).
    @Test func anAgencysNameGivenForItsIDIsTakenAsThatAgency() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let named = try workspace.run(["commit", file.path, "--agency", "常张乡", "--year", "2024"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stderr.contains("“常张乡”即 常张乡人民政府（代号 changzhang）。"), "\(named.stderr)")
        let token = try workspace.run(["token", "create", "--agency", "常张乡人民政府"])
        #expect(token.status == 0, "\(token.stderr)")
        #expect(try workspace.run(["token", "list", "--format", "json"]).stdout.contains("\"changzhang\""))
    }

    @Test func theParsersOwnWordsAreChineseToo() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let help = try workspace.runOnFiles(["log", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("说明：") && help.stdout.contains("\n用法：") && help.stdout.contains("\n选项："))
        #expect(help.stdout.contains("（可选：text, json；默认：text）") && help.stdout.contains("显示帮助。"))
        #expect(!help.stdout.contains("OVERVIEW") && !help.stdout.contains("Show help"), "\(help.stdout)")
        let missing = try workspace.runOnFiles(["log"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("错误：缺少参数 '<ref>'"), "\(missing.stderr)")
        #expect(missing.stderr.contains("用 'nianbao log --help' 查看更多说明。"), "\(missing.stderr)")
        let value = try workspace.runOnFiles(["log", "x/2024", "--format", "xml"])
        #expect(value.stderr.contains("请从 'text'、'json' 中选一个"), "\(value.stderr)")
        let glued = try workspace.runOnFiles(["log", "-n1"])
        #expect(
            glued.stderr.hasPrefix("错误：没有这个选项 '-n1'\n   或者：'-n1' 中的 '-n <limit>' 缺少值\n"), "\(glued.stderr)")
        let english = try workspace.runOnFiles(["--lang", "en", "log", "--help"])
        #expect(english.stdout.hasPrefix("OVERVIEW: "), "\(english.stdout)")
        // A word that is no command is called so, with the command meant where one is near: ArgumentParser called it
        // an unexpected argument, or the option after it unknown
        let status = try workspace.runOnFiles(["status", "--repo", "x.sqlite"])
        #expect(status.status == 64)
        #expect(
            status.stderr.hasPrefix("错误：没有 `status` 这个命令。是不是要用 `nianbao reports`？`nianbao --help` 列出全部命令。"),
            "\(status.stderr)")
        #expect(try workspace.runOnFiles(["comit", "a.txt"]).stderr.contains("是不是要用 `nianbao commit`？"))
        #expect(try workspace.runOnFiles(["report"]).stderr.contains("是不是要用 `nianbao reports`？"))
        #expect(try workspace.runOnFiles(["stauts"]).stderr.contains("是不是要用 `nianbao reports`？"))
        let unknown = try workspace.runOnFiles(["--lang", "en", "frobnicate"])
        #expect(unknown.stderr.hasPrefix("Error: There is no command `frobnicate`. `nianbao --help` lists them all."))
    }

    @Test func tokensNameTheOfficesTheyReach() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let township = try workspace.run(["token", "create", "--agency", "changzhang"])
        #expect(township.stderr.contains("（常张乡人民政府，可用于 常张乡人民政府）"), "\(township.stderr)")
        let county = try workspace.run(["token", "create", "--all"])
        #expect(county.stderr.contains("（县级令牌，可用于 全部报告）"), "\(county.stderr)")
        let list = try workspace.run(["token", "list"]).stdout
        #expect(list.contains("可用于 常张乡人民政府") && list.contains("可用于 全部报告"), "\(list)")
        #expect(!list.contains("changzhang") && !list.contains("all"), "\(list)")
    }

    @Test func timesAreBeijingTimeUnlessTZSaysOtherwise() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let log = try workspace.run(["log", "changzhang/2024", "--format", "json"]).json()
        let revision = try #require((log["revisions"] as? [[String: Any]])?.first)
        let stamp = try #require(revision["time"] as? String)
        #expect(stamp.hasSuffix("Z"), "JSON keeps UTC: \(stamp)")
        let time = try #require(ISO8601DateFormatter().date(from: stamp))
        let beijing = DateFormatter()
        beijing.locale = Locale(identifier: "en_US_POSIX")
        beijing.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        beijing.dateFormat = "yyyy-MM-dd HH:mm"
        let text = try workspace.run(["log", "changzhang/2024"], environment: ["TZ": nil]).stdout
        #expect(text.contains("时间：\(beijing.string(from: time))"), "\(text)")
        beijing.timeZone = TimeZone(identifier: "UTC")
        let utc = try workspace.run(["log", "changzhang/2024"], environment: ["TZ": "UTC"]).stdout
        #expect(utc.contains("时间：\(beijing.string(from: time)) UTC"), "\(utc)")
    }

    @Test func theTextDiffSpeaksChineseOrEnglish() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        var report = SampleReport.make()
        let old = workspace.folder.path("old.txt")
        try Data(ReportText.render(report).utf8).write(to: old)
        report.title = (report.title ?? "") + "（修订稿）"
        let new = workspace.folder.path("new.txt")
        try Data(ReportText.render(report).utf8).write(to: new)
        let chinese = try workspace.runOnFiles(["diff", old.path, new.path]).stdout
        #expect(chinese.hasPrefix("比较 "), "\(chinese)")
        #expect(chinese.contains("单元格变动 0 个"), "\(chinese)")
        let english = try NianbaoProcess.run(
            ["diff", old.path, new.path], in: workspace.folder.url, scratch: workspace.scratch,
            environment: Self.english
        ).stdout
        #expect(english.hasPrefix("diff "), "\(english)")
        #expect(english.contains("cells changed: 0"), "\(english)")
    }

    /// Every command and subcommand: its summary and the help of each of its arguments and options are Chinese by
    /// default and English with `--lang en` (ArgumentParser's own `--help` and `--version` lines aside, which
    /// ``ParserChrome`` words in Chinese).
    @Test func everyCommandsHelpSpeaksTheChosenLanguage() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        var pending = HelpPage.subcommands(of: try workspace.runOnFiles(["--help"]).stdout).map { [$0] }
        var checked = 0
        while let path = pending.popLast(), checked < 100 {
            checked += 1
            let chinese = HelpPage(try workspace.runOnFiles(path + ["--help"]).stdout)
            let english = HelpPage(try workspace.runOnFiles(["--lang", "en"] + path + ["--help"]).stdout)
            let name = path.joined(separator: " ")
            #expect(HelpPage.isChinese(chinese.overview), "\(name): \(chinese.overview)")
            #expect(HelpPage.isEnglish(english.overview), "\(name) --lang en: \(english.overview)")
            #expect(chinese.entries.count == english.entries.count, "\(name)")
            for entry in chinese.entries { #expect(HelpPage.isChinese(entry), "\(name): \(entry)") }
            for entry in english.entries { #expect(HelpPage.isEnglish(entry), "\(name) --lang en: \(entry)") }
            pending += HelpPage.subcommands(of: chinese.text).map { path + [$0] }
        }
        #expect(checked > 40, "the commands were found in the root's help")
        #expect(pending.isEmpty)
    }
}

/// A command's `--help` as ArgumentParser prints it: the summary and the first line of each argument's and option's
/// help (its own `--help` and `--version` left out).
private struct HelpPage {
    let text: String
    let overview: String
    let entries: [String]

    init(_ text: String) {
        self.text = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        overview =
            lines.first { $0.hasPrefix("OVERVIEW: ") }.map { String($0.dropFirst(10)) }
            ?? lines.first { $0.hasPrefix("说明：") }.map { String($0.dropFirst(3)) } ?? ""
        var entries: [String] = []
        var section = ""
        for line in lines {
            if !line.hasPrefix(" "), line.hasSuffix(":") || line.hasSuffix("：") {
                section = line
                continue
            }
            guard ["ARGUMENTS:", "OPTIONS:", "参数：", "选项："].contains(section), line.hasPrefix("  "),
                line.dropFirst(2).first != " "
            else { continue }
            // "  --name <value>          Help text": the help starts after the run of spaces that ends the name.
            guard let gap = line.dropFirst(2).range(of: "  ") else { continue }
            let help = line[gap.upperBound...].trimmingCharacters(in: .whitespaces)
            let option = line.dropFirst(2).prefix { $0 != " " }
            if help.isEmpty || option == "--version" || option == "-h," { continue }
            entries.append(help)
        }
        self.entries = entries
    }

    /// The names under SUBCOMMANDS (`help` and ArgumentParser's own aside).
    static func subcommands(of text: String) -> [String] {
        var inSection = false
        var names: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") { inSection = line == "SUBCOMMANDS:" || line == "子命令：" }
            guard inSection, line.hasPrefix("  "), line.dropFirst(2).first != " " else { continue }
            let name = line.dropFirst(2).prefix { $0 != " " }
            if !name.isEmpty, name != "See", name != "用", name != "help" { names.append(String(name)) }
        }
        return names
    }

    /// Whether a help text is Chinese: it has Han characters or Chinese punctuation (`同 --format json。` is).
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { isHan($0) || isChinesePunctuation($0) }
    }

    /// Whether a help text is English: Latin letters, no Chinese punctuation, and at most a quoted Chinese term
    /// (`as 张三`, `(年报)`, `its 统一社会信用代码`).
    static func isEnglish(_ text: String) -> Bool {
        let han = text.unicodeScalars.filter(isHan).count
        let latin = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
        return latin > 2 * han && !text.unicodeScalars.contains(where: isChinesePunctuation)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    private static func isChinesePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF1F).contains(scalar.value)
    }
}
