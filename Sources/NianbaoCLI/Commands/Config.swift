import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao config author [NAME]`: the settings of a repository.
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or set a setting of the repository: author (who makes its commits, merges and marks).",
            discussion: """
                `nianbao config author 张三` records the author in the repository; `commit`, `import`, `merge` and \
                `mark` refuse to run until one is set here or in $NIANBAO_AUTHOR (or given with --author). Without \
                NAME the current value is printed (exit status 1 when none is set); --unset removes it.
                """)

        /// The settings there are.
        enum Key: String, CaseIterable, ExpressibleByArgument {
            /// Who makes the repository's commits, merges and marks.
            case author
        }

        @Argument(help: "The setting: author.")
        var key: Key

        @Argument(help: "Its new value; without it, the current value is printed.")
        var value: String?

        @Flag(name: .long, help: "Remove the setting.")
        var unset = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if unset, value != nil { throw ValidationError("--unset 不需要值。") }
        }

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open(value == nil && !unset ? .readOnly : .singleConnection)
                if unset {
                    try await repository.setAuthor(nil)
                } else if let value {
                    try await repository.setAuthor(value)
                }
                let current = try await repository.configuredAuthor()
                switch output.chosen {
                case .json:
                    try Output.printJSON(ConfigJSON(key: key.rawValue, value: current))
                case .text:
                    if let current {
                        Output.print(current)
                    } else {
                        Output.diagnose("没有设置作者：`nianbao config author 您的姓名` 设置。")
                    }
                }
                if current == nil, !unset { throw ExitCode.failure }
            }
        }
    }
}

/// `nianbao config KEY [VALUE]`.
struct ConfigJSON: JSONOutput {
    let key: String
    @NullEncodable var value: String?
}
