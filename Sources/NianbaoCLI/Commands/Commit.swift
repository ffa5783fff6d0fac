import ArgumentParser
import Foundation
import ReportModel
import ReportParser
import ReportRepository

extension Nianbao {
    /// `nianbao commit FILE --agency ID --year N`: a new revision of a report's draft.
    struct Commit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commit", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.commit.abstract, discussion: CommandHelp.commit.discussion)

        @Argument(help: OptionHelp.reportFileNoStdin.help)
        var file: String

        @Option(help: OptionHelp.agency.help)
        var agency: String

        @Option(help: OptionHelp.year.help)
        var year: Int

        @Option(name: [.customShort("m"), .long], help: OptionHelp.message.help)
        var message: String?

        @Option(help: OptionHelp.author.help)
        var author: String?

        @Flag(name: .long, help: OptionHelp.force.help)
        var force = false

        @Flag(name: .long, help: OptionHelp.resolve.help)
        var resolve = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            // The file is read and parsed on another thread while the repository opens: on two cores the two
            // overlap. A file that cannot be read is still the error reported first, and nothing is committed;
            // opening writes nothing to a repository of this version's schema (an older one is brought up to
            // date, as by every command that writes, before the file's error is known).
            async let reading = ReportRepository.readReportFile(at: file)
            let opening = Result { try self.repository.open() }
            let (parsed, source) = try await reading
            let repository = try opening.get()
            let diagnostics = parsed.diagnostics
            let name = URL(fileURLWithPath: file).lastPathComponent
            // (a person of the node named as the author commits only when her role allows it, to her agencies'
            // reports: rv113 F8, a clerk of 大庄乡 committed to 常张乡's under her name)
            let principal = try await TerminalPerson.principal(author, in: repository)
            let agency = try await AgencyArgument.id(agency, in: repository, reachedBy: principal)
            let outcome = try await TerminalPerson.writing(as: principal) {
                try await repository.commit(
                    parsed.report, to: ReportKey(agency: agency, year: year), by: principal,
                    message: message ?? RevisionMessage.commit(file: name).chinese,
                    mergingHeads: resolve, force: force, source: source,
                    audit: AuditNote(.commit, AuditWording.commandLineCommit.detail(name)),
                    // (the text says what the checks find: they run while the revision is written)
                    checking: output.chosen == .text)
            }
            switch output.chosen {
            case .json:
                try Output.printJSON(CommitJSON(outcome, diagnostics: diagnostics))
            case .text:
                for diagnostic in diagnostics { Output.diagnose("\(file): \(diagnostic)") }
                for warning in outcome.warnings { Output.diagnose(Message.warning(warning).text) }
                let revision = RevisionText.name(outcome.revision.id, generation: outcome.generation)
                let report = try await repository.name(of: outcome.revision.report)
                switch outcome.status {
                case .committed:
                    if !outcome.closed.isEmpty {
                        Output.print(Message.mergedHeads(report).text)
                    }
                    Output.print(
                        Message.committed(
                            report: report, revision: revision,
                            objects: outcome.stored.stored,
                            bytes: RevisionText.bytes(outcome.stored.bytes)
                        ).text)
                case .unchanged:
                    Output.print(
                        Message.commitUnchanged(report: report, revision: revision).text)
                }
                // What the checks find on it, said now rather than by the county returning it.
                let decided = try await repository.decidedFindings(of: [outcome.revision])[outcome.revision.id] ?? []
                if let caution = CheckCaution(decided) {
                    Output.diagnose(
                        Message.commitCaution(
                            caution, revision: RevisionText.number(outcome.revision.id, generation: outcome.generation),
                            ref: outcome.revision.report.description
                        ).text)
                }
            }
        }
    }
}
