import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao history REF --cell TABLE ROW COLUMN | --section PATH | --unit ID`.
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract:
                "List every revision that changed one cell, section or other unit, with author, time and old → new.",
            discussion: """
                The unit keeps its identity when sections are renumbered or paragraphs move. A cell is named by its \
                table's number and its row and column, by key (received total) or by label (一、本年新收政府信息公开\
                申请数量 总计); a section by its numbers (三, 一/二) or, without a number, its title.
                """)

        @Argument(help: "Where the history ends: AGENCY/YEAR (the draft), AGENCY/YEAR~N, or ≥4 digits of an id.")
        var ref: String

        @Option(name: .long, parsing: .upToNextOption, help: "A cell: TABLE ROW COLUMN (e.g. 3 received total).")
        var cell: [String] = []

        @Option(name: .long, help: "A section: its numbers or title along its path (三, 一/二).")
        var section: String?

        @Option(name: .long, help: "Any unit by its id (as `nianbao diff --format json` and `blame` print them).")
        var unit: UnitID?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            let given = [!cell.isEmpty, section != nil, unit != nil].filter { $0 }.count
            guard given == 1 else {
                throw ValidationError("Name one unit: --cell TABLE ROW COLUMN, --section PATH or --unit ID.")
            }
            if !cell.isEmpty {
                guard cell.count == 3, Int(cell[0].replacingOccurrences(of: "table", with: "")) != nil else {
                    throw ValidationError("--cell takes three values: TABLE (2, 3 or 4) ROW COLUMN.")
                }
            }
        }

        func run() async throws {
            let repository = try self.repository.open(.readOnly)
            let wanted = try self.unit(in: try await repository.report(at: ref))
            let history = try await repository.unitHistory(of: wanted, endingAt: ref)
            let changes = history.changes
            switch output.chosen {
            case .json:
                try Output.printJSON(HistoryJSON(report: history.report.description, unit: wanted, changes: changes))
            case .text:
                Output.print("\(wanted)  (\(changes.count) change\(changes.count == 1 ? "" : "s"))")
                for change in changes {
                    let when = change.revision.time.formatted(
                        .iso8601.year().month().day().time(includingFractionalSeconds: false))
                    let what: String
                    switch change.kind {
                    case .added: what = "added: \(change.new ?? "")"
                    case .removed: what = "removed (was \(change.old ?? ""))"
                    case .modified:
                        what =
                            change.old == change.new
                            ? "\(change.new ?? "") (changed inside)" : "\(change.old ?? "") → \(change.new ?? "")"
                    }
                    Output.print("\(change.revision.id.prefix(12))  \(when)  \(change.revision.author)  \(what)")
                }
            }
        }

        func unit(in report: Report) throws -> UnitID {
            if let unit { return unit }
            if let section {
                guard let found = UnitID.section(path: section, in: report) else {
                    throw CLIError("The report has no section \(section).")
                }
                return found
            }
            let table = Int(cell[0].replacingOccurrences(of: "table", with: "")) ?? 0
            guard let found = UnitID.cell(table: table, row: cell[1], column: cell[2], in: report) else {
                throw CLIError("Table \(table) of the report has no cell at row \(cell[1]), column \(cell[2]).")
            }
            return found
        }
    }
}

/// `nianbao history --format json`.
struct HistoryJSON: JSONOutput {
    /// One change: the revision that made it, what it did, and the unit before and after (`null` when added or
    /// removed).
    struct ChangeJSON: Encodable {
        let revision: RevisionInfoJSON
        let kind: String
        let unit: String
        @NullEncodable var old: String?
        @NullEncodable var new: String?

        init(_ change: UnitChange) {
            revision = RevisionInfoJSON(change.revision)
            kind = change.kind.rawValue
            unit = change.unit.description
            old = change.old
            new = change.new
        }
    }

    let report: String
    let unit: String
    let changes: [ChangeJSON]

    init(report: String, unit: UnitID, changes: [UnitChange]) {
        self.report = report
        self.unit = unit.description
        self.changes = changes.map(ChangeJSON.init)
    }
}

/// A revision as `history` and `blame` name it.
struct RevisionInfoJSON: Encodable {
    let id: String
    let author: String
    let time: Date
    let message: String

    init(_ revision: RevisionInfo) {
        id = revision.id
        author = revision.author
        time = revision.time
        message = revision.message
    }
}
