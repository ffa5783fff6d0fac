import ArgumentParser
import Foundation
import ReportChecks
import ReportModel
import ReportParser
import ReportRepository

extension Nianbao {
    /// `nianbao check FILE`: check a report against the national format.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: CommandHelp.check.abstract, discussion: CommandHelp.check.discussion)

        @Argument(help: OptionHelp.reportFile.help)
        var file: String

        @Option(name: .long, help: OptionHelp.previous.help)
        var previous: String?

        @OptionGroup var output: FormatOptions

        func run() async throws {
            let result = try ReportParser.parse(try FileInput.read(file))
            let previousReport = try previous.map { try ReportParser.parse(try FileInput.read($0)).report }
            let findings = ReportRepository.findings(
                of: result.report, previous: previousReport, diagnostics: result.diagnostics)
            let summary = FindingCounts(findings)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    CheckOutput(
                        file: file, agency: result.report.agency, year: result.report.year, summary: summary,
                        findings: findings.map(FindingJSON.init)))
            case .text:
                let header = "\(file): \(result.report.agency ?? "?") \(result.report.year.map(String.init) ?? "?")"
                Output.print(header)
                let own = findings.filter { $0.kind == .report }
                let reading = findings.filter { $0.kind == .reading }
                for finding in own { Output.print("  " + finding.description) }
                if !reading.isEmpty {
                    Output.print(Message.readingHeader.text)
                    for finding in reading { Output.print("  " + finding.description) }
                }
                Output.print(summary.description)
            }
            if summary.errors > 0 { throw ExitCode(1) }
        }
    }
}

/// `nianbao check --format json`.
struct CheckOutput: JSONOutput {
    let file: String
    @NullEncodable var agency: String?
    @NullEncodable var year: Int?
    let summary: FindingCounts
    let findings: [FindingJSON]
}

/// A finding of the checks (`check`): its rule, severity, place, numbers and message. A place's parts that do not
/// apply are `null`.
struct FindingJSON: Encodable {
    /// Where a finding points.
    struct PlaceJSON: Encodable {
        let section: [String]
        @NullEncodable var table: Int?
        @NullEncodable var row: [String]?
        @NullEncodable var rowKey: String?
        @NullEncodable var column: [String]?
        @NullEncodable var columnKey: String?
        @NullEncodable var line: Int?

        init(_ place: Place) {
            section = place.section
            table = place.table
            row = place.row
            rowKey = place.rowKey
            column = place.column
            columnKey = place.columnKey
            line = place.line
        }
    }

    let rule: String
    let severity: String
    /// `report` (the report's own problem) or `reading` (the text could not be read reliably there).
    let kind: String
    let place: PlaceJSON
    let numbers: [String: Decimal]
    let message: String

    init(_ finding: Finding) {
        rule = finding.rule
        severity = finding.severity.rawValue
        kind = finding.kind.rawValue
        place = PlaceJSON(finding.place)
        numbers = finding.numbers
        message = finding.message
    }
}
