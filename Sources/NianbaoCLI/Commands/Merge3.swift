import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportParser

extension Nianbao {
    /// `nianbao merge3 BASE OURS THEIRS`: a three-way merge of report files.
    struct Merge3: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge3",
            abstract: "Merge two edited versions of a report with their common base.",
            discussion: """
                Edits to different sections, paragraphs or cells merge; a unit changed two ways is a conflict. The \
                merged report is written on stdout in the canonical text layout (our version stands at each open \
                conflict); conflicts are listed on stderr with base, ours and theirs, and the exit status is 1 while \
                any is open. Resolve with --take ours|theirs, for every conflict or for the units given with --unit.
                """)

        @Argument(help: "The common ancestor.")
        var base: String

        @Argument(help: "Our version.")
        var ours: String

        @Argument(help: "Their version.")
        var theirs: String

        @Option(name: .long, help: "Resolve conflicts by taking this side: ours or theirs.")
        var take: MergeSide?

        @Option(name: .long, help: "With --take: the unit to resolve (repeatable); without, every conflict.")
        var unit: [UnitID] = []

        @OptionGroup var output: FormatOptions
        @OptionGroup var repository: RepositoryOptions

        func validate() throws {
            if !unit.isEmpty, take == nil { throw ValidationError("--unit needs --take ours|theirs") }
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
                        throw CLIError(error.description)
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
                Output.diagnose("conflict \(conflict.kind.rawValue): \(conflict.unit)")
                Output.diagnose("  base:   \(conflict.base?.summary ?? "(none)")")
                Output.diagnose("  ours:   \(conflict.ours?.summary ?? "(deleted)")")
                Output.diagnose("  theirs: \(conflict.theirs?.summary ?? "(deleted)")")
                for span in conflict.spans {
                    Output.diagnose(
                        "  overlapping edit: base 「\(span.base)」 ours 「\(span.ours)」 theirs 「\(span.theirs)」")
                }
            }
            if !result.conflicts.isEmpty {
                Output.diagnose("\(result.conflicts.count) conflict(s); resolve with --take ours|theirs [--unit ID]")
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
