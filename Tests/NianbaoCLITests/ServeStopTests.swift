import Foundation
import ProcessSpawn
import ReportFixtures
import Testing

/// A server stopped the ordinary way closes the repository: it left `repository.sqlite-wal` and `-shm` beside the
/// file every time (rv119 F3), so a backup copied over the file later met this run's log and was called 已损坏.
@Suite struct ServeStopTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func aServerStoppedTheOrdinaryWayLeavesNoLogBesideTheRepository(signal: Int32) async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.run(["init", "--node", "县政务公开办"])
        // Given a county node served, and a change written while it runs (its log then holds pages)
        let server = try workspace.start(["serve", "--port", "0"])
        defer { _ = server.kill() }
        _ = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
        try workspace.run(["agency", "add", "changzhang", "--name", "长子县常张乡人民政府", "--kind", "township"])
        #expect(FileManager.default.fileExists(atPath: workspace.repository + "-wal"))
        // When it is stopped with Ctrl-C (or by the system, SIGTERM)
        server.process.send(signal)
        let ended = await server.finished()
        // Then it ends normally, and nothing of its run lies beside the file, which holds the change
        #expect(ended.status == 0 && !ended.endedBySignal, "\(ended.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.repository + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: workspace.repository + "-shm"))
        let agencies = try workspace.run(["agency", "list"])
        #expect(agencies.stdout.contains("长子县常张乡人民政府"), "\(agencies.stdout)\(agencies.stderr)")
    }
}
