public import ArgumentParser
import Foundation
import ReportModel
public import ReportRepository

extension Mark: ExpressibleByArgument {
    /// `submitted`, `returned`, `published`, or the words the pages use: 报送 (已报送), 退回 (已退回), 公开 (已公开).
    public init?(argument: String) {
        let word = argument.trimmingCharacters(in: .whitespaces)
        guard
            let mark = Mark(rawValue: word.lowercased())
                ?? Mark.allCases.first(where: { [$0.verb, $0.label].contains(word) })
        else { return nil }
        self = mark
    }

    /// The values a refusal lists: the English names and the pages' words.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) + allCases.map(\.verb) }
}

extension Nianbao {
    /// `nianbao mark REF submitted|returned|published`.
    struct MarkCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.mark.abstract, discussion: CommandHelp.mark.discussion)

        @Argument(help: OptionHelp.revision.help)
        var ref: String

        @Argument(help: OptionHelp.markName.help)
        var mark: Mark

        @Option(name: .long, help: OptionHelp.comment.help)
        var comment: String?

        @Flag(name: .long, help: OptionHelp.forceMark.help)
        var force = false

        @Option(name: .long, help: OptionHelp.reason.help)
        var reason: String?

        @Option(help: OptionHelp.author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if force, mark != .published { throw ValidationError(Message.forceOnlyPublished.text) }
            if force, reason == nil { throw ValidationError(Message.forceNeedsReason.text) }
            if reason != nil, !force { throw ValidationError(Message.reasonOnlyWithForce.text) }
        }

        func run() async throws {
            let repository = try repository.open()
            // (a person of the node named as the author marks only what her role allows and reaches only her
            // agencies, as on the pages: rv113 F8, a viewer returned a report under her name)
            let principal = try await TerminalPerson.principal(author, in: repository)
            let author = principal.name
            try await TerminalPerson.writing(as: principal) { try principal.check(PersonAction(mark: mark)) }
            // (read before publishing: the merges since the last publication, which then ends at this revision)
            let notTaken =
                mark == .published
                ? try await repository.changesNotTaken(in: try await repository.resolve(ref), of: author) : []
            let outcome = try await repository.mark(
                ref, as: mark, comment: comment, author: author, overriding: force ? reason : nil,
                scope: principal.scope,
                audit: AuditNote(.mark, AuditWording.commandLineMark(mark).detail()))
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    MarkJSON(
                        report: outcome.report.description, mark: outcome.mark.rawValue,
                        revision: outcome.revision.hex, previous: outcome.previous?.hex,
                        comment: outcome.comment?.comment, forced: outcome.comment?.forced ?? false))
            case .text:
                let generations = try await repository.generations(
                    of: [outcome.revision] + (outcome.previous.map { [$0] } ?? []))
                Output.print(
                    Message.marked(
                        report: try await repository.name(of: outcome.report),
                        revision: RevisionText.name(outcome.revision, generation: generations[outcome.revision]),
                        mark: RevisionText.name(of: outcome.mark),
                        previous: outcome.previous.map { RevisionText.number($0, generation: generations[$0]) },
                        already: outcome.previous == outcome.revision
                    ).text)
                if outcome.comment?.forced == true {
                    Output.print(Message.forcedReason(outcome.comment?.comment ?? "").text)
                }
                if !notTaken.isEmpty {
                    Output.diagnose(
                        Message.publishedNotTaken(
                            revision: RevisionText.number(outcome.revision, generation: generations[outcome.revision]),
                            notTaken: notTaken
                        ).text)
                }
                if let caution = outcome.caution {
                    Output.diagnose(
                        Message.submitCaution(
                            caution,
                            revision: RevisionText.number(outcome.revision, generation: generations[outcome.revision]),
                            ref: outcome.report.description
                        ).text)
                }
            }
        }
    }
}
