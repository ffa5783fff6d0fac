import Foundation
import ReportFixtures
import Testing

/// `nianbao backup FILE`: a copy of the whole repository that holds what another process has written and not yet
/// moved out of its `-wal` file (a copy of the database file alone, made while `nianbao serve` ran, held none of its
/// reports), kept from the repository itself and from an earlier backup unless `--overwrite`, and never written over
/// another node's repository.
@Suite struct BackupCommandTests {
    /// Runs a command against another repository file than the workspace's.
    static func run(_ arguments: [String], on file: String, in workspace: CLIWorkspace) throws -> NianbaoProcess.Result
    {
        try NianbaoProcess.run(arguments + ["--repo", file], in: workspace.folder.url, scratch: workspace.scratch)
    }

    @Test func aBackupHoldsWhatARunningWriterHasNotCheckpointed() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "县政务公开办"]).status == 0)
        let first = try workspace.writeSample("a.txt")
        try #require(
            workspace.run(["commit", first, "--agency", "changzhang", "--year", "2024", "--author", "王芳"]).status == 0)
        // A server holds the file open: what it and the next commits write stays in the -wal file
        let server = try workspace.start(["serve", "--port", "0"])
        defer { _ = server.kill() }
        _ = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
        let second = try workspace.writeSample("b.txt", table3Cell: "2")
        try #require(
            workspace.run(["commit", second, "--agency", "changzhang", "--year", "2024", "--author", "王芳"]).status == 0)
        let copy = workspace.folder.path("copy.sqlite").path
        try FileManager.default.copyItem(atPath: workspace.repository, toPath: copy)
        let backup = workspace.folder.path("备份.sqlite").path
        let made = try workspace.run(["backup", backup])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("已备份到 \(backup)：1 份报告、2 个修订"), "\(made.stdout)")
        // The backup is a repository with both revisions, sound; the plain copy lacks what the -wal held
        let log = try Self.run(["log", "changzhang/2024", "--json"], on: backup, in: workspace)
        #expect((try log.json()["revisions"] as? [Any])?.count == 2, "\(log.stderr)")
        #expect(try Self.run(["fsck"], on: backup, in: workspace).status == 0)
        let copied = try Self.run(["log", "changzhang/2024", "--json"], on: copy, in: workspace)
        #expect((try? copied.json()["revisions"] as? [Any])?.count != 2)
        // Neither an earlier backup nor the repository itself is written over by a slip
        let again = try workspace.run(["backup", backup])
        #expect(again.status == 1)
        #expect(again.stderr.contains("已经存在，没有覆盖它"), "\(again.stderr)")
        #expect(try workspace.run(["backup", backup, "--overwrite"]).status == 0)
        // Nor the repository or the files SQLite keeps beside it (its -wal holds what the server has not yet moved
        // into the file), another kind of file, a folder, or a folder that is not there
        for own in [workspace.repository, workspace.repository + "-wal", workspace.repository + "-shm"] {
            let itself = try workspace.run(["backup", own, "--overwrite"])
            #expect(itself.status == 1, "\(own)")
            #expect(itself.stderr.contains("是仓库本身的文件"), "\(itself.stderr)")
        }
        #expect(try workspace.run(["log", "changzhang/2024"]).status == 0)
        let note = workspace.folder.path("说明.txt").path
        try Data("不要覆盖".utf8).write(to: URL(fileURLWithPath: note))
        let other = try workspace.run(["backup", note, "--overwrite"])
        #expect(other.stderr.contains("不是以前的备份"), "\(other.stderr)")
        #expect(try String(contentsOfFile: note, encoding: .utf8) == "不要覆盖")
        // Nor another node's working repository: a township's own drafts would be gone
        let township = workspace.folder.path("常张乡.sqlite").path
        try #require(Self.run(["init", "--node", "常张乡党政办"], on: township, in: workspace).status == 0)
        let townshipBytes = try Data(contentsOf: URL(fileURLWithPath: township))
        let overTownship = try workspace.run(["backup", township, "--overwrite"])
        #expect(overTownship.status == 1)
        #expect(overTownship.stderr.contains("是「常张乡党政办」的仓库，不是本仓库（县政务公开办）的备份"), "\(overTownship.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: township)) == townshipBytes)
        // Nor another computer's repository of the same node name (a backup has this one's creation time)
        let sameName = workspace.folder.path("另一台电脑.sqlite").path
        try #require(Self.run(["init", "--node", "县政务公开办"], on: sameName, in: workspace).status == 0)
        let sameNameBytes = try Data(contentsOf: URL(fileURLWithPath: sameName))
        let overSameName = try workspace.run(["backup", sameName, "--overwrite"])
        #expect(overSameName.status == 1)
        #expect(overSameName.stderr.contains("是另一个也叫「县政务公开办」的仓库"), "\(overSameName.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sameName)) == sameNameBytes)
        let folder = try workspace.run(["backup", workspace.folder.url.path, "--overwrite"])
        #expect(folder.stderr.contains("是一个文件夹"), "\(folder.stderr)")
        let nowhere = try workspace.run(["backup", workspace.folder.path("U盘/备份.sqlite").path])
        #expect(nowhere.stderr.contains("不存在"), "\(nowhere.stderr)")
        // No half-written file is left beside it
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.url.path)
        #expect(!left.contains { $0.contains("nianbao-backup") }, "\(left)")
    }
}
