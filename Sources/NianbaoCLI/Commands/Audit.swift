import ArgumentParser
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao audit [REPORT] [-n N] [--format json]`: who did what on this node, newest first.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "操作记录：谁在什么时候（北京时间）对哪份报告做了什么，在哪个节点。",
                "The audit log: who did what to which report, when (Beijing time) and on which node."))

        @Argument(
            help: ArgumentHelp(
                Language.pick(
                    "只看一份报告的记录：机关编号/年度，如 changzhang/2024。",
                    "Only one report's entries: AGENCY/YEAR, as changzhang/2024.")))
        var report: String?

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(Language.pick("最多显示多少条（默认 200）。", "At most this many entries (default 200).")))
        var number = 200

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            var key: ReportKey?
            if let report {
                let parts = report.split(separator: "/")
                guard parts.count == 2, let year = Int(parts[1]) else {
                    throw CLIError(
                        Language.pick(
                            "“\(report)”不是一份报告：请写 机关编号/年度，如 changzhang/2024。",
                            "“\(report)” is not a report: write AGENCY/YEAR, as changzhang/2024."))
                }
                key = ReportKey(agency: String(parts[0]), year: year)
            }
            let opened = try repository.open(.readOnly)
            let entries = try await opened.auditLog(report: key, limit: number)
            switch output.chosen {
            case .json:
                try Output.printJSON(AuditJSON(entries: entries.map(AuditEntryJSON.init)))
            case .text:
                if entries.isEmpty { Output.print(Language.pick("还没有操作记录。", "No entries yet.")) }
                let name = try await opened.reportNames()
                for entry in entries {
                    let key = entry.agency.flatMap { agency in entry.year.map { ReportKey(agency: agency, year: $0) } }
                    let report = key.map(name) ?? "—"
                    Output.print(
                        "\(BeijingTime.minute(entry.time))\t\(AuditPerson.spoken(entry.person, in: .current))\t"
                            + Language.pick(AuditAction.label(of: entry.action), entry.action) + "\t\(report)\t"
                            + "\(TerminalText.line(AuditWording.spoken(entry.detail)))\t\(Language.pick("节点", "node")) \(entry.node)"
                    )
                }
            }
        }
    }
}

/// A line of the audit log in `--format json`.
struct AuditEntryJSON: Encodable {
    let id: Int64
    let time: Date
    let person: String
    let action: String
    @NullEncodable var agency: String?
    @NullEncodable var year: Int?
    @NullEncodable var revision: String?
    let detail: String
    let node: String

    init(_ entry: AuditEntry) {
        id = entry.id
        time = entry.time
        person = entry.person
        action = entry.action
        agency = entry.agency
        year = entry.year
        revision = entry.revision
        detail = entry.detail
        node = entry.node
    }
}

/// `nianbao audit --format json`.
struct AuditJSON: JSONOutput {
    let entries: [AuditEntryJSON]
}
