import Foundation
import ReportFixtures
import ReportParser
import Testing

/// `import` at the terminal holds a person of the node named as the author to her role and reach, as `commit` does:
/// a clerk of 大庄乡 named as the author imported 常张乡's report at the county's terminal under her name, and a
/// viewer any report (rv113 F8). Another agency's report is answered exactly as one of an office no one has.
@Suite struct TerminalPersonImportTests {
    /// A folder of the changed 常张乡 report and of one whose office is a slip of 常张乡's name (长张乡).
    static func folder(in workspace: CLIWorkspace, changed file: URL) throws -> URL {
        let folder = workspace.folder.path("batch")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent("常张乡.txt"))
        try Data(ReportText.render(SampleReport.make(agency: "长张乡人民政府")).utf8)
            .write(to: folder.appendingPathComponent("长张乡.txt"))
        return folder
    }

    @Test func aClerkOfAnotherAgencyImportsNothingThereAndIsToldAsOfAnOfficeNoOneHas() throws {
        // The county's terminal with 常张乡's report, and a node where no one registered 常张乡: 赵六 a clerk of 大庄乡
        let (county, file) = try TerminalPersonChangeTests.county()
        defer { county.remove() }
        let (bare, _) = try GuardTests.workspace()
        defer { bare.remove() }
        #expect(try bare.run(["agency", "add", "dazhuang", "--name", "大庄乡人民政府"]).status == 0)
        let added = try UserCommandTests.run(
            ["user", "add", "赵六", "--role", "clerk", "--agency", "dazhuang", "--password-stdin"],
            input: "pw-clerk-2024", in: bare)
        #expect(added.status == 0, "\(added.stderr)")
        let before = try TerminalPersonChangeTests.versions(in: county)
        let agencies = try county.run(["agency", "list"]).stdout

        let refused = try county.run(
            ["import", try Self.folder(in: county, changed: file).path, "--author", "赵六"])
        let missing = try bare.run(["import", try Self.folder(in: bare, changed: file).path, "--author", "赵六"])
        #expect(refused.status != 0, "\(refused.stdout)")
        #expect(refused.status == missing.status)
        #expect(refused.stdout.contains("没有编号为"), "\(refused.stdout)")
        #expect(!refused.stdout.contains("常张乡人民政府（"), "\(refused.stdout)")
        #expect(refused.stdout == missing.stdout, "\(refused.stdout) / \(missing.stdout)")
        #expect(refused.stderr == missing.stderr, "\(refused.stderr) / \(missing.stderr)")
        // Nothing changed at 常张乡, and no office was registered
        #expect(try TerminalPersonChangeTests.versions(in: county) == before)
        #expect(try county.run(["agency", "list"]).stdout == agencies)

        // Her own agency's report she imports, recorded under her name
        let own = county.folder.path("own")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try Data(ReportText.render(SampleReport.make(agency: "大庄乡人民政府")).utf8)
            .write(to: own.appendingPathComponent("大庄乡.txt"))
        let imported = try county.run(["import", own.path, "--author", "赵六"])
        #expect(imported.status == 0, "\(imported.stdout) \(imported.stderr)")
        let log = try county.run(["log", "dazhuang/2024"])
        #expect(log.stdout.contains("赵六"), "\(log.stdout)")
    }

    @Test func aViewerNamedAtTheTerminalImportsNothing() throws {
        let (county, file) = try TerminalPersonChangeTests.county()
        defer { county.remove() }
        let before = try TerminalPersonChangeTests.versions(in: county)
        let reports = try county.run(["reports"]).stdout
        let refused = try county.run(
            ["import", try Self.folder(in: county, changed: file).path, "--author", "观察员"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("“观察员”是本节点的用户（只读查看），不能修改报告"), "\(refused.stderr)")
        #expect(try TerminalPersonChangeTests.versions(in: county) == before)
        #expect(try county.run(["reports"]).stdout == reports)
    }
}
