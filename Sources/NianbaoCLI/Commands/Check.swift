import ArgumentParser
import Foundation
import ReportChecks
import ReportModel
import ReportParser

extension Nianbao {
    /// `nianbao check FILE`: check a report against the national format.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a report against the national format: table arithmetic, structure, years.",
            discussion: """
                Findings name the rule, the severity, the place (section › table › row › column) and the numbers.
                The rules are listed in Schema/checks.md. Exits with status 1 when any finding is an error.
                """)

        @Argument(
            help:
                "The report: .docx, PDF, a web page, .doc/.wps (with LibreOffice) or text in UTF-8 or GBK (- for stdin); the content tells the format."
        )
        var file: String

        @Option(name: .long, help: "Last year's report of the same agency, for the cross-year rules.")
        var previous: String?

        @OptionGroup var output: FormatOptions

        func run() async throws {
            let result = try ReportParser.parse(try FileInput.read(file))
            let previousReport = try previous.map { try ReportParser.parse(try FileInput.read($0)).report }
            let findings = ReportChecker().check(
                result.report, previous: previousReport, notes: result.diagnostics.map(\.sourceNote))
            let summary = CheckSummary(findings: findings)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    CheckOutput(
                        file: file, agency: result.report.agency, year: result.report.year, summary: summary,
                        findings: findings))
            case .text:
                let header = "\(file): \(result.report.agency ?? "?") \(result.report.year.map(String.init) ?? "?")"
                Output.print(header)
                for finding in findings { Output.print("  " + finding.description) }
                Output.print(summary.description)
            }
            if summary.errors > 0 { throw ExitCode(1) }
        }
    }
}

extension Diagnostic {
    /// The parser's diagnostic as a note for the checker.
    var sourceNote: SourceNote { SourceNote(code: code, line: line, message: message) }
}

/// How many findings of each severity.
struct CheckSummary: Encodable, CustomStringConvertible {
    let errors: Int
    let warnings: Int
    let notes: Int

    init(findings: [Finding]) {
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
        notes = findings.filter { $0.severity == .note }.count
    }

    var description: String {
        errors + warnings + notes == 0
            ? "no findings" : "\(errors) error(s), \(warnings) warning(s), \(notes) note(s)"
    }
}

/// `nianbao check --format json`.
struct CheckOutput: Encodable {
    let version = 1
    let file: String
    let agency: String?
    let year: Int?
    let summary: CheckSummary
    let findings: [Finding]
}
