import Foundation
import ProcessSpawn
import ReportFixtures
import Testing

/// A county server goes on answering while uploaded .doc/.wps files are converted by LibreOffice (seconds each): the
/// conversion used to run on the few threads every request shares, so that as many uploads as the machine has cores
/// stopped every page and every sync until they were done; then two slow uploads held the threads every password
/// check ran on, and every login waited behind them (rr97 F1). Uploads are read two at a time in a lane of their
/// own; a third waits its turn; pages, syncs and logins go on meanwhile.
///
/// The server is a real `nianbao serve` process whose `soffice` (`$NIANBAO_SOFFICE`) is a script that says it started,
/// then waits until the test lets it go (at most 20 s) and hands back a Word file of the report.
@Suite(.serialized) struct SlowConversionTests {
    /// The stand-in for LibreOffice: marks its start in `marks`, waits for `marks/release`, then writes `docx` where
    /// `soffice --convert-to docx --outdir DIR FILE` would.
    static func converter(in folder: URL, marks: URL, docx: URL) throws -> URL {
        let script = folder.appendingPathComponent("soffice")
        let text = """
            #!/bin/sh
            while [ "$#" -gt 1 ]; do
              if [ "$1" = "--outdir" ]; then outdir="$2"; fi
              shift
            done
            touch "\(marks.path)/started.$$"
            i=0
            while [ ! -e "\(marks.path)/release" ] && [ "$i" -lt 400 ]; do sleep 0.05; i=$((i+1)); done
            cp "\(docx.path)" "$outdir/report.docx"
            """
        try Data(text.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    /// A multipart form with the anti-forgery token and a file of .doc bytes (an OLE compound file's signature).
    static func form(csrf: String, boundary: String) -> [UInt8] {
        let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let head = """
            --\(boundary)\r
            Content-Disposition: form-data; name="csrf"\r
            \r
            \(csrf)\r
            --\(boundary)\r
            Content-Disposition: form-data; name="file"; filename="report.doc"\r
            Content-Type: application/msword\r
            \r

            """
        return Array(head.utf8) + doc + Array("\r\n--\(boundary)--\r\n".utf8)
    }

    /// Starts the upload of a .doc file to 常张乡 2024 with a token (its form's anti-forgery token read first).
    static func upload(port: Int, token: String) async throws -> Task<LoopbackHTTP.Response, any Error> {
        let bearer = ["Authorization": "Bearer \(token)"]
        let page = try await offThePool {
            try LoopbackHTTP.request(port: port, path: "/reports/changzhang/2024", headers: bearer)
        }
        let csrf = try #require(
            page.body.range(of: #"name="csrf" value=""#).map { page.body[$0.upperBound...].prefix { $0 != "\"" } })
        let boundary = "nianbao-test-boundary"
        let headers = bearer.merging(["Content-Type": "multipart/form-data; boundary=\(boundary)"]) { $1 }
        let form = Self.form(csrf: String(csrf), boundary: boundary)
        return Task {
            try await offThePool {
                try LoopbackHTTP.request(
                    port: port, method: "POST", path: "/reports/changzhang/2024/upload", headers: headers,
                    bytes: form, timeout: 60)
            }
        }
    }

    @Test func pagesAnswerWhileUploadedWordFilesAreConverted() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let sample = try workspace.writeSample("changzhang.txt")
        try #require(try workspace.run(["init", "--node", "county"]).status == 0)
        try #require(try workspace.run(["commit", sample, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let docx = workspace.folder.path("converted.docx")
        try #require(
            try workspace.run(["export", "changzhang/2024", "--format", "docx", "-o", docx.path]).status == 0)
        let added = try UserCommandTests.run(
            ["user", "add", "王审核", "--role", "reviewer", "--password-stdin"], input: "Review2024!pass",
            in: workspace)
        try #require(added.status == 0, "\(added.stderr)")
        let issued = try workspace.run(["token", "create", "--all", "--label", "县", "--format", "json"])
        let token = try #require(try issued.json()["token"] as? String)
        // (a second sender for the third upload: one sender has at most two files in hand, ``UploadAdmissionTests``)
        let other = try workspace.run(["token", "create", "--all", "--label", "县二", "--format", "json"])
        let otherToken = try #require(try other.json()["token"] as? String)
        let marks = workspace.folder.path("marks")
        try FileManager.default.createDirectory(at: marks, withIntermediateDirectories: true)
        let soffice = try Self.converter(in: workspace.folder.url, marks: marks, docx: docx)
        let server = try NianbaoProcess(
            ["serve", "--port", "0", "--repo", workspace.repository], in: workspace.folder.url,
            scratch: workspace.scratch, environment: ["NIANBAO_SOFFICE": soffice.path])
        defer {
            FileManager.default.createFile(atPath: marks.appendingPathComponent("release").path, contents: nil)
            server.process.send(SIGTERM)
            _ = server.wait()
        }
        let port = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
        let bearer = ["Authorization": "Bearer \(token)"]
        // One .doc upload more than the uploads' lane reads at once
        let lane = 2
        var answers: [Task<LoopbackHTTP.Response, any Error>] = []
        for sender in [token, token, otherToken] {
            answers.append(try await Self.upload(port: port, token: sender))
        }
        // Two conversions have started and are running (one of each sender's: the first sender's second file waits
        // while the other's is read, ``NodeLaneTests``); the third upload waits its turn
        var started = 0
        for _ in 0..<300 {
            started = try FileManager.default.contentsOfDirectory(atPath: marks.path).count
            if started >= lane { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        try #require(started == lane, "\(started) of \(lane) conversions started: \(server.currentStderr)")
        // Then the board, a report page and the sync API answer while they run
        for path in ["/", "/reports/changzhang/2024", "/v1/refs"] {
            let answer = try await offThePool { try LoopbackHTTP.request(port: port, path: path, headers: bearer) }
            #expect(answer.status == 200, "\(path)")
        }
        // And the reviewer logs in with her password
        let login = try await offThePool {
            try LoopbackHTTP.request(
                port: port, method: "POST", path: "/login",
                headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: "name=%E7%8E%8B%E5%AE%A1%E6%A0%B8&password=Review2024%21pass&next=%2F")
        }
        #expect(login.status == 303, "\(login.status) \(login.body.prefix(300))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: marks.path).count == lane)
        // Let the conversions end: each upload is read and answered
        FileManager.default.createFile(atPath: marks.appendingPathComponent("release").path, contents: nil)
        for answer in answers {
            #expect(try await answer.value.status == 200)
        }
    }
}
