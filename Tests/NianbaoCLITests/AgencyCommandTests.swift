import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// `nianbao agency` as the county's operator runs it: register, alias, list in pinyin order, expect, merge; and
/// `nianbao config deadline`.
@Suite struct AgencyCommandTests {
    @Test func agenciesAreAddedAliasedListedAndExpected() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        let county = try workspace.run(["agency", "add", "zhangzi", "--name", "长子县人民政府", "--kind", "government"])
        #expect(county.status == 0, "\(county.stderr)")
        #expect(county.stdout.contains("已登记机关 zhangzi"))
        let added = try workspace.run([
            "agency", "add", "changzhang", "--name", "长子县常张乡人民政府", "--alias", "常张乡", "--parent", "zhangzi",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try workspace.run(["agency", "add", "anyang", "--name", "安阳乡人民政府"]).status == 0)
        // Refused in Chinese, nothing changed: a name another agency has, an unknown kind
        let taken = try workspace.run(["agency", "add", "cz", "--name", "常张乡"])
        #expect(taken.status != 0)
        #expect(taken.stderr.contains("已经是机关 changzhang 的名称或别名"))
        #expect(try workspace.run(["agency", "add", "x", "--name", "某局", "--kind", "bureau"]).status != 0)
        // An alias
        let alias = try workspace.run(["agency", "alias", "changzhang", "常张乡政府"])
        #expect(alias.status == 0, "\(alias.stderr)")
        #expect(alias.stdout.contains("长子县常张乡人民政府（changzhang）的别名：常张乡、常张乡政府"))
        // An alias given by mistake is taken away; a name that is not an alias is refused, nothing changed
        #expect(try workspace.run(["agency", "alias", "changzhang", "安阳"]).status == 0)
        let removed = try workspace.run(["agency", "alias", "changzhang", "安阳", "--remove"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("长子县常张乡人民政府（changzhang）的别名：常张乡、常张乡政府"))
        let notAlias = try workspace.run(["agency", "alias", "changzhang", "常张乡政府", "安阳", "--remove"])
        #expect(notAlias.status != 0)
        #expect(notAlias.stderr.contains("“安阳”不是长子县常张乡人民政府的别名"))
        // Listed in pinyin order (安 an, 长 zhang), as JSON with kind, parent and aliases
        let list = try workspace.run(["agency", "list", "--format", "json"])
        let agencies = try #require(try list.json()["agencies"] as? [[String: Any]])
        #expect(agencies.compactMap { $0["id"] as? String } == ["anyang", "changzhang", "zhangzi"])
        #expect(agencies[1]["parent"] as? String == "zhangzi")
        #expect(agencies[1]["kind"] as? String == "township")
        #expect((agencies[1]["aliases"] as? [String])?.sorted() == ["常张乡", "常张乡政府"])
        #expect(agencies[0]["parent"] is NSNull)
        let text = try workspace.run(["agency", "list"])
        #expect(text.stdout.contains("changzhang\t长子县常张乡人民政府\t乡镇/街道"))
        // 撤乡设镇: a new name, the old one an alias
        let renamed = try workspace.run(["agency", "rename", "changzhang", "长子县常张镇人民政府"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdout.contains("changzhang 现在叫 长子县常张镇人民政府；别名：常张乡、常张乡政府、长子县常张乡人民政府"))
        #expect(try workspace.run(["agency", "list"]).stdout.contains("changzhang\t长子县常张镇人民政府\t乡镇/街道"))
        let clash = try workspace.run(["agency", "rename", "changzhang", "安阳乡人民政府"])
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("已经是机关 anyang 的名称或别名"))
        // Expected for a year: the townships by default, then the county's list
        let expected = try workspace.run(["agency", "expect", "2024"])
        #expect(expected.stdout.contains("应报送的机关 2 个（默认"))
        #expect(try workspace.run(["agency", "expect", "2024", "changzhang"]).stdout.contains("1 个（县里设定的名单）"))
        #expect(try workspace.run(["agency", "expect", "2024", "nowhere"]).status != 0)
        #expect(try workspace.run(["agency", "expect", "2024", "--default"]).stdout.contains("2 个"))
        // The deadline
        #expect(try workspace.run(["config", "deadline"]).stdout.contains("01-31"))
        #expect(try workspace.run(["config", "deadline", "2-15"]).stdout.contains("02-15"))
        let badDeadline = try workspace.run(["config", "deadline", "02-30"])
        #expect(badDeadline.status != 0)
        #expect(badDeadline.stderr.contains("不是有效的截止日期"))
    }

    @Test func importNamesNewAgenciesInPinyinAndMergeJoinsTwoIdsOfOneOffice() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        try #require(workspace.run(["config", "author", "县政务公开办"]).status == 0)
        try #require(workspace.run(["agency", "add", "hongze", "--name", "洪泽区人民政府"]).status == 0)
        let folder = workspace.folder.path("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try RepositoryFiles.write(
            [
                "a.txt": SampleReport.make(agency: "淮安市洪泽区人民政府", year: 2024),
                "b.txt": SampleReport.make(agency: "红泽区人民政府", year: 2023),
            ], to: folder)
        // A name one character from a registered office's makes no new agency unasked (ux96 finding 12)
        let refused = try workspace.run(["import", folder.path])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stdout.contains("→ 洪泽区人民政府 2024 年度报告 第 1 版"), "\(refused.stdout)")
        #expect(refused.stdout.contains("和已登记的 洪泽区人民政府（hongze） 只差一两个字"), "\(refused.stdout)")
        #expect(refused.stdout.contains("nianbao agency add hongze-2 --name 红泽区人民政府"), "\(refused.stdout)")
        // The operator registers it as the message says, and imports again: the new agency has a pinyin id
        try #require(workspace.run(["agency", "add", "hongze-2", "--name", "红泽区人民政府"]).status == 0)
        let imported = try workspace.run(["import", folder.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("→ 红泽区人民政府 2023 年度报告 第 1 版"), "\(imported.stdout)")
        #expect(!imported.stdout.contains("ag-"))
        // The operator says they are one office
        let merged = try workspace.run(["agency", "merge", "hongze-2", "hongze", "--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try merged.json()["moved"] as? [Int] == [2023])
        let reports = try workspace.run(["reports"])
        #expect(reports.stdout.contains("hongze/2023"))
        #expect(!reports.stdout.contains("hongze-2/"))
        let list = try workspace.run(["agency", "list", "--format", "json"])
        let agencies = try #require(try list.json()["agencies"] as? [[String: Any]])
        #expect(agencies.compactMap { $0["id"] as? String } == ["hongze"])
        #expect(agencies.first?["aliases"] as? [String] == ["红泽区人民政府"])
        // Merging an unknown id is refused
        let unknown = try workspace.run(["agency", "merge", "nowhere", "hongze"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("没有编号为 nowhere 的机关"))
        // Merging an id into itself: said plainly, in Chinese and in English, never the parent's rule
        let itself = try workspace.run(["agency", "merge", "hongze", "hongze"])
        #expect(itself.status == 1)
        #expect(itself.stderr.contains("不能把机关 hongze 合并到它自己"), "\(itself.stderr)")
        #expect(!itself.stderr.contains("上级"), "\(itself.stderr)")
        let english = try workspace.run(["agency", "merge", "hongze", "hongze", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("Agency hongze cannot be merged into itself"), "\(english.stderr)")
        #expect(!english.stderr.contains("parent"), "\(english.stderr)")
    }
}

/// Writes reports as text files into a folder.
enum RepositoryFiles {
    static func write(_ reports: [String: Report], to folder: URL) throws {
        for (name, report) in reports {
            try Data(ReportText.render(report).utf8).write(to: folder.appendingPathComponent(name))
        }
    }
}
