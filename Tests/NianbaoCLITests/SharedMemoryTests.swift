import Foundation
import ProcessSpawn
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A running server never dies from its files: when another program shrinks the repository's `-shm` file (which
/// SQLite maps into memory) the server used to die with SIGBUS; now it goes on answering, and when the file is
/// replaced under it, it refuses writes with 503 and keeps serving reads.
@Suite(.serialized) struct SharedMemoryTests {
    /// A county repository with one report and a token, served by a `nianbao serve` process.
    struct ServedRepository {
        let workspace: CLIWorkspace
        let server: NianbaoProcess
        let port: Int
        let token: String

        static func start() async throws -> ServedRepository {
            let workspace = try CLIWorkspace()
            let text = workspace.folder.path("changzhang.txt")
            try Data(ReportText.render(SampleReport.make()).utf8).write(to: text)
            try #require(try workspace.run(["init", "--node", "county"]).status == 0)
            try #require(
                try workspace.run(["commit", text.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
            let issued = try workspace.run(["token", "create", "--all", "--label", "县", "--format", "json"])
            let token = try #require(try issued.json()["token"] as? String)
            let server = try workspace.start(["serve", "--port", "0"])
            let port = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
            return ServedRepository(workspace: workspace, server: server, port: port, token: token)
        }

        var shm: String { workspace.repository + "-shm" }

        func get(_ path: String) async throws -> LoopbackHTTP.Response {
            let (port, token) = (port, token)
            return try await offThePool {
                try LoopbackHTTP.request(port: port, path: path, headers: ["Authorization": "Bearer \(token)"])
            }
        }

        /// Sets (or moves) the report's `submitted` mark over the sync API: a write.
        func mark() async throws -> LoopbackHTTP.Response {
            let refs = try await get("/v1/refs")
            let listing = try #require(try JSONSerialization.jsonObject(with: Data(refs.body.utf8)) as? [String: Any])
            let report = try #require((listing["reports"] as? [[String: Any]])?.first)
            let draft = try #require(report["draft"] as? String)
            let marks = report["marks"] as? [[String: Any]] ?? []
            let expected = marks.first { $0["name"] as? String == "submitted" }?["revision"] as? String
            let body = """
                {"updates": [{"report": {"agency": "changzhang", "year": 2024}, "ref": "submitted", \
                "revision": "\(draft)", "expected": \(expected.map { "\"\($0)\"" } ?? "null"), "comment": null, \
                "agency": null}]}
                """
            let (port, token) = (port, token)
            return try await offThePool {
                try LoopbackHTTP.request(
                    port: port, method: "POST", path: "/v1/refs/update",
                    headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"], body: body)
            }
        }

        func stop() {
            server.process.send(SIGTERM)
            _ = server.wait()
            workspace.remove()
        }
    }

    @Test func aShrunkSharedMemoryFileDoesNotKillTheServer() async throws {
        let served = try await ServedRepository.start()
        defer { served.stop() }
        #expect(try await served.get("/reports/changzhang/2024").status == 200)
        #expect(try await served.mark().status == 200)
        // When another program empties the -shm file under the running server
        let handle = try #require(FileHandle(forWritingAtPath: served.shm))
        try handle.truncate(atOffset: 0)
        try handle.close()
        // Then the server goes on answering reads and writes, and is still running
        #expect(try await served.get("/reports/changzhang/2024").status == 200)
        #expect(try await served.get("/v1/refs").status == 200)
        #expect(try await served.mark().status == 200)
        #expect(served.server.process.isRunning)
        let workspace = served.workspace
        #expect(try await offThePool { try workspace.run(["fsck"]) }.status == 0)
    }

    @Test func aReplacedSharedMemoryFileStopsWritesButNotReads() async throws {
        let served = try await ServedRepository.start()
        defer { served.stop() }
        #expect(try await served.get("/v1/refs").status == 200)
        // When another program puts another -shm file in place of the server's
        try FileManager.default.removeItem(atPath: served.shm)
        _ = FileManager.default.createFile(atPath: served.shm, contents: Data(count: 32 * 1024))
        // Then writes are refused with 503, reads go on, and the server runs on
        let refused = try await served.mark()
        #expect(refused.status == 503)
        #expect(refused.body.contains("unavailable"))
        #expect(try await served.get("/reports/changzhang/2024").status == 200)
        #expect(served.server.process.isRunning)
    }
}
