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
        let none = FindingCounts([])
        #expect(none.errors == 0 && none.warnings == 0 && none.notes == 0 && none.reading == 0)
    }
}
