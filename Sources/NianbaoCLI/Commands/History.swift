import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao history REF --cell TABLE ROW COLUMN | --section PATH | --unit ID`.
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.history.abstract, discussion: CommandHelp.history.discussion)

        @Argument(help: OptionHelp.historyEnd.help)
        var ref: String

        @Option(name: .long, parsing: .upToNextOption, help: OptionHelp.cell.help)
        var cell: [String] = []

        @Option(name: .long, help: OptionHelp.section.help)
        var section: String?

        @Option(name: .long, help: OptionHelp.unitID.help)
        var unit: UnitID?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            let given = [!cell.isEmpty, section != nil, unit != nil].filter { $0 }.count
            guard given == 1 else {
                throw ValidationError(Message.nameOneUnit.text)
            }
            // (one value: the place as the outputs print it, 三、表三 · 本年新收 · 自然人; which table is read in `run`)
            if !cell.isEmpty, cell.count != 3, cell.count != 1 || UnitID.cellPlaceParts(cell[0]) == nil {
                throw ValidationError(Message.cellTakesThree.text)
            }
        }

        func run() async throws {
            let repository = try self.repository.open(.readOnly)
            let newest = try await repository.report(at: ref)
            let wanted = try self.unit(in: newest)
            let history = try await repository.unitHistory(of: wanted, endingAt: ref)
            let changes = history.changes
            let generations = try await repository.generations(of: changes.compactMap { ObjectID(hex: $0.revision.id) })
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    HistoryJSON(
                        report: history.report.description, unit: wanted, changes: changes, generations: generations))
            case .text:
                // (a section with its title: `六、其他需要报告的事项`, not `六、` alone)
                let place = CommentAnchor.place(of: wanted, in: newest, language: .current)
                Output.print(Message.historyHeader(place, count: changes.count).text)
                let numbers = await RevisionText.numbers(
                    hex: changes.map(\.revision.id), generations: generations, in: repository)
                for change in changes {
                    let when = BeijingTime.minute(change.revision.time)
                    let what: String
                    switch change.kind {
                    case .added: what = Message.changeAdded(change.new ?? "").text
                    case .removed: what = Message.changeRemoved(change.old ?? "").text
                    case .modified:
                        what =
                            change.old == change.new
                            ? Message.changeInside(change.new ?? "").text : "\(change.old ?? "") → \(change.new ?? "")"
                    }
                    let number = numbers[change.revision.id] ?? ""
                    Output.print("\(number)  \(when)  \(change.revision.author)  \(what)")
                }
            }
        }

        func unit(in report: Report) throws -> UnitID {
            if let unit { return unit }
            if let section {
                guard let found = UnitID.section(path: section, in: report) else {
                    throw CLIError(Message.noSection(section).text)
                }
                return found
            }
            return try CellName.unit(cell, in: report)
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

        init(_ change: UnitChange, generations: [ObjectID: Int]) {
            revision = RevisionInfoJSON(change.revision, generations: generations)
            kind = change.kind.rawValue
            unit = change.unit.description
            old = change.old
            new = change.new
        }
    }

    let report: String
    let unit: String
    let changes: [ChangeJSON]

    init(report: String, unit: UnitID, changes: [UnitChange], generations: [ObjectID: Int]) {
        self.report = report
        self.unit = unit.description
        self.changes = changes.map { ChangeJSON($0, generations: generations) }
    }
}

/// A revision as `history` and `blame` name it.
struct RevisionInfoJSON: Encodable {
    let id: String
    let author: String
    let time: Date
    let message: String
    /// Its number (第 3 版), `null` in a file without numbers.
    @NullEncodable var generation: Int?

    init(_ revision: RevisionInfo, generations: [ObjectID: Int]) {
        id = revision.id
        author = revision.author
        time = revision.time
        message = revision.message
        generation = ObjectID(hex: revision.id).flatMap { generations[$0] }
    }
}
