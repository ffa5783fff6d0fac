import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao fsck`: check the whole store.
    struct Fsck: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fsck",
            abstract: "Check the repository: re-hash every object, check every reference, revision and ref.",
            discussion: "Exits with status 1 when anything is wrong.")

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let report = try await repository.open(.readOnly).fsck()
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        FsckJSON(
                            clean: report.isClean, objects: report.objects, revisions: report.revisions,
                            refs: report.refs, problems: report.problems.map(FsckJSON.ProblemJSON.init)))
                case .text:
                    for problem in report.problems { Output.print(problem.description) }
                    Output.print(
                        "fsck: \(report.objects) objects, \(report.revisions) revisions, \(report.refs) refs checked: "
                            + (report.isClean ? "no problems." : "\(report.problems.count) problems."))
                }
                if !report.isClean { throw ExitCode.failure }
            }
        }
    }
}
