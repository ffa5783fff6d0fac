import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao restore REF`: an earlier revision's text becomes the draft again
    /// (``ReportRepository/restore(_:author:scope:time:audit:refusingPublished:)``). A published report (已公开) is
    /// restored only with `--confirm-published`, by the rule the web page's form follows; one that puts back the older
    /// text of places others changed since lists them and needs `--force`; a restore that changes nothing needs no
    /// flag.
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.restore.abstract, discussion: CommandHelp.restore.discussion)

        @Argument(help: OptionHelp.revision.help)
        var ref: String

        @Option(help: OptionHelp.author.help)
        var author: String?

        @Flag(name: .long, help: OptionHelp.confirmPublished.help)
        var confirmPublished = false

        @Flag(name: .long, help: OptionHelp.restoreForce.help)
        var force = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let repository = try repository.open()
            // (a person of the node named as the author restores only when her role allows it, her agencies'
            // reports: rv113 F8; another agency's revision is answered as one that does not exist)
            let principal = try await TerminalPerson.principal(author, in: repository)
            let earlier = try await repository.show(ref, scope: principal.scope)
            let number = RevisionText.number(earlier.revision.id, generation: earlier.generation)
            let outcome = try await TerminalPerson.writing(as: principal) {
                try await repository.restore(
                    earlier.revision.id.hex, by: principal,
                    audit: AuditNote(
                        .restore,
                        earlier.generation.map { AuditWording.commandLineRestore.detail(String($0)) }
                            ?? AuditWording.commandLineRestoreRevision.detail(earlier.revision.id.shortHex())),
                    refusingPublished: !confirmPublished, refusingUndone: !force)
            }
            switch output.chosen {
            case .json:
                try Output.printJSON(CommitJSON(outcome))
            case .text:
                for warning in outcome.warnings { Output.diagnose(Message.warning(warning).text) }
                let report = try await repository.name(of: outcome.revision.report)
                let revision = RevisionText.name(outcome.revision.id, generation: outcome.generation)
                switch outcome.status {
                case .committed:
                    Output.print(Message.restored(report: report, revision: revision, from: number).text)
                case .unchanged:
                    Output.print(Message.commitUnchanged(report: report, revision: revision).text)
                }
            }
        }
    }
}
