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
            commandName: "merge", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.merge.abstract, discussion: CommandHelp.merge.discussion)

        @Argument(help: OptionHelp.mergeReport.help)
        var report: String

        @Option(name: .long, help: OptionHelp.mergeTake.help)
        var take: MergeSide?

        @Option(name: .long, help: OptionHelp.mergeUnit.help)
        var unit: [UnitID] = []

        @Option(name: .long, help: OptionHelp.mergeHead.help)
        var head: String?

        @Option(name: .long, help: OptionHelp.mergeOutput.help)
        var output: String?

        @Flag(name: .long, help: OptionHelp.overwrite.help)
        var overwrite = false

        @Option(name: [.customShort("m"), .long], help: OptionHelp.mergeMessage.help)
        var message: String?

        @Option(help: OptionHelp.author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var format: FormatOptions

        func validate() throws {
            if !unit.isEmpty, take == nil { throw ValidationError(Message.unitNeedsTake.text) }
            guard ReportKey(report) != nil else { throw ValidationError(SyncMessage.writeReportAs.text) }
        }

        func run() async throws {
            guard let key = ReportKey(report) else { return }
            // Before anything is merged: a merge committed and then no file to edit is worse than neither.
            if let output { try FileOutput.checkTarget(output, overwrite: overwrite) }
            var resolutions: [UnitID: MergeChoice] = [:]
            if let take { for id in unit { resolutions[id] = .side(take) } }
            let repository = try repository.open()
            // (a person of the node named as the author merges only when her role allows it, her agencies' reports:
            // rv113 F8)
            let principal = try await TerminalPerson.principal(author, in: repository)
            let outcome = try await TerminalPerson.writing(as: principal) {
                try await repository.mergeHeads(
                    of: key, by: principal, head: head, takeAll: unit.isEmpty ? take : nil, resolutions: resolutions,
                    message: message,
                    audit: AuditNote(
                        .merge,
                        head.map { AuditWording.commandLineMergeHead.detail($0) }
                            ?? AuditWording.commandLineMerge.detail()))
            }
            if let output {
                try FileOutput.write(
                    Data(ReportText.render(outcome.result.merged).utf8), to: output, kind: .text,
                    overwrite: overwrite)
                if !outcome.isCommitted {
                    // The text is finished by hand and committed with --resolve: only while these heads stand.
                    // (recorded once the file is there: a file not written must not pass for this one)
                    try await repository.recordMergedText(
                        of: key, head: outcome.head, ours: outcome.ours, theirs: outcome.theirs)
                }
            }
            let mentioned =
                [outcome.ours, outcome.theirs] + [outcome.base, outcome.revision?.id].compactMap { $0 }
            let generations = try await repository.generations(of: mentioned)
            // (a second computer's head may still wait: the message must not say the report's conflicts are over)
            let stillOpen = try await repository.conflicts(openOnly: true).count { $0.report == key }
            // (where the other version was written: a second computer's line arrives through the county)
            let text = await SyncText(repository: repository)
            let source = await text.source(of: outcome.theirs, origin: outcome.origin)
            // (two heads and a base of one number — an agency merge's copy — told apart as the pages do)
            let words = await text.told(
                [outcome.ours, outcome.theirs, outcome.base], in: key, origin: outcome.origin)
            switch format.chosen {
            case .json:
                try Output.printJSON(
                    MergeJSON(outcome, generation: outcome.revision.flatMap { generations[$0.id] }))
            case .text:
                print(
                    outcome, name: text.name(key), source: source, generations: generations, words: words,
                    stillOpen: stillOpen)
            }
            if !outcome.isCommitted { throw ExitCode(CLIExit.conflict) }
        }

        func print(
            _ outcome: HeadMergeOutcome, name: String, source: String, generations: [ObjectID: Int],
            words: [ObjectID: String],
            stillOpen: Int
        ) {
            let number = { (id: ObjectID) in
                let plain = RevisionText.number(id, generation: generations[id])
                return words[id].map { Message.told(plain, apart: $0).text } ?? plain
            }
            let heads = SyncMessage.mergeHeads(
                ours: number(outcome.ours), source: source, theirs: number(outcome.theirs),
                base: outcome.base.map(number)
            ).text
            let report = outcome.report.description
            if let revision = outcome.revision {
                Output.print(
                    SyncMessage.merged(
                        name: name, report: report, heads: heads,
                        revision: RevisionText.name(revision.id, generation: generations[revision.id]),
                        closed: !outcome.closed.isEmpty, stillOpen: stillOpen
                    ).text)
                // Which place kept whose change: what the merge revision records, said at once to the person who
                // decided it (in the words the other side will read).
                for decision in outcome.decisions { Output.print("  " + decision) }
                return
            }
            Output.print(
                SyncMessage.unitsConflict(name: name, count: outcome.result.conflicts.count, heads: heads).text)
            for conflict in outcome.result.conflicts {
                let place = ConflictWords.place(conflict.unit, in: outcome.result.merged)
                Output.print(
                    SyncMessage.conflictUnit(
                        place: place, id: conflict.unit.description, kind: ConflictWords.kind(conflict.kind)
                    ).text)
                for line in ConflictWords.sides(conflict, indent: "  ") { Output.print(line) }
            }
            if let output {
                Output.diagnose(
                    SyncMessage.mergedTextWritten(
                        file: output, count: outcome.result.conflicts.count, agency: outcome.report.agency,
                        year: outcome.report.year
                    ).text)
            } else {
                Output.diagnose(
                    SyncMessage.nothingCommitted(agency: outcome.report.agency, year: outcome.report.year).text)
            }
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

    init(_ outcome: HeadMergeOutcome, generation: Int?) {
        report = outcome.report.description
        head = outcome.head
        ours = outcome.ours.hex
        theirs = outcome.theirs.hex
        base = outcome.base?.hex
        status = outcome.isCommitted ? "merged" : "conflicts"
        revision = outcome.revision.map { RevisionJSON($0, generation: generation) }
        conflicts = outcome.result.conflicts.map {
            UnitConflictJSON($0)
        }
        closed = outcome.closed.count
    }

}
