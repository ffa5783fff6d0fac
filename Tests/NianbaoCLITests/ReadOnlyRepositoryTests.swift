import Foundation
import ProcessSpawn
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// An archived repository on media nobody may write (a file and a folder the user cannot write) can still be read:
/// `log`, `reports`, `show`, `diff`, `export`, `fsck` and a read-only `serve` work, and the file stays as it was.
///
/// The tests run the real binary as a user who cannot write the folder: when they run as root (for whom permission
/// bits mean nothing), as the unprivileged `nobody` through `setpriv`; otherwise as themselves. Each test first
/// checks that this user really cannot create a file in the folder.
@Suite(.serialized) struct ReadOnlyRepositoryTests {
    /// An archive: a repository with two reports and some history, copied into a folder, then made read-only
    /// (folder 0555, file 0444) with every folder above it searchable.
    struct Archive {
        let workspace: CLIWorkspace
        let folder: URL
        let file: String
        let token: String

        static func make() throws -> Archive {
            let workspace = try CLIWorkspace()
            let report = SampleReport.make()
            let text = workspace.folder.path("changzhang.txt")
            try Data(ReportText.render(report).utf8).write(to: text)
            try #require(try workspace.run(["init", "--node", "county"]).status == 0)
            for (index, value) in ["3", "4"].enumerated() {
                let edited = SampleReport.settingTable3Cell(of: report, index: index, to: value)
                try Data(ReportText.render(edited).utf8).write(to: text)
                try #require(
                    try workspace.run(["commit", text.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
            }
            try Data(ReportText.render(SampleReport.make(agency: "大庄乡人民政府")).utf8).write(to: text)
            try #require(
                try workspace.run(["commit", text.path, "--agency", "dazhuang", "--year", "2024"]).status == 0)
            let issued = try workspace.run(["token", "create", "--all", "--label", "县", "--format", "json"])
            let token = try #require(try issued.json()["token"] as? String)
            let folder = workspace.folder.path("archive")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("repository.sqlite").path
            try FileManager.default.copyItem(atPath: workspace.repository, toPath: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            for path in [workspace.folder.url, workspace.scratch] {
                try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: path.path)
            }
            return Archive(workspace: workspace, folder: folder, file: file, token: token)
        }

        func remove() {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            workspace.remove()
        }
    }

    /// Runs a program to the end as a user who cannot write the archive.
    static func run(_ program: String, _ arguments: [String], scratch: URL) async throws -> NianbaoProcess.Result {
        let started = try NianbaoProcess(
            program: URL(fileURLWithPath: program), arguments, in: scratch, scratch: scratch, unprivileged: true)
        return try await offThePool { started.wait() }
    }

    /// Runs nianbao against the archive as that user.
    static func nianbao(_ arguments: [String], _ archive: Archive) async throws -> NianbaoProcess.Result {
        try await run(
            try NianbaoProcess.binary().path, arguments + ["--repo", archive.file], scratch: archive.workspace.scratch)
    }

    @Test func theReadingCommandsWorkOnAFileAndFolderNobodyMayWrite() async throws {
        let archive = try Archive.make()
        defer { archive.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: archive.file))
        // The user really cannot write there
        let touch = try await Self.run(
            "/usr/bin/touch", [archive.folder.appendingPathComponent("probe").path], scratch: archive.workspace.scratch)
        try #require(touch.status != 0, "the test user can write the archive folder: the test would prove nothing")
        // Every reading command works
        let log = try await Self.nianbao(["log", "changzhang/2024", "--format", "json"], archive)
        #expect(log.status == 0, "\(log.stderr)")
        #expect((try? log.json()["revisions"] as? [Any])?.count == 2)
        let reports = try await Self.nianbao(["reports"], archive)
        #expect(reports.status == 0, "\(reports.stderr)")
        #expect(reports.stdout.contains("dazhuang"))
        let show = try await Self.nianbao(["show", "changzhang/2024~1"], archive)
        #expect(show.status == 0, "\(show.stderr)")
        let diff = try await Self.nianbao(["diff", "changzhang/2024~1", "changzhang/2024"], archive)
        #expect(diff.status == 0, "\(diff.stderr)")
        let export = try await Self.nianbao(["export", "changzhang/2024"], archive)
        #expect(export.status == 0, "\(export.stderr)")
        let workspace = archive.workspace
        let original = try await offThePool { try workspace.run(["export", "changzhang/2024"]) }
        #expect(export.stdout == original.stdout)
        let fsck = try await Self.nianbao(["fsck"], archive)
        #expect(fsck.status == 0, "\(fsck.stderr)")
        #expect(fsck.stdout.contains("没有问题"))
        // A write is refused with a clear message
        let mark = try await Self.nianbao(["mark", "changzhang/2024", "submitted"], archive)
        #expect(mark.status != 0)
        // (named as what it is: a repository that cannot be written, not one that cannot be found or read)
        #expect(mark.stderr.contains("无法写入仓库"), "\(mark.stderr)")
        #expect(mark.stderr.contains("什么也没有改动"), "\(mark.stderr)")
        // And the file is byte for byte as it was, with nothing beside it
        #expect(try Data(contentsOf: URL(fileURLWithPath: archive.file)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.folder.path) == ["repository.sqlite"])
    }

    @Test func aReadOnlyServerServesPagesAndPullsAndRefusesWrites() async throws {
        let archive = try Archive.make()
        defer { archive.remove() }
        let server = try NianbaoProcess(
            program: try NianbaoProcess.binary(), ["serve", "--port", "0", "--repo", archive.file],
            in: archive.workspace.scratch, scratch: archive.workspace.scratch, unprivileged: true)
        defer {
            server.process.send(SIGTERM)
            _ = server.wait()  // a moment: the server stops on SIGTERM
        }
        let listening = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
        #expect(server.currentStderr.contains("以只读方式"))
        let bearer = ["Authorization": "Bearer \(archive.token)"]
        // The sync API and the pages read
        let refs = try await offThePool { try LoopbackHTTP.request(port: listening, path: "/v1/refs", headers: bearer) }
        #expect(refs.status == 200)
        #expect(refs.body.contains("changzhang"))
        let page = try await offThePool {
            try LoopbackHTTP.request(port: listening, path: "/reports/changzhang/2024", headers: bearer)
        }
        #expect(page.status == 200)
        #expect(page.body.contains("常张乡"))
        // A write is refused: the node says it serves a read-only repository
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(refs.body.utf8)) as? [String: Any])
        let reports = try #require(listing["reports"] as? [[String: Any]])
        let first = try #require(reports.first)
        let draft = try #require(first["draft"] as? String)
        let agency = try #require((first["report"] as? [String: Any])?["agency"] as? String)
        let update = """
            {"updates": [{"report": {"agency": "\(agency)", "year": 2024}, "ref": "submitted", "revision": "\(draft)", \
            "expected": null, "comment": null, "agency": null}]}
            """
        let refused = try await offThePool {
            try LoopbackHTTP.request(
                port: listening, method: "POST", path: "/v1/refs/update",
                headers: bearer.merging(["Content-Type": "application/json"]) { first, _ in first }, body: update)
        }
        #expect(refused.status == 503, "\(refused.body)")
        #expect(refused.body.contains("read-only"))
    }
}
