import ArgumentParser
import Foundation
import ReportChecks
import ReportModel
import ReportParser
import ReportRepository

extension Nianbao {
    /// `nianbao check FILE|REF`: check a report file, or a revision of the repository, against the national format.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.check.abstract, discussion: CommandHelp.check.discussion)

        @Argument(help: OptionHelp.reportFileOrRevision.help)
        var file: String

        @Option(name: .long, help: OptionHelp.previous.help)
        var previous: String?

        @OptionGroup var output: FormatOptions

        @OptionGroup var repository: RepositoryOptions

        func run() async throws {
            // Not a file but a REF of the repository (`changzhang/2024`): its revision's findings with the county's
            // decisions.
            if !FileManager.default.fileExists(atPath: file), (try? RevisionSelector(file)) != nil,
                let opened = try? repository.open(.readOnly)
            {
                try await checkRevision(in: opened)
                return
            }
            let result = try ReportParser.parse(try FileInput.read(file))
            let previousReport = try previous.map { try ReportParser.parse(try FileInput.read($0)).report }
            if let previousReport,
                let note = ReportRepository.previousYearNote(of: result.report, previous: previousReport)
            {
                Output.diagnose(Message.warning(note).text)
            }
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
                Output.print(Message.checkSummary(summary).text)
            }
            if summary.errors > 0 { throw ExitCode(1) }
        }
    }
}

extension Nianbao.Check {
    /// Checks a stored revision: each finding with its key and the county's decision, dismissed ones apart (they do
    /// not count).
    func checkRevision(in opened: ReportRepository) async throws {
        let revision = try await opened.resolve(file)
        let decided = try await opened.decidedFindings(of: [revision])[revision.id] ?? []
        let summary = DecidedFinding.counts(decided)
        switch output.chosen {
        case .json:
            try Output.printJSON(
                CheckOutput(
                    file: file, agency: revision.report.agency, year: revision.report.year, summary: summary,
                    findings: decided.map { FindingJSON($0.finding, decided: $0) }))
        case .text:
            let generation = try await opened.generations(of: [revision.id])[revision.id]
            let name = try await opened.name(of: revision.report)
            Output.print("\(name) " + RevisionText.name(revision.id, generation: generation))
            for item in decided {
                Output.print("  [\(item.key)] " + item.finding.description)
                if let decision = item.decision, let verdict = decision.verdict {
                    let reason = decision.text.isEmpty ? "" : Language.pick("：", ": ") + decision.text
                    let who = "\(decision.author) \(BeijingTime.minute(decision.time))"
                    Output.print(
                        "      "
                            + Language.pick("\(verdict.label)（\(who)）", "\(verdict.rawValue) (\(who))") + reason)
                }
            }
            Output.print(Message.checkSummary(summary).text)
        }
        if summary.errors > 0 { throw ExitCode(1) }
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
    /// The finding's stable key, and the county's decision on it (`check REF` only; absent for a file).
    var key: String?
    var decision: DecisionJSON?

    /// A decision on a finding: confirmed or dismissed, why, by whom, when.
    struct DecisionJSON: Encodable {
        let verdict: String
        let reason: String
        let author: String
        let time: Date
    }

    init(_ finding: Finding, decided: DecidedFinding) {
        self.init(finding)
        key = decided.key
        decision = decided.decision.map {
            DecisionJSON(verdict: $0.verdict?.rawValue ?? "", reason: $0.text, author: $0.author, time: $0.time)
        }
    }

    init(_ finding: Finding) {
        rule = finding.rule
        severity = finding.severity.rawValue
        kind = finding.kind.rawValue
        place = PlaceJSON(finding.place)
        numbers = finding.numbers
        message = finding.message
    }
}
