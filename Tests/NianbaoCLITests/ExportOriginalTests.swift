import Foundation
import Logging
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// `nianbao export REF --original` writes the file a revision was committed from, byte for byte, and refuses a
/// revision committed from plain text; `nianbao check FILE` and the stored revision give the same findings.
@Suite struct ExportOriginalTests {
    static let fixtures = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")

    @Test func exportOriginalGivesTheCommittedFileByteForByte() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let docx = Self.fixtures.appendingPathComponent("qingshi-2024.docx")
        let original = try Data(contentsOf: docx)
        let commit = try workspace.run(["commit", docx.path, "--agency", "qingshi", "--year", "2024"])
        #expect(commit.status == 0, "\(commit.stderr)")
        // `-o FILE`
        let copy = workspace.folder.path("copy.docx")
        let written = try workspace.run(["export", "qingshi/2024", "--original", "-o", copy.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Data(contentsOf: copy) == original)
        // `> FILE`, through a shell
        let redirected = workspace.folder.path("redirected.docx")
        let shell = try NianbaoProcess(
            program: URL(fileURLWithPath: "/bin/sh"),
            [
                "-c", "\"$0\" export qingshi/2024 --original --repo \"$1\" > \"$2\"", try NianbaoProcess.binary().path,
                workspace.repository, redirected.path,
            ], in: workspace.folder.url, scratch: workspace.scratch
        ).wait()
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(try Data(contentsOf: redirected) == original)
        // A revision committed from text keeps no original: a clear refusal, nothing written
        let text = workspace.folder.path("edited.txt")
        let edited = SampleReport.settingTable3Cell(
            of: try ReportRepository.readReport(at: docx.path).report, index: 0, to: "77")
        try Data(ReportText.render(edited).utf8).write(to: text)
        let textCommit = try workspace.run(["commit", text.path, "--agency", "qingshi", "--year", "2024"])
        #expect(textCommit.stdout.hasPrefix("已提交"), "\(textCommit.stdout)")
        let refused = try workspace.run(["export", "qingshi/2024", "--original", "-o", workspace.folder.path("x").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("没有保存原件"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.path("x").path))
        // The earlier revision's original is still there
        let earlier = workspace.folder.path("earlier.docx")
        #expect(try workspace.run(["export", "qingshi/2024~1", "--original", "-o", earlier.path]).status == 0)
        #expect(try Data(contentsOf: earlier) == original)
    }

    @Test func checkOnTheFileAndTheCommittedRevisionGiveTheSameFindings() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        // Given a file with reading problems (table 4 scrambled)
        let file = workspace.folder.path("scrambled.txt")
        let report = ReportGenerator(numbers: .balanced).make(seed: 7)
        try Data(LayoutRenderer(layout: .scrambled, seed: 7).render(report).utf8).write(to: file)
        let year = try #require(report.year)
        // When `nianbao check` reads it and `nianbao commit` stores it
        let checked = try workspace.runOnFiles(["check", "--format", "json", file.path])
        let findings = try #require(try checked.json()["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "table-unreadable" })
        let commit = try workspace.run([
            "commit", file.path, "--agency", "scrambled", "--year", "\(year)", "--force",
        ])
        #expect(commit.status == 0, "\(commit.stderr)")
        // Then the stored revision's findings (what the web pages show) are those of `check`
        let repository = try ReportRepository.open(at: workspace.repository, logger: Self.logger)
        let stored = try await repository.findings(of: "scrambled/\(year)")
        #expect(stored.map(\.rule) == findings.compactMap { $0["rule"] as? String })
        #expect(stored.map(\.message) == findings.compactMap { $0["message"] as? String })
    }

    static var logger: Logger {
        var logger = Logger(label: "nianbao.test.cli")
        logger.logLevel = .critical
        return logger
    }
}
