import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportParser
import ReportRepository

extension Nianbao {
    /// `nianbao merge3 BASE OURS THEIRS`: a three-way merge of report files.
    struct Merge3: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge3", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.merge3.abstract, discussion: CommandHelp.merge3.discussion)

        @Argument(help: OptionHelp.base.help)
        var base: String

        @Argument(help: OptionHelp.ours.help)
        var ours: String

        @Argument(help: OptionHelp.theirs.help)
        var theirs: String

        @Option(name: .long, help: OptionHelp.take.help)
        var take: MergeSide?

        @Option(name: .long, help: OptionHelp.unit.help)
        var unit: [UnitID] = []

        @OptionGroup var output: FormatOptions
        @OptionGroup var repository: RepositoryOptions

        func validate() throws {
            if !unit.isEmpty, take == nil { throw ValidationError(Message.unitNeedsTake.text) }
        }

        func run() async throws {
            let input = ReportInput(repository: repository)
            var result = ReportMerge.merge(
                base: try await input.load(base), ours: try await input.load(ours),
                theirs: try await input.load(theirs))
            if let take {
                if unit.isEmpty {
                    result = result.resolvingAll(with: take)
                } else {
                    do {
                        result = try result.resolving(unit.map { (unit: $0, side: take) })
                    } catch {
                        // (in the person's language: the choice error's own description is English, rv108 F3)
                        guard error.reason == .noConflict else {
                            throw RepositoryError.mergeChoiceRefused(error.unit.description, reason: error.reason)
                        }
                        throw CLIError(
                            Message.noConflictOn(error.unit.description, open: error.open.map(\.description)).text)
                    }
                }
            }
            switch output.chosen {
            case .text:
                FileHandle.standardOutput.write(Data(ReportText.render(result.merged).utf8))
            case .json:
                try Output.printJSON(MergeOutput(result))
            }
            for conflict in result.conflicts {
                let place = "\(ConflictWords.place(conflict.unit, in: result.merged))（--unit \(conflict.unit)）"
                Output.diagnose(Message.conflictHeader(kind: ConflictWords.kind(conflict.kind), place: place).text)
                for line in ConflictWords.sides(conflict) { Output.diagnose(line) }
            }
            if !result.conflicts.isEmpty {
                Output.diagnose(Message.conflictsOpen(result.conflicts.count).text)
                throw ExitCode(1)
            }
        }
    }
}

/// `nianbao merge3 --format json`: the merged report and the open conflicts.
struct MergeOutput: JSONOutput {
    /// The merged report (our version at each open conflict), in the JSON form of `nianbao parse`.
    let merged: Report
    /// The conflicts still open.
    let conflicts: [UnitConflictJSON]

    init(_ result: MergeResult) {
        merged = result.merged
        conflicts = result.conflicts.map {
            UnitConflictJSON($0)
        }
    }
}
