import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportParser
import ReportRepository

extension Nianbao {
    /// `nianbao merge AGENCY/YEAR [--take ours|theirs] [--unit ID]…`: join a report's two heads.
    struct MergeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge a report's second head (a sync conflict) into its draft, three-way.",
            discussion: """
                Edits to different sections, paragraphs or cells merge and are committed as a merge revision with \
                both heads as parents; the conflict closes. Units changed two ways are listed with base, ours (the \
                draft) and theirs, nothing is committed and the exit status is 3: choose with --take ours|theirs \
                (every conflict, or the units given with --unit), or write the merged text with --output FILE, edit \
                it and `nianbao commit FILE --agency A --year Y --resolve`.
                """)

        @Argument(help: "The report: AGENCY/YEAR.")
        var report: String

        @Option(name: .long, help: "Resolve conflicts by taking this side: ours (the draft) or theirs.")
        var take: MergeSide?

        @Option(name: .long, help: "With --take: a unit to resolve (repeatable); without --unit, every conflict.")
        var unit: [UnitID] = []

        @Option(name: .long, help: "Which second head, when there are several.")
        var head: String?

        @Option(name: .long, help: "Write the merged text here (ours at each open conflict), to edit and commit.")
        var output: String?

        @Option(name: [.customShort("m"), .long], help: "The merge revision's message.")
        var message: String?

        @Option(help: Author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var format: FormatOptions

        func validate() throws {
            if !unit.isEmpty, take == nil { throw ValidationError("--unit needs --take ours|theirs") }
            guard ReportKey(report) != nil else { throw ValidationError("Write the report as AGENCY/YEAR.") }
        }

        func run() async throws {
            try await CLIExit.mappingBusy {
                guard let key = ReportKey(report) else { return }
                var resolutions: [UnitID: MergeSide] = [:]
                if let take { for id in unit { resolutions[id] = take } }
                let repository = try repository.open()
                let outcome = try await repository.mergeHeads(
                    of: key, head: head, takeAll: unit.isEmpty ? take : nil, resolutions: resolutions,
                    author: try await Author.resolve(author, in: repository), message: message)
                if let output {
                    try Data(ReportText.render(outcome.result.merged).utf8).write(to: URL(fileURLWithPath: output))
                }
                switch format.chosen {
                case .json: try Output.printJSON(MergeJSON(outcome))
                case .text: print(outcome)
                }
                if !outcome.isCommitted { throw ExitCode(CLIExit.conflict) }
            }
        }

        func print(_ outcome: HeadMergeOutcome) {
            let heads =
                "draft \(outcome.ours.shortHex(8)) and \(outcome.head) \(outcome.theirs.shortHex(8))"
                + " (base \(outcome.base?.shortHex(8) ?? "none"))"
            if let revision = outcome.revision {
                Output.print(
                    "Merged \(outcome.report): \(heads) → \(revision.id.shortHex(8))."
                        + (outcome.closed.isEmpty ? "" : " Conflict closed; sync to send the merge."))
                return
            }
            Output.print("\(outcome.report): \(outcome.result.conflicts.count) unit(s) changed both ways in \(heads):")
            for conflict in outcome.result.conflicts {
                Output.print("  \(conflict.unit)  (\(conflict.kind.rawValue))")
                Output.print("    base:   \(conflict.base?.summary ?? "(none)")")
                Output.print("    ours:   \(conflict.ours?.summary ?? "(deleted)")")
                Output.print("    theirs: \(conflict.theirs?.summary ?? "(deleted)")")
            }
            Output.diagnose(
                "Nothing committed. Choose with --take ours|theirs [--unit ID], or edit the text (--output FILE) and"
                    + " `nianbao commit FILE --agency \(outcome.report.agency) --year \(outcome.report.year) --resolve`."
            )
        }
    }
}

/// `nianbao merge --format json`.
struct MergeJSON: JSONOutput {
    let report: String
    let head: String
    let ours: String
    let theirs: String
    @NullEncodable var base: String?
    let status: String
    @NullEncodable var revision: RevisionJSON?
    let conflicts: [UnitConflictJSON]
    let closed: Int

    init(_ outcome: HeadMergeOutcome) {
        report = outcome.report.description
        head = outcome.head
        ours = outcome.ours.hex
        theirs = outcome.theirs.hex
        base = outcome.base?.hex
        status = outcome.isCommitted ? "merged" : "conflicts"
        revision = outcome.revision.map(RevisionJSON.init)
        conflicts = outcome.result.conflicts.map {
            UnitConflictJSON($0)
        }
        closed = outcome.closed.count
    }

}
