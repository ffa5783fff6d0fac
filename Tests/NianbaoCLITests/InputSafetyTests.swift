import Foundation
import ReportFixtures
import Testing

/// What a person gives the command line that it must refuse: a file far too large to be a report, a node name that
/// is not a name.
@Suite struct InputSafetyTests {
    @Test func aHugeFileIsRefusedWithAClearMessageAndNothingChanges() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.repository))
        // A 20 MiB text file (sparse: no disk is spent)
        let path = workspace.folder.path("huge.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("一、总体情况\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 20 * 1024 * 1024)
        try handle.close()
        for arguments in [
            ["parse", path], ["check", path], ["commit", path, "--agency", "changzhang", "--year", "2024"],
        ] {
            let result =
                arguments[0] == "commit"
                ? try workspace.run(arguments)
                : try NianbaoProcess.run(arguments, in: workspace.folder.url, scratch: workspace.scratch)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("文件太大（20 MiB）"), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.repository)) == before)
    }

    @Test(arguments: ["县\n政务公开办", "a/b", String(repeating: "县", count: 65), " county", "tab\there"])
    func initRefusesANodeNameThatIsNotOne(name: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["init", "--node", name])
        #expect(result.status == 1)
        #expect(result.stderr.contains("节点名称"))
        #expect(!FileManager.default.fileExists(atPath: workspace.repository))
    }

    @Test func initTakesAChineseNodeName() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init", "--node", "金乡县 政务公开办"]).status == 0)
    }
}
