import Foundation
import ProcessSpawn
import ReportFixtures
import Testing

/// One clerk pressing 上传 a dozen times on a slow file made every other office's upload wait behind hers (72 s for a
/// 10 KB text), and part of the crowd got no answer at all (review rr98 F2). A sender has at most two files in hand
/// (being read or waiting for the uploads' lane): a third is refused at once, saying why. Her files take one of the
/// lane's two places at most: another sender's file is read meanwhile (review rr99 F2: one clerk's two slow files
/// filled the lane, and every office's upload waited 206 s). (The node's bound, eight at once, is
/// `UploadAdmissionLimitTests`'.)
///
/// A real `nianbao serve` process whose `soffice` is ``SlowConversionTests/converter(in:marks:docx:)``: each .doc
/// conversion waits until the test lets it go.
@Suite(.serialized) struct UploadAdmissionTests {
    @Test func aSendersThirdFileIsRefusedAtOnceAndAnothersWaitsItsTurn() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let sample = try workspace.writeSample("changzhang.txt")
        try #require(try workspace.run(["init", "--node", "county"]).status == 0)
        try #require(try workspace.run(["commit", sample, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let docx = workspace.folder.path("converted.docx")
        try #require(
            try workspace.run(["export", "changzhang/2024", "--format", "docx", "-o", docx.path]).status == 0)
        var tokens: [String] = []
        for label in ["县一", "县二"] {
            let issued = try workspace.run(["token", "create", "--all", "--label", label, "--format", "json"])
            tokens.append(try #require(try issued.json()["token"] as? String))
        }
        let marks = workspace.folder.path("marks")
        try FileManager.default.createDirectory(at: marks, withIntermediateDirectories: true)
        let soffice = try SlowConversionTests.converter(in: workspace.folder.url, marks: marks, docx: docx)
        let server = try NianbaoProcess(
            ["serve", "--port", "0", "--repo", workspace.repository], in: workspace.folder.url,
            scratch: workspace.scratch, environment: ["NIANBAO_SOFFICE": soffice.path])
        let release = marks.appendingPathComponent("release").path
        defer {
            FileManager.default.createFile(atPath: release, contents: nil)
            server.process.send(SIGTERM)
            _ = server.wait()
        }
        let port = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")

        // The first sender's two files are in hand: one is being converted, the other waits for her place
        var held = [
            try await SlowConversionTests.upload(port: port, token: tokens[0]),
            try await SlowConversionTests.upload(port: port, token: tokens[0]),
        ]
        #expect(try await Self.conversions(reaching: 1, in: marks) == 1, "\(server.currentStderr)")
        try await Task.sleep(for: .milliseconds(500))
        #expect(try FileManager.default.contentsOfDirectory(atPath: marks.path).count == 1)

        // Another sender's file is converted meanwhile, in the lane's other place
        held.append(try await SlowConversionTests.upload(port: port, token: tokens[1]))
        #expect(try await Self.conversions(reaching: 2, in: marks) == 2, "\(server.currentStderr)")

        // The first sender's third is answered at once, before any conversion ends
        let third = try await SlowConversionTests.upload(port: port, token: tokens[0]).value
        #expect(third.status == 429)
        #expect(third.body.contains("您上传的 2 个文件还在读取"), "\(third.body.prefix(600))")
        #expect(third.body.contains("这个文件没有上传，草稿没有改动"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: marks.path).count == 2)

        // Once the conversions may end, every file in hand is read and answered
        FileManager.default.createFile(atPath: release, contents: nil)
        for answer in held {
            #expect(try await answer.value.status == 200)
        }
    }

    /// How many conversions have started once `count` have, or 30 s have passed.
    static func conversions(reaching count: Int, in marks: URL) async throws -> Int {
        var started = 0
        for _ in 0..<300 {
            started = try FileManager.default.contentsOfDirectory(atPath: marks.path).count
            if started >= count { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        return started
    }
}
