import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao fsck`: check the whole store.
    struct Fsck: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fsck", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.fsck.abstract, discussion: CommandHelp.fsck.discussion)

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let opened = try repository.open(.readOnly)
            let report = try await opened.fsck()
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    FsckJSON(
                        clean: report.isClean, objects: report.objects, revisions: report.revisions,
                        refs: report.refs, problems: report.problems.map(FsckJSON.ProblemJSON.init)))
            case .text:
                for problem in report.problems { Output.print(problem.description) }
                let names = report.affected.isEmpty ? [:] : (try? await opened.agencyNames()) ?? [:]
                for affected in report.affected {
                    Output.print(
                        Message.fsckAffected(
                            report: affected.report.description
                                + (names[affected.report.agency].map { "（\($0)）" } ?? ""),
                            versions: affected.generations.filter { $0 > 0 }.map(String.init)
                                .joined(separator: "、")
                        ).text)
                }
                Output.print(
                    Message.fsckSummary(
                        objects: report.objects, revisions: report.revisions, refs: report.refs,
                        problems: report.problems.count
                    ).text)
            }
            if !report.isClean { throw ExitCode.failure }
        }
    }
}
