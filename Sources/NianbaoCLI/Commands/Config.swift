import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao config author [NAME]`, `nianbao config deadline [MM-DD]`: the settings of a repository.
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.config.abstract, discussion: CommandHelp.config.discussion)

        /// The settings there are.
        enum Key: String, ChoiceArgument {
            /// Who makes the repository's commits, merges and marks.
            case author
            /// The day of the next year by which reports are due (`MM-DD`, 01-31 unless set).
            case deadline
        }

        @Argument(help: OptionHelp.configKey.help)
        var key: Key

        @Argument(help: OptionHelp.configValue.help)
        var value: String?

        @Flag(name: .long, help: OptionHelp.unset.help)
        var unset = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if unset, value != nil { throw ValidationError(Message.unsetTakesNoValue.text) }
        }

        func run() async throws {
            let repository = try repository.open(value == nil && !unset ? .readOnly : .singleConnection)
            if key == .deadline {
                if unset || value != nil { try await repository.setDeadline(unset ? nil : value) }
                let current = try await repository.deadline().description
                switch output.chosen {
                case .json: try Output.printJSON(ConfigJSON(key: key.rawValue, value: current))
                case .text: Output.print(current)
                }
                return
            }
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
                    Output.diagnose(Message.noAuthorSet.text)
                }
            }
            if current == nil, !unset { throw ExitCode.failure }
        }
    }
}

/// `nianbao config KEY [VALUE]`.
struct ConfigJSON: JSONOutput {
    let key: String
    @NullEncodable var value: String?
}
