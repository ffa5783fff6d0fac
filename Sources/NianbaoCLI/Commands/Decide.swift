public import ArgumentParser
import Foundation
import ReportChecks
import ReportModel
public import ReportRepository

extension FindingVerdict: ExpressibleByArgument {}

extension Nianbao {
    /// `nianbao decide REF KEY confirmed|dismissed --reason TEXT`: the county's decision on a check finding.
    struct Decide: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "确认检查发现的问题，或不予采纳（写明理由）。不予采纳的问题不再计入错误和警告。",
                "Confirm a finding of the checks, or dismiss it with a reason. A dismissed finding no longer counts "
                    + "as an error or warning."),
            discussion: Language.pick(
                """
                问题编号见 `nianbao check 机关编号/年度`。决定按问题编号保存：以后的修订里同一问题（数字不变）仍按此决定；\
                数字变了，问题会重新出现。
                """,
                """
                The finding's key is in `nianbao check AGENCY/YEAR`. A decision is kept by that key: later revisions \
                with the same finding (the same numbers) keep it; when the numbers change, the finding comes back.
                """))

        @Argument(
            help: ArgumentHelp(
                Language.pick(
                    "报告或修订：机关编号/年度，或修订号的至少 4 位。",
                    "The report or revision: AGENCY/YEAR, or ≥4 digits of an id.")))
        var ref: String

        @Argument(
            help: ArgumentHelp(
                Language.pick("问题编号，如 t3-identity-3fa2c91b0d。", "The finding's key, as t3-identity-3fa2c91b0d.")))
        var key: String

        @Argument(
            help: ArgumentHelp(
                Language.pick("confirmed（确认）或 dismissed（不予采纳）。", "confirmed or dismissed.")))
        var verdict: FindingVerdict

        @Option(
            name: .long,
            help: ArgumentHelp(Language.pick("理由（不予采纳时必须写）。", "The reason (required to dismiss).")))
        var reason: String = ""

        @Option(help: OptionHelp.author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let opened = try repository.open()
            // (a person of the node named as the author decides only when her role allows it, rv108 F22 l)
            let principal = try await TerminalPerson.principal(author, in: opened)
            let decided = try await TerminalPerson.writing(as: principal) {
                try await opened.decide(finding: key, on: ref, verdict: verdict, reason: reason, by: principal)
            }
            guard let note = decided.decision else { return }
            switch output.chosen {
            case .json:
                try Output.printJSON(DecisionWrittenJSON(note: NoteJSON(note)))
            case .text:
                Output.print(
                    Language.pick(
                        "\(decided.key)：\(verdict.label)。\(decided.finding.description)",
                        "\(decided.key): \(verdict.rawValue). \(decided.finding.description)"))
            }
        }
    }
}

/// `nianbao decide --format json`.
struct DecisionWrittenJSON: JSONOutput {
    let note: NoteJSON
}
