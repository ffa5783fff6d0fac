import ReportChecks
import ReportModel
import Testing

/// The one count of findings, which `nianbao check` sums up and the web pages show.
@Suite struct FindingCountsTests {
    @Test func theReportsOwnProblemsAreCountedBySeverityAndReadingProblemsApart() {
        let findings = [
            Finding(rule: "a", severity: .error, message: "a"),
            Finding(rule: "b", severity: .error, message: "b"),
            Finding(rule: "c", severity: .warning, message: "c"),
            Finding(rule: "d", severity: .note, message: "d"),
            Finding(rule: "e", severity: .warning, kind: .reading, message: "e"),
        ]
        let counts = FindingCounts(findings)
        #expect(counts.errors == 2 && counts.warnings == 1 && counts.notes == 1 && counts.reading == 1)
        #expect(counts.description == "报告问题：2个错误，1个警告，1个提示；读取问题：1个")
        #expect(FindingCounts([]).description == "没有发现问题")
        #expect(FindingCounts(Array(findings.prefix(1))).description == "报告问题：1个错误，0个警告，0个提示")
    }
}
