import Foundation
import ReportFixtures
import Testing

/// `nianbao restore` over others' later changes, in English: the refusal named the version `第 1 版` inside its English
/// sentence (user review ux98, J1); and, confirmed with `--force`, the places it put back were stored in the language
/// the command spoke, so that a Chinese reader of the history read `paragraph`/`version` in it. The refusal now says
/// `version 1` and the places in English, and the history keeps them in Chinese.
@Suite struct RestoreRefusalLanguageTests {
    @Test func anEnglishRestoreSaysVersionNAndStoresThePlacesInChinese() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(try workspace.run(["init", "--node", "常张乡"]).status == 0)
        let first = try workspace.writeSample("v1.txt")
        let county = try workspace.writeSample("v2.txt", table3Cell: "5")
        try #require(
            try workspace.run(["commit", first, "--agency", "changzhang", "--year", "2024", "--author", "李四"]).status
                == 0)
        try #require(
            try workspace.run(["commit", county, "--agency", "changzhang", "--year", "2024", "--author", "王审核"])
                .status == 0)

        let refused = try workspace.run(["restore", "changzhang/2024#1", "--author", "李四", "--lang", "en"])

        #expect(refused.status != 0)
        #expect(refused.stderr.contains("Restoring version 1 of the "), "\(refused.stderr)")
        #expect(refused.stderr.contains("(version 2, 王审核)") && !refused.stderr.contains("第 "), "\(refused.stderr)")

        let forced = try workspace.run(["restore", "changzhang/2024#1", "--author", "李四", "--force", "--lang", "en"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let log = try workspace.run(["log", "changzhang/2024", "-n", "1"]).stdout
        #expect(log.contains("，改回了别人之后的修改：三、表三 · "), "\(log)")
        #expect(log.contains("（第 2 版，王审核）") && !log.contains("version 2"), "\(log)")
    }
}
