import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// `comment`, `comments`, `decide`, `check REF` and `show` with comments, through the real executable.
@Suite struct WorkflowCommandTests {
    /// A clerk names a comment by its writer and number (测试员的批注 1, 批注 2 … in the order each person wrote theirs),
    /// as the pages list them, not by its id: `comment` says it, `comments` lists it, `--reply` and `--resolve` take
    /// it (an id prefix still works).
    @Test func commentsAreNumberedAndTakenByTheirNumbers() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init", "--node", "county"]).status == 0)
        let file = try workspace.writeSample("changzhang.txt")
        #expect(try workspace.run(["commit", file, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let first = try workspace.run(["comment", "changzhang/2024", "--at", "section:一", "请补充数字"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("写测试员的批注 1（") && first.stdout.hasSuffix("）。\n"), "\(first.stdout)")
        // (Notes keep their time to the second, and two of the same second are ordered by name: a second apart.)
        Thread.sleep(forTimeInterval: 1.1)
        let second = try workspace.run(["comment", "changzhang/2024", "--at", "section:二", "请核对"])
        #expect(second.stdout.contains("写测试员的批注 2（"), "\(second.stdout)")
        let ids = try #require(
            try workspace.run(["comments", "changzhang/2024", "--format", "json"]).json()["comments"]
                as? [[String: Any]])
        #expect(ids.compactMap { $0["number"] as? Int } == [1, 2])
        let secondID = try #require(ids.last?["id"] as? String)
        // The numbers are what --reply and --resolve take, bare or as said (批注 1)
        let replied = try workspace.run(["comment", "changzhang/2024", "已核对", "--reply", "2"])
        #expect(replied.stdout == "已回复测试员的批注 2（\(secondID.prefix(8))）。\n", "\(replied.stdout)\(replied.stderr)")
        let resolved = try workspace.run(["comment", "changzhang/2024", "--resolve", "批注 1"])
        #expect(resolved.stdout.hasPrefix("测试员的批注 1（") && resolved.stdout.contains("已标为解决"), "\(resolved.stdout)")
        let again = try workspace.run(["comment", "changzhang/2024", "--resolve", "1"])
        #expect(again.status != 0 && again.stderr.contains("批注 1（"), "\(again.stderr)")
        let unknown = try workspace.run(["comment", "changzhang/2024", "x", "--reply", "9"])
        #expect(unknown.status != 0 && unknown.stderr.contains("没有“9”这条批注"), "\(unknown.stderr)")
        // comments lists them by number, the short id beside; the reply went to the second
        let listed = try workspace.run(["comments", "changzhang/2024"]).stdout
        let lines = listed.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("[已解决] 测试员的批注 1（") == true, "\(listed)")
        #expect(lines.contains { $0.hasPrefix("[未解决] 测试员的批注 2（\(secondID.prefix(8))）") }, "\(listed)")
        #expect(lines.last?.contains("回复 — ") == true && lines.last?.contains("已核对") == true, "\(listed)")
        let english = try workspace.run(["comments", "changzhang/2024", "--lang", "en"]).stdout
        #expect(english.contains("[open] 测试员's comment 2 (\(secondID.prefix(8)))"), "\(english)")
    }

    /// Numbers are each writer's own, so that another person's comment arriving later (by sync, with an earlier
    /// time) never renumbers one: numbered all together by time, the county's 批注 2 had become 批注 3 on a township
    /// holding a note of its own, and `--reply 2` answered the wrong one. Two people's 批注 1 are told apart by name.
    @Test func eachWritersCommentsAreNumberedAndAnotherWritersNeverRenumberThem() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init", "--node", "county"]).status == 0)
        let file = try workspace.writeSample("changzhang.txt")
        #expect(try workspace.run(["commit", file, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let reviewer = try workspace.run([
            "comment", "changzhang/2024", "--at", "section:一", "请补充数字", "--author", "王审核",
        ])
        #expect(reviewer.stdout.contains("写王审核的批注 1（"), "\(reviewer.stdout)")
        Thread.sleep(forTimeInterval: 1.1)
        let clerk = try workspace.run([
            "comment", "changzhang/2024", "--at", "section:二", "已补充", "--author", "李明",
        ])
        #expect(clerk.stdout.contains("写李明的批注 1（"), "\(clerk.stdout)")
        Thread.sleep(forTimeInterval: 1.1)
        let second = try workspace.run([
            "comment", "changzhang/2024", "--at", "section:三", "请核对表三", "--author", "王审核",
        ])
        #expect(second.stdout.contains("写王审核的批注 2（"), "\(second.stdout)")
        // 2 is 王审核's (only they have one), typed with full-width digits too
        let replied = try workspace.run(["comment", "changzhang/2024", "好", "--reply", "批注２", "--author", "李明"])
        #expect(replied.stdout.hasPrefix("已回复王审核的批注 2（"), "\(replied.stdout)\(replied.stderr)")
        // 1 is two people's: refused, saying whose; named, it is taken
        let both = try workspace.run(["comment", "changzhang/2024", "好", "--reply", "1", "--author", "李明"])
        #expect(both.status != 0 && both.stderr.contains("李明、王审核 各有一条批注 1"), "\(both.stderr)")
        let named = try workspace.run([
            "comment", "changzhang/2024", "好", "--reply", "王审核的批注 1", "--author", "李明",
        ])
        #expect(named.stdout.hasPrefix("已回复王审核的批注 1（"), "\(named.stdout)\(named.stderr)")
        let english = try workspace.run(["comment", "changzhang/2024", "好", "--reply", "1", "--lang", "en"])
        #expect(english.stderr.contains("李明, 王审核 each wrote a comment 1: say whose"), "\(english.stderr)")
    }

    @Test func commentsAnswersAndDecisionsOnTheCommandLine() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.folder.path("changzhang.txt")
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "5")
        try Data(ReportText.render(wrong).utf8).write(to: file)
        #expect(try workspace.run(["init", "--node", "county"]).status == 0)
        #expect(
            try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024", "-m", "初稿"]).status
                == 0)
        // A comment on a paragraph, then its answer and resolution by a prefix of its id
        let written = try workspace.run([
            "comment", "changzhang/2024", "--at", "section:一", "请补充数字", "--format", "json",
        ])
        #expect(written.status == 0)
        let note = try #require(try written.json()["note"] as? [String: Any])
        let id = try #require(note["id"] as? String)
        #expect(note["author"] as? String == "测试员")
        #expect(try written.json()["version"] != nil)
        #expect(try workspace.run(["comment", "changzhang/2024", "已补充", "--reply", String(id.prefix(8))]).status == 0)
        #expect(try workspace.run(["comment", "changzhang/2024", "--resolve", String(id.prefix(8))]).status == 0)
        // A bad anchor is refused with a Chinese message
        let bad = try workspace.run(["comment", "changzhang/2024", "--at", "section:九十九", "x"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("不是这份报告里的位置"))
        // comments lists them, in text and JSON
        let text = try workspace.run(["comments", "changzhang/2024"])
        #expect(text.stdout.contains("[已解决]"))
        #expect(text.stdout.contains("请补充数字"))
        #expect(text.stdout.contains("回复 — 测试员"))
        let listed = try #require(
            try workspace.run(["comments", "changzhang/2024", "--format", "json"]).json()["comments"]
                as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["resolved"] as? Bool == true)
        #expect((listed.first?["replies"] as? [Any])?.count == 1)
        // show prints them beside the text, and its JSON carries them and each mark's person
        #expect(try workspace.run(["mark", "changzhang/2024", "returned", "--comment", "请核对表三"]).status == 0)
        let shown = try workspace.run(["show", "changzhang/2024"])
        #expect(shown.stdout.contains("批注（0 条未解决）"))
        let json = try workspace.run(["show", "changzhang/2024", "--format", "json"]).json()
        #expect((json["comments"] as? [Any])?.count == 1)
        let marks = try #require(json["marks"] as? [[String: Any]])
        #expect(marks.first?["person"] as? String == "测试员")
        // check REF gives each finding's key; decide dismisses one, and it no longer counts
        let checked = try workspace.run(["check", "changzhang/2024", "--format", "json"])
        #expect(checked.status == 1)
        let findings = try #require(try checked.json()["findings"] as? [[String: Any]])
        let errors = findings.filter { $0["severity"] as? String == "error" && $0["kind"] as? String == "report" }
        #expect(!errors.isEmpty)
        for error in errors {
            let key = try #require(error["key"] as? String)
            let decided = try workspace.run(["decide", "changzhang/2024", key, "dismissed", "--reason", "已核实"])
            #expect(decided.status == 0)
        }
        let after = try workspace.run(["check", "changzhang/2024"])
        #expect(after.status == 0)
        #expect(after.stdout.contains("不予采纳（测试员"))
        let refused = try workspace.run(["decide", "changzhang/2024", "t3-identity-0000000000", "dismissed"])
        #expect(refused.status != 0)
    }

    @Test func aNoteAnotherNodeBroughtSaysWhoBroughtItBesideItsAuthor() async throws {
        // Given a county's comment, and an answer 常张乡's token brought by sync under the reviewer's name
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.folder.path("changzhang.txt")
        try Data(ReportText.render(SampleReport.make()).utf8).write(to: file)
        #expect(try workspace.run(["init", "--node", "county"]).status == 0)
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let written = try workspace.run(["comment", "changzhang/2024", "--at", "section:一", "请核对", "--format", "json"])
        let comment = try #require((try written.json()["note"] as? [String: Any])?["id"] as? String)
        let county = try ReportRepository.open(at: workspace.repository, logger: JSONShapeTests.logger)
        let answer = Note(
            kind: .reply, report: ReportKey(agency: "changzhang", year: 2024),
            revision: try await county.resolve("changzhang/2024").id, target: ObjectID(hex: comment), text: "已删除",
            author: "王审核", time: Date())
        _ = try await county.receive(
            objects: [], updates: [], notes: [answer], from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        // Then `comments` says beside the answer's author who brought it and when, in Chinese and in English
        let text = try workspace.run(["comments", "changzhang/2024"]).stdout
        #expect(text.contains("回复 — 王审核 "))
        #expect(text.contains("（由 常张乡 同步送来，本节点收到于 "))
        let english = try workspace.run(["comments", "changzhang/2024", "--lang", "en"]).stdout
        #expect(english.contains(" (from 常张乡, received "))
        // And its JSON has where it came from and when, for the answer; `null` for the comment written here
        let listed = try #require(
            try workspace.run(["comments", "changzhang/2024", "--format", "json"]).json()["comments"]
                as? [[String: Any]])
        let reply = try #require((listed.first?["replies"] as? [[String: Any]])?.first)
        #expect(reply["via"] as? String == "常张乡")
        #expect(reply["received"] is String)
        #expect(listed.first?["via"] is NSNull)
        #expect(listed.first?["received"] is NSNull)
    }
}
