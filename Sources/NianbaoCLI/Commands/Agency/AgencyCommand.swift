public import ArgumentParser
import Foundation
import ReportModel
public import ReportRepository

extension AgencyKind: ExpressibleByArgument {}

extension Nianbao {
    /// `nianbao agency add|list|alias|rename|merge|expect`: the county's register of agencies.
    struct AgencyCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agency", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "管理机关名册：登记、列出、别名、合并，以及每个年度应报送的机关。",
                "Manage the register of agencies: add, list, aliases, merge, and who must report each year."),
            subcommands: [Add.self, List.self, Alias.self, Rename.self, Merge.self, Expect.self])
    }
}
