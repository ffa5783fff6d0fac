import Foundation
import ReportFixtures
import ReportParser
import Testing

/// `history --cell` names the second table 3 a conflict names (`表三（第 2 个）`) and takes a cell's whole place as one
/// value; a wrong row or column lists the table's words, and "three values" is said only when the count is wrong
/// (rv118 M5: `--cell '表三（第 2 个）' 本年新收 自然人` was told `--cell 需要三个值` though three were given).
@Suite struct HistoryCellPlaceTests {
    @Test func theSecondTable3AndAWholePlaceAreNamedAsPrinted() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "县政务公开办"]).status == 0)
        let file = workspace.folder.path("pasted.txt")
        try Data(ReportText.render(SampleReport.withLastYearsTable3("500")).utf8).write(to: file)
        let commit = try workspace.run([
            "commit", file.path, "--agency", "changzhang", "--year", "2024", "--author", "李四",
        ])
        try #require(commit.status == 0, "\(commit.stderr)")
        let second = try workspace.run(["history", "changzhang/2024", "--cell", "表三（第 2 个）", "本年新收", "自然人"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("三、表三（第 2 个） · 本年新收 · 自然人"), "\(second.stdout)")
        let short = try workspace.run(["history", "changzhang/2024", "--cell", "3#2", "received", "natural-person"])
        #expect(short.stdout.contains("三、表三（第 2 个） · 本年新收 · 自然人"), "\(short.stderr)")
        let place = try workspace.run(["history", "changzhang/2024", "--cell", "三、表三（第 2 个） · 本年新收 · 自然人"])
        #expect(place.status == 0, "\(place.stderr)")
        #expect(place.stdout.contains("三、表三（第 2 个） · 本年新收 · 自然人"))
        // A column the table has not: its words listed, not "three values"
        let wrong = try workspace.run(["history", "changzhang/2024", "--cell", "三", "本年新收", "法人"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("表三的行：") && wrong.stderr.contains("自然人"), "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("三个值"))
        let two = try workspace.run(["history", "changzhang/2024", "--cell", "三", "本年新收"])
        #expect(two.status != 0)
        #expect(two.stderr.contains("--cell 写三个值"), "\(two.stderr)")
    }
}
