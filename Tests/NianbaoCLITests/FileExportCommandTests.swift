import ArgumentParser
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import NianbaoCLI

/// `export --format docx`, `draft` and `export --county --format xlsx` through the command line: the files are
/// written where `-o` says, read back to what the repository holds, and bad combinations are refused.
@Suite struct FileExportCommandTests {
    @Test func wordExportDraftAndWorkbookAreWritten() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.folder.path("changzhang.txt")
        let report = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 24 * 7, to: "4")
        try Data(ReportText.render(report).utf8).write(to: file)
        #expect(try workspace.run(["init"]).status == 0)
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let docx = workspace.folder.path("2024.docx")
        let exported = try workspace.run(["export", "changzhang/2024", "--format", "docx", "-o", docx.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let readBack = try ReportParser.parse(try Data(contentsOf: docx)).report
        #expect(readBack == (try ReportParser.parse(Data(ReportText.render(report).utf8)).report))
        let draftFile = workspace.folder.path("2025.docx")
        let drafted = try workspace.run(["draft", "changzhang/2025", "-o", draftFile.path])
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.stderr.contains("常张乡人民政府"))
        let draft = try ReportParser.parse(try Data(contentsOf: draftFile)).report
        #expect(draft.year == 2025)
        #expect(
            draft.table(number: 3)?.cell(row: "carried-over", column: "natural-person")?.text
                == report.table(number: 3)?.cell(row: "carry-forward", column: "natural-person")?.text)
        let xlsx = workspace.folder.path("2024.xlsx")
        let workbook = try workspace.run(["export", "--county", "2024", "--format", "xlsx", "-o", xlsx.path])
        #expect(workbook.status == 0, "\(workbook.stderr)")
        #expect(try Data(contentsOf: xlsx).starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    /// `-o` naming a file that is there (a clerk's edited Word file, a report of the import folder) keeps it unless
    /// `--overwrite` is given; the repository's own database, and the files SQLite keeps beside it, are never written
    /// over.
    @Test func aFileThatIsThereIsKeptUnlessOverwriteIsGiven() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.folder.path("changzhang.txt")
        try Data(ReportText.render(SampleReport.make()).utf8).write(to: file)
        #expect(try workspace.run(["init"]).status == 0)
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let edited = workspace.folder.path("2025.docx")
        try Data("县里改过的草稿".utf8).write(to: edited)
        let kept = try workspace.run(["draft", "changzhang/2025", "-o", edited.path])
        #expect(kept.status != 0)
        #expect(kept.stderr.contains("已经存在") && kept.stderr.contains("--overwrite"))
        #expect(try Data(contentsOf: edited) == Data("县里改过的草稿".utf8))
        let replaced = try workspace.run(["draft", "changzhang/2025", "-o", edited.path, "--overwrite"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try Data(contentsOf: edited).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.repository))
        let database = try workspace.run(["export", "changzhang/2024", "-o", workspace.repository, "--overwrite"])
        #expect(database.status != 0)
        #expect(database.stderr.contains("数据库"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.repository)) == before)
        #expect(try workspace.run(["reports"]).status == 0)
        // Nor the files SQLite keeps beside it: written over while a server runs, its newest revisions were lost
        for suffix in ["-wal", "-shm", "-journal"] {
            let side = workspace.repository + suffix
            let wasThere = FileManager.default.fileExists(atPath: side)
            let refused = try workspace.run(["export", "changzhang/2024", "-o", side, "--overwrite"])
            #expect(refused.status != 0, "\(suffix)")
            #expect(refused.stderr.contains("旁边的文件"), "\(refused.stderr)")
            #expect(FileManager.default.fileExists(atPath: side) == wasThere)
            let draft = try workspace.run(["draft", "changzhang/2025", "-o", side, "--overwrite"])
            #expect(draft.status != 0 && draft.stderr.contains("旁边的文件"), "\(draft.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.repository)) == before)
    }

    @Test func aDraftOfAYearWithoutLastYearsReportIsRefused() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let out = workspace.folder.path("none.docx")
        let missing = try workspace.run(["draft", "changzhang/2025", "-o", out.path])
        #expect(missing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try workspace.run(["draft", "changzhang", "-o", out.path]).status != 0)
    }

    /// Where a file cannot go, the person reads why in Chinese (Foundation's own text is English on Linux), and a
    /// name that says another kind of file is refused before anything is written.
    @Test func aFileThatCannotBeWrittenSaysWhyInChinese() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let xlsx = ["export", "--county", "2024", "--format", "xlsx", "-o"]
        let noFolder = try workspace.run(xlsx + [workspace.folder.path("没有的文件夹/汇总.xlsx").path])
        #expect(noFolder.status != 0)
        #expect(noFolder.stderr.contains("不存在，请先建立它"), "\(noFolder.stderr)")
        #expect(!noFolder.stderr.contains("The "), "\(noFolder.stderr)")
        let folder = workspace.folder.path("d")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let onFolder = try workspace.run(xlsx + [folder.path, "--overwrite"])
        #expect(onFolder.stderr.contains("这是一个文件夹"), "\(onFolder.stderr)")
        let wrongName = try workspace.run(xlsx + [workspace.folder.path("汇总.docx").path])
        #expect(wrongName.status != 0)
        #expect(wrongName.stderr.contains("请用 .xlsx"), "\(wrongName.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.path("汇总.docx").path))
        let shortYear = try workspace.run(["export", "--county", "24", "--format", "xlsx", "-o", "a.xlsx"])
        #expect(shortYear.status != 0)
        #expect(shortYear.stderr.contains("不是有效的年度"), "\(shortYear.stderr)")
    }

    @Test func exportOptionsMustFitTogether() {
        #expect(throws: (any Error).self) { try Nianbao.parseAsRoot(["export"]) }
        #expect(throws: (any Error).self) {
            try Nianbao.parseAsRoot(["export", "a/2024", "--county", "2024", "--format", "xlsx"])
        }
        #expect(throws: (any Error).self) { try Nianbao.parseAsRoot(["export", "--county", "2024"]) }
        #expect(throws: (any Error).self) { try Nianbao.parseAsRoot(["export", "a/2024", "--format", "xlsx"]) }
        #expect(throws: Never.self) { try Nianbao.parseAsRoot(["export", "--county", "2024", "--format", "xlsx"]) }
        #expect(throws: Never.self) {
            try Nianbao.parseAsRoot(["export", "a/2024", "--format", "docx", "-o", "x.docx"])
        }
    }
}
