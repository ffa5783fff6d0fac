import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Every finding has an English message for `--lang en`, and it quotes only what its Chinese message quotes (the
/// report's own words): no rule is left speaking Chinese in English.
@Suite struct EnglishMessageTests {
    /// The runs of Han characters of a text.
    static func chineseRuns(_ text: String) -> [String] {
        text.split { !$0.unicodeScalars.contains { $0.properties.isIdeographic } }.map(String.init)
    }

    static func expectEnglish(_ findings: [Finding], _ source: String) {
        for finding in findings {
            guard let english = finding.english else {
                Issue.record("\(source): \(finding.rule) has no English message: \(finding.message)")
                continue
            }
            let foreign = chineseRuns(english).filter { !finding.message.contains($0) }
            #expect(foreign.isEmpty, "\(source): \(finding.rule): \(english) (\(foreign))")
            // (English quotes the report's words in English quotation marks, not in Chinese corner brackets)
            #expect(!english.contains("「") && !english.contains("」"), "\(source): \(finding.rule): \(english)")
        }
    }

    @Test(arguments: ["000_35b5a4da37cb7d63", "001_7458bd74f5b9c7f3", "002_a820d62a7dc226b5", "003_a04c1cce206c730a"])
    func theSamplesFindingsHaveEnglishMessages(sample: String) throws {
        let data = try Data(
            contentsOf: Corpus.packageRoot.appendingPathComponent("Scripts/samples/\(sample).txt"))
        let result = try ReportParser.parse(data)
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(!findings.isEmpty)
        Self.expectEnglish(findings, sample)
    }

    @Test func brokenTablesFindingsHaveEnglishMessages() {
        let table3 = GeneratedCheckTests.editing(GeneratedCheckTests.balanced(), table: 3) { table in
            table.setText("—", row: "disclosed", column: "research")
            table.setText("-2", row: "partly-disclosed", column: "nonprofit")
            table.setText("1.5", row: "not-handled.repeated", column: "legal-services")
            table.setText("999", row: "received", column: "total")
        }
        let table4 = GeneratedCheckTests.editing(GeneratedCheckTests.balanced(), table: 4) { table in
            table.setText("77", row: "cases", column: "suit-direct.total")
        }
        var missing = GeneratedCheckTests.balanced()
        missing.sections[3].blocks = []
        for (name, report) in [("table 3", table3), ("table 4", table4), ("no table 3", missing)] {
            let findings = ReportChecker().check(report)
            #expect(!findings.isEmpty, "\(name)")
            Self.expectEnglish(findings, name)
        }
    }

    /// A parser note read in English names the row, the column and the text as typed in English quotation marks.
    @Test func parserNotesQuoteInEnglishQuotationMarks() {
        let note = Diagnostic(
            .warning, line: 12, code: .cellNumberUnread, "表三「本年新收」行「自然人」列写作「十二」",
            subject: DiagnosticSubject(
                table: 3, row: Table3Row.received.rawValue, column: Table3Column.naturalPerson.rawValue, text: "十二"))
        #expect(note.englishMessage.contains("“十二”"), "\(note.englishMessage)")
        #expect(!note.englishMessage.contains("「") && !note.englishMessage.contains("」"), "\(note.englishMessage)")
    }
}
