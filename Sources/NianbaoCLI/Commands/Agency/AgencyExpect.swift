import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao.AgencyCommand {
    /// `nianbao agency expect YEAR [ID…] [--default]`.
    struct Expect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expect",
            abstract: Language.pick(
                "设定或查看一个年度应报送的机关（默认：全部乡镇/街道和县直部门）。",
                "Set or show the agencies that must report for a year (default: every township and department)."))

        @Argument(help: ArgumentHelp(Language.pick("年度，如 2024。", "The year.")))
        var year: Int

        @Argument(help: ArgumentHelp(Language.pick("应报送的机关编号；不写时列出当前名单。", "The agencies; none shows the list.")))
        var ids: [String] = []

        @Flag(name: .long, help: ArgumentHelp(Language.pick("恢复默认名单。", "Go back to the default list.")))
        var `default` = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if `default`, !ids.isEmpty { throw ValidationError(AgencyMessage.expectNeedsIDs.text) }
        }

        func run() async throws {
            let opened = try repository.open(ids.isEmpty && !`default` ? .readOnly : .singleConnection)
            if `default` {
                try await opened.setExpectedAgencies(nil, year: year)
                Output.diagnose(AgencyMessage.expectedReset(year: year).text)
            } else if !ids.isEmpty {
                try await opened.setExpectedAgencies(ids, year: year)
            }
            let (agencies, isDefault) = try await opened.expectedAgencies(year: year)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    ExpectedJSON(
                        year: year, isDefault: isDefault, agencies: agencies.map(RegisteredAgencyJSON.init)))
            case .text:
                Output.print(AgencyMessage.expected(year: year, count: agencies.count, isDefault: isDefault).text)
                for agency in agencies { Output.print(RegisteredAgencyJSON.line(agency)) }
            }
        }
    }
}
