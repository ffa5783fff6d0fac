import Foundation
import ReportFixtures
import ReportModel
import Testing

/// What the commands print for a person names a report by its office and year, as the web pages do
/// (`常张乡人民政府 2024 年度报告`), never by the agency id it is stored under (`changzhang/2024`); a command to type
/// next may still hold the id.
@Suite struct OfficeNameTests {
    static let name = "常张乡人民政府 2024 年度报告"

    /// A county node with 常张乡 and 大庄乡 registered and 常张乡's 2024 report committed (its output returned).
    static func county() throws -> (CLIWorkspace, committed: NianbaoProcess.Result) {
        let county = try CLIWorkspace()
        try county.run(["init", "--node", "县政务公开办"])
        try county.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        try county.run(["agency", "add", "dazhuang", "--name", "大庄乡人民政府", "--kind", "township"])
        let committed = try county.run([
            "commit", try county.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024", "-m", "初稿",
        ])
        return (county, committed)
    }

    @Test func commitMarkLogAuditCheckAndCommentsNameTheOffice() throws {
        let (county, committed) = try Self.county()
        defer { county.remove() }
        #expect(committed.stdout.contains("已提交 \(Self.name) 第 1 版"), "\(committed.stdout)")
        let marked = try county.run(["mark", "changzhang/2024", "submitted"])
        #expect(marked.stdout.contains("已将 \(Self.name)的第 1 版"), "\(marked.stdout)")
        let returned = try county.run(["mark", "changzhang/2024", "returned", "--comment", "请核对表三"])
        #expect(returned.stdout.contains(Self.name), "\(returned.stdout)")

        let log = try county.run(["log", "changzhang/2024"])
        #expect(log.stdout.contains("报告：\(Self.name)"), "\(log.stdout)")
        let audit = try county.run(["audit"])
        #expect(audit.stdout.contains("\t\(Self.name)\t"), "\(audit.stdout)")
        let audited = try county.run(["audit", "changzhang/2024"])
        #expect(audited.stdout.contains("\t\(Self.name)\t"), "\(audited.stdout)")
        let check = try county.run(["check", "changzhang/2024"])
        #expect(check.stdout.hasPrefix("\(Self.name) 第 1 版"), "\(check.stdout)")
        let comments = try county.run(["comments", "changzhang/2024"])
        #expect(comments.stdout.contains("\(Self.name)还没有批注"), "\(comments.stdout)")
        let reports = try county.run(["reports"])
        #expect(reports.stdout.contains("\(Self.name)  已退回 退回意见：请核对表三"), "\(reports.stdout)")
        let shown = try county.run(["show", "changzhang/2024"])
        #expect(shown.stdout.contains("报告：\(Self.name)"), "\(shown.stdout)")

        for (command, result) in [
            ("commit", committed), ("mark", marked), ("log", log), ("audit", audit), ("audit REPORT", audited),
            ("check", check), ("comments", comments), ("show", shown),
        ] {
            #expect(!result.stdout.contains("changzhang/"), "\(command): \(result.stdout)")
        }
        // (the audit log's registration of an agency names its id beside its name: what was registered)
        // (`reports` lists the id to type beside the name, in its own column; its notes name the office)
        #expect(!reports.stdout.contains("changzhang/2024  已退回"), "\(reports.stdout)")
    }

    /// Each mark in `log` says who set it and when, in Beijing time: it had said `标记：已报送` alone.
    @Test func logSaysWhoSetEachMarkAndWhen() throws {
        let (county, _) = try Self.county()
        defer { county.remove() }
        try county.run(["mark", "changzhang/2024", "submitted"], environment: ["NIANBAO_AUTHOR": "常张乡党政办"])
        try county.run(
            ["mark", "changzhang/2024", "returned", "--comment", "请核对表三"], environment: ["NIANBAO_AUTHOR": "王审核"])

        let log = try county.run(["log", "changzhang/2024"]).stdout
        let today = BeijingTime.day(Date())
        #expect(log.contains("标记：已报送（常张乡党政办，\(today) "), "\(log)")
        #expect(log.contains("标记：已退回 退回意见：请核对表三（王审核，\(today) "), "\(log)")
        let english = try county.run(["log", "changzhang/2024", "--lang", "en"]).stdout
        #expect(english.contains("Mark:    submitted (常张乡党政办, \(today) "), "\(english)")
        #expect(english.contains("Mark:    returned correction request: 请核对表三 (王审核, \(today) "), "\(english)")
    }

    /// A pull, a sync with a conflict and `conflicts` name the report by its office; the hint to merge keeps the id
    /// to type.
    @Test func syncAndConflictsNameTheOffice() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let first = try township.writeSample("v1.txt")
        let countyEdit = try county.writeSample("c.txt", table3Cell: "4")
        let townshipEdit = try township.writeSample("t.txt", table3Cell: "3")
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", first, "--agency", "changzhang", "--year", "2024", "-m", "初稿"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            try await county.runServed(["commit", countyEdit, "--agency", "changzhang", "--year", "2024", "-m", "县改"])
            try await county.runServed(["mark", "changzhang/2024", "returned", "--comment", "请核对表三"])
            let pulled = try await township.runServed(["pull", "--lang", "en"])
            let english = "常张乡人民政府 2024 report"
            #expect(pulled.stdout.contains("  \(english)  fast-forward  version 1 → version 2"), "\(pulled.stdout)")
            #expect(
                pulled.stdout.contains("  \(english)  returned → version 2  correction request: 请核对表三 (测试员)"),
                "\(pulled.stdout)")
            try await county.runServed([
                "commit", try county.writeSample("c2.txt", table3Cell: "5"), "--agency", "changzhang", "--year",
                "2024", "-m", "再改",
            ])
            // (her own file over the county's correction of that cell: sent knowingly, --force — the county's
            // revision is not hers, though both nodes' author is 测试员)
            try await township.runServed([
                "commit", townshipEdit, "--agency", "changzhang", "--year", "2024", "--force",
            ])

            let synced = try await township.runServed(["sync"])
            #expect(synced.status == 3, "\(synced.stderr)")
            #expect(synced.stdout.contains("  \(Self.name)  冲突  你的草稿"), "\(synced.stdout)")
            #expect(synced.stderr.contains("\(Self.name)（2 个版本） 有未解决的冲突"), "\(synced.stderr)")
            #expect(synced.stderr.contains("`nianbao merge changzhang/2024` 合并"), "\(synced.stderr)")
            let conflicts = try await township.runServed(["conflicts"])
            #expect(conflicts.stdout.hasPrefix("\(Self.name)  草稿 "), "\(conflicts.stdout)")
            let merged = try await township.runServed(["merge", "changzhang/2024", "--take", "ours"])
            #expect(merged.stdout.hasPrefix("已合并 \(Self.name)："), "\(merged.stdout)")

            for (command, result) in [("pull", pulled), ("conflicts", conflicts), ("merge", merged)] {
                #expect(!result.stdout.contains("changzhang"), "\(command): \(result.stdout)")
            }
            // (the sync's lines name the office; only the command to type holds the id)
            #expect(!synced.stdout.contains("changzhang/2024  "), "\(synced.stdout)")
        }
    }
}
