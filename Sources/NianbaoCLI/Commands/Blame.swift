import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao blame REF`: for each section, paragraph and cell, the revision that last changed it.
    struct Blame: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blame", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.blame.abstract)

        @Argument(help: OptionHelp.revision.help)
        var ref: String

        @Flag(name: .long, help: OptionHelp.allCells.help)
        var allCells = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let opened = try repository.open(.readOnly)
            let blame = try await opened.blame(ref)
            let newest = try await opened.report(at: ref)
            let entries = blame.entries
            let first = blame.first.hex
            let shown = entries.filter { allCells || $0.kind != .cell || $0.revision.id != first }
            let generations = try await opened.generations(of: shown.compactMap { ObjectID(hex: $0.revision.id) })
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    BlameJSON(ref: ref, blame: blame, entries: shown, allCells: allCells, generations: generations))
            case .text:
                let numbers = await RevisionText.numbers(
                    hex: shown.map(\.revision.id), generations: generations, in: opened)
                let places = UnitPlace.labels(of: shown.map(\.unit), in: newest, language: .current)
                let rows = zip(shown, places).map { entry, place -> [String] in
                    let content = (entry.content ?? "").replacingOccurrences(of: "\n", with: " ")
                    return [
                        numbers[entry.revision.id] ?? "", entry.revision.author,
                        BeijingTime.day(entry.revision.time), place,
                        content.count > 40 ? String(content.prefix(40)) + "…" : content,
                    ]
                }
                Output.print(RevisionText.table(rows))
                if !allCells, shown.count < entries.count {
                    Output.diagnose(Message.cellsHidden(entries.count - shown.count).text)
                }
            }
        }
    }
}

/// `nianbao blame --format json`: the report and revision blamed, and one entry per unit.
struct BlameJSON: JSONOutput {
    /// One unit of the newest revision and the revision that last changed it.
    struct EntryJSON: Encodable {
        let unit: String
        let kind: String
        let revision: RevisionInfoJSON
        @NullEncodable var content: String?

        init(_ entry: BlameEntry, generations: [ObjectID: Int]) {
            unit = entry.unit.description
            kind = entry.kind.rawValue
            revision = RevisionInfoJSON(entry.revision, generations: generations)
            content = entry.content
        }
    }

    let ref: String
    @NullEncodable var report: String?
    @NullEncodable var revision: String?
    let allCells: Bool
    let entries: [EntryJSON]

    init(ref: String, blame: BlameReport, entries: [BlameEntry], allCells: Bool, generations: [ObjectID: Int]) {
        self.ref = ref
        report = blame.report.description
        revision = blame.revision.hex
        self.allCells = allCells
        self.entries = entries.map { EntryJSON($0, generations: generations) }
    }
}
