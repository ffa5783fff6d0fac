import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao import DIR`: commit every report of a folder.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Commit every report file of a folder, each as its own revision.",
            discussion: """
                The agency and year come from each report's text. The agency id comes from agencies.tsv in the \
                folder (or --map FILE): lines NAME-OR-FILE<TAB>ID[<TAB>PARENT-ID]; else from an agency of the \
                repository with the same name; else it is made from the name: ag- and 8 hex digits of its SHA-256 \
                (after NFKC, without spaces, without a trailing 人民政府). Exits with status 1 when a file failed.
                """)

        @Argument(help: "The folder of report files.")
        var folder: String

        @Option(help: "A mapping file of agency ids, read over the folder's own agencies.tsv.")
        var map: String?

        @Option(help: Author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CLIExit.mappingBusy {
                let mapping = try map.map { path throws(RepositoryError) in try AgencyMapping(contentsOf: path) }
                let plan = try ReportRepository.planImport(of: folder, mapping: mapping ?? AgencyMapping())
                let repository = try repository.open()
                let bar = ProgressBar(enabled: Output.stderrIsTerminal)
                let author = try await Author.resolve(author, in: repository)
                let summary = try await repository.importFolder(plan, author: author, progress: { bar.show($0) })
                bar.finish()
                for warning in summary.warnings { Output.diagnose("warning: \(warning)") }
                switch output.chosen {
                case .json:
                    try Output.printJSON(ImportJSON(folder: folder, summary: summary))
                case .text:
                    for entry in summary.imported {
                        Output.print("imported   \(entry.file) → \(entry.report) \(entry.revision.shortHex())")
                    }
                    for entry in summary.unchanged {
                        Output.print("unchanged  \(entry.file) = \(entry.report) \(entry.revision.shortHex())")
                    }
                    for failure in summary.failed { Output.print("failed     \(failure.file): \(failure.reason)") }
                    Output.print(
                        "\(summary.imported.count) imported, \(summary.unchanged.count) unchanged, "
                            + "\(summary.failed.count) failed.")
                }
                if !summary.failed.isEmpty { throw ExitCode.failure }
            }
        }
    }
}
