import Foundation
import ProcessSpawn
import ReportFixtures
import Testing

/// The county stops its server, puts its backup in the repository's place and starts again (README, "Backups"):
/// `nianbao serve` says as it starts that the repository is that backup, and the audit log has the line 从备份恢复
/// once; `fsck` and `audit` (read-only) before it record nothing, and later commands add nothing.
@Suite struct RestoredBackupCommandTests {
    /// How many lines of `nianbao audit` on a file record a restore.
    static func restoreLines(on file: String, in workspace: CLIWorkspace) throws -> Int {
        let audit = try BackupCommandTests.run(["audit"], on: file, in: workspace)
        #expect(audit.status == 0, "\(audit.stderr)")
        return audit.stdout.split(separator: "\n").filter { $0.contains("\t从备份恢复\t") }.count
    }

    @Test func serveSaysItServesARestoredBackupAndTheAuditLogHasItOnce() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "县政务公开办"]).status == 0)
        let sample = try workspace.writeSample("a.txt")
        try #require(
            workspace.run(["commit", sample, "--agency", "changzhang", "--year", "2024", "--author", "王芳"]).status == 0)
        let backup = workspace.folder.path("备份.sqlite").path
        try #require(workspace.run(["backup", backup]).status == 0)
        // Given the backup put in a repository's place, checked and read first
        let restored = workspace.folder.path("restored.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: restored)
        #expect(try BackupCommandTests.run(["fsck"], on: restored, in: workspace).status == 0)
        #expect(try Self.restoreLines(on: restored, in: workspace) == 0)
        // When the server starts on it
        let server = try NianbaoProcess(
            ["serve", "--port", "0", "--repo", restored], in: workspace.folder.url, scratch: workspace.scratch)
        defer { _ = server.kill() }
        _ = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
        server.process.send(SIGTERM)
        let ended = await server.finished()
        // Then it said so, and the audit log has the line once, though other commands write after it
        #expect(ended.stderr.contains("做的备份，已记入操作记录：备份之后的上传、标记和批注都不在了"), "\(ended.stderr)")
        #expect(ended.stderr.contains("概览页上 7 天内都有这条提示"))
        #expect(try Self.restoreLines(on: restored, in: workspace) == 1)
        let token = try BackupCommandTests.run(
            ["token", "create", "--all", "--label", "县政务公开办"], on: restored, in: workspace)
        #expect(token.status == 0, "\(token.stderr)")
        #expect(try Self.restoreLines(on: restored, in: workspace) == 1)
        // And the repository the backup was made of has no such line
        try #require(workspace.run(["token", "create", "--all", "--label", "县政务公开办"]).status == 0)
        #expect(try Self.restoreLines(on: workspace.repository, in: workspace) == 0)
    }
}
