import Foundation
import ReportFixtures
import Testing

/// `parse`, `check`, `diff`, `commit` and `import` take .docx, PDF and web pages through the one entry point.
@Suite struct DocumentCommandTests {
    static let fixtures = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")

    /// Copies fixtures into a folder of the workspace under names that hide their format.
    static func copy(_ names: [(String, String)], into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (source, target) in names {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(source), to: folder.appendingPathComponent(target))
        }
    }

    /// Runs a command that takes no repository.
    static func run(_ arguments: [String], in workspace: CLIWorkspace) throws -> NianbaoProcess.Result {
        try NianbaoProcess.run(arguments, in: workspace.folder.url, scratch: workspace.scratch)
    }

    @Test func parseCheckAndDiffReadEveryFormat() throws {
        let workspace = try CLIWorkspace()
        let folder = workspace.folder.path("files")
        try Self.copy(
            [
                ("qingshi-2024.docx", "qingshi.docx"), ("qingshi-2024.pdf", "qingshi.bin"),
                ("qingshi-2024.cms.html", "qingshi.htm"),
            ], into: folder)
        for (file, format) in [("qingshi.docx", "docx"), ("qingshi.bin", "pdf"), ("qingshi.htm", "html")] {
            let path = folder.appendingPathComponent(file).path
            let parsed = try Self.run(["parse", "--format", "json", path], in: workspace)
            #expect(parsed.status == 0, "\(file): \(parsed.stderr)")
            #expect(try parsed.json()["format"] as? String == format)
            #expect(try parsed.json()["agency"] as? String == "青石镇人民政府")
            // The fixtures' numbers are distinct, so the arithmetic rules find errors: exit 1, with findings.
            let checked = try Self.run(["check", "--format", "json", path], in: workspace)
            #expect(checked.status == 1, "\(file): \(checked.stderr)")
        }
        let diff = try Self.run(
            [
                "diff", "--format", "json", folder.appendingPathComponent("qingshi.docx").path,
                folder.appendingPathComponent("qingshi.bin").path,
            ], in: workspace)
        #expect(diff.status == 0, "\(diff.stderr)")
        // The same report as .docx and as PDF: every table unchanged, no cell changed.
        let tables = try diff.json()["tables"] as? [[String: Any]] ?? []
        #expect(tables.count == 3)
        #expect(tables.allSatisfy { $0["status"] as? String == "unchanged" })
        #expect((try diff.json()["cells"] as? [Any])?.isEmpty == true)
    }

    @Test func commitStoresADocument() throws {
        let workspace = try CLIWorkspace()
        #expect(try workspace.run(["init"]).status == 0)
        let folder = workspace.folder.path("files")
        try Self.copy([("qingshi-2024.docx", "report")], into: folder)
        let commit = try workspace.run([
            "commit", folder.appendingPathComponent("report").path, "--agency", "qingshi", "--year", "2024",
        ])
        #expect(commit.status == 0, "\(commit.stderr)")
        let shown = try workspace.run(["export", "qingshi/2024"])
        #expect(shown.stdout.contains("青石镇人民政府2024年政府信息公开工作年度报告"))
    }

    @Test func importReadsAFolderOfMixedFormats() throws {
        let workspace = try CLIWorkspace()
        #expect(try workspace.run(["init"]).status == 0)
        let folder = workspace.folder.path("mixed")
        try Self.copy([("dazhuang-2023.pdf", "b"), ("qingshi-2024.cms.html", "c")], into: folder)
        let imported = try workspace.run(["import", folder.path, "--format", "json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let reports = try workspace.run(["reports", "--format", "json"])
        #expect(reports.stdout.contains("大庄乡人民政府"))
        #expect(reports.stdout.contains("青石镇人民政府"))
    }

    @Test func aDamagedFileGetsAClearMessage() throws {
        let workspace = try CLIWorkspace()
        let file = workspace.folder.path("broken.pdf")
        try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj <<\n%%EOF\n".utf8).write(to: file)
        let parsed = try Self.run(["parse", file.path], in: workspace)
        #expect(parsed.status != 0)
        #expect(parsed.stderr.contains("损坏") || parsed.stderr.contains("没有任何文字"))
        // (the same file cut short, without the %%EOF a PDF ends with: said to be incomplete, and nothing stored)
        let cut = workspace.folder.path("cut.pdf")
        try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj <<".utf8).write(to: cut)
        let committed = try workspace.run(["commit", cut.path, "--agency", "changzhang", "--year", "2024"])
        #expect(committed.status != 0)
        #expect(committed.stderr.contains("文件不完整"), "\(committed.stderr)")
        #expect(try workspace.run(["reports", "--format", "json"]).stdout.contains("changzhang") == false)
    }
}
