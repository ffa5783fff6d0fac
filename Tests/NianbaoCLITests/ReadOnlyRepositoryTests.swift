import Foundation
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
    /// A user id without any rights on the test's files.
    static let nobody = "65534"

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

    /// Runs a program as a user who cannot write the archive.
    static func start(_ program: String, _ arguments: [String], scratch: URL) throws -> (Process, URL, URL) {
        let process = Process()
        if geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NIANBAO_REPO"] = nil
        environment["HOME"] = scratch.path
        process.environment = environment
        process.currentDirectoryURL = scratch
        let output = scratch.appendingPathComponent(UUID().uuidString + ".out")
        let errors = scratch.appendingPathComponent(UUID().uuidString + ".err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, output, errors)
    }

    /// Runs a program to the end as that user.
    static func run(_ program: String, _ arguments: [String], scratch: URL) throws -> NianbaoProcess.Result {
        let (process, output, errors) = try start(program, arguments, scratch: scratch)
        process.waitUntilExit()
        return NianbaoProcess.Result(
            status: process.terminationStatus, stdout: (try? String(contentsOf: output, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }

    /// Runs nianbao against the archive as that user.
    static func nianbao(_ arguments: [String], _ archive: Archive) throws -> NianbaoProcess.Result {
        try run(
            try NianbaoProcess.binary().path, arguments + ["--repo", archive.file], scratch: archive.workspace.scratch)
    }

    @Test func theReadingCommandsWorkOnAFileAndFolderNobodyMayWrite() throws {
        let archive = try Archive.make()
        defer { archive.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: archive.file))
        // The user really cannot write there
        let touch = try Self.run(
            "/usr/bin/touch", [archive.folder.appendingPathComponent("probe").path], scratch: archive.workspace.scratch)
        try #require(touch.status != 0, "the test user can write the archive folder: the test would prove nothing")
        // Every reading command works
        let log = try Self.nianbao(["log", "changzhang/2024", "--format", "json"], archive)
        #expect(log.status == 0, "\(log.stderr)")
        #expect((try? log.json()["revisions"] as? [Any])?.count == 2)
        let reports = try Self.nianbao(["reports"], archive)
        #expect(reports.status == 0, "\(reports.stderr)")
        #expect(reports.stdout.contains("dazhuang"))
        let show = try Self.nianbao(["show", "changzhang/2024~1"], archive)
        #expect(show.status == 0, "\(show.stderr)")
        let diff = try Self.nianbao(["diff", "changzhang/2024~1", "changzhang/2024"], archive)
        #expect(diff.status == 0, "\(diff.stderr)")
        let export = try Self.nianbao(["export", "changzhang/2024"], archive)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == (try archive.workspace.run(["export", "changzhang/2024"])).stdout)
        let fsck = try Self.nianbao(["fsck"], archive)
        #expect(fsck.status == 0, "\(fsck.stderr)")
        #expect(fsck.stdout.contains("no problems"))
        // A write is refused with a clear message
        let mark = try Self.nianbao(["mark", "changzhang/2024", "submitted"], archive)
        #expect(mark.status != 0)
        #expect(mark.stderr.contains("cannot be written") || mark.stderr.contains("cannot be opened"), "\(mark.stderr)")
        // And the file is byte for byte as it was, with nothing beside it
        #expect(try Data(contentsOf: URL(fileURLWithPath: archive.file)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.folder.path) == ["repository.sqlite"])
    }

    @Test func aReadOnlyServerServesPagesAndPullsAndRefusesWrites() async throws {
        let archive = try Archive.make()
        defer { archive.remove() }
        let (process, _, errors) = try Self.start(
            try NianbaoProcess.binary().path, ["serve", "--port", "0", "--repo", archive.file],
            scratch: archive.workspace.scratch)
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGTERM) }
            process.waitUntilExit()
        }
        // Wait (at most 20 s) for the line that says where it listens
        var port: Int?
        for _ in 0..<200 where port == nil && process.isRunning {
            try await Task.sleep(for: .milliseconds(100))
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let listening = try #require(
            port, "the server did not start: \((try? String(contentsOf: errors, encoding: .utf8)) ?? "")")
        #expect((try? String(contentsOf: errors, encoding: .utf8))?.contains("read-only") == true)
        let bearer = ["Authorization": "Bearer \(archive.token)"]
        // The sync API and the pages read
        let refs = try LoopbackHTTP.request(port: listening, path: "/v1/refs", headers: bearer)
        #expect(refs.status == 200)
        #expect(refs.body.contains("changzhang"))
        let page = try LoopbackHTTP.request(port: listening, path: "/reports/changzhang/2024", headers: bearer)
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
        let refused = try LoopbackHTTP.request(
            port: listening, method: "POST", path: "/v1/refs/update",
            headers: bearer.merging(["Content-Type": "application/json"]) { first, _ in first }, body: update)
        #expect(refused.status == 503, "\(refused.body)")
        #expect(refused.body.contains("read-only"))
    }
}
