import Foundation
import ReportFixtures
import ReportModel
import Testing

/// `nianbao diff` heads its text with what it compares. It named each side by the report's own agency line
/// (`比较 洪泽区人民政府 2023 → 淮安市洪泽区人民政府 2024`), where every other text output names a report by its office
/// (`常张乡人民政府 2024 年度报告`, README; rv108 F22 k). A REF of the repository is named by its office now; a file,
/// which only its text names, as before.
@Suite struct DiffHeaderNameTests {
    @Test func aStoredReportIsNamedByItsOfficeAndAFileByItsAgencyLine() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        // Given the office renamed since (撤乡设镇): the report's own agency line keeps the old name
        #expect(try workspace.run(["agency", "rename", "changzhang", "长子县常张镇人民政府"]).status == 0)
        let line = try #require(SampleReport.make().agency)
        #expect(line != "长子县常张镇人民政府")
        // When a stored revision is compared with the file
        let text = try workspace.run(["diff", "changzhang/2024", file.path]).stdout
        // Then the stored side is named by its office, the file by its agency line and year
        let header = try #require(text.split(separator: "\n").first.map(String.init))
        #expect(header == "比较 长子县常张镇人民政府 2024 年度报告 → \(line) 2024", "\(text)")
    }
}
