import ArgumentParser
import ReportModel
import ReportRepository

extension Mark: ExpressibleByArgument {}

extension Nianbao {
    /// `nianbao mark REF submitted|returned|published`.
    struct MarkCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Mark a revision of a report as submitted, returned (with a comment) or published.",
            discussion: """
                `returned` needs --comment: the correction request the township reads. `published` goes only on the \
                revision marked submitted, and not while the checks (Schema/checks.md) report an error for it; the \
                county may override both with --force --reason TEXT, and the reason is shown wherever the mark is \
                (reports, show, log, the web pages). A report with an open sync conflict cannot be published: merge \
                it first.
                """)

        @Argument(help: "The revision: AGENCY/YEAR (the draft head), AGENCY/YEAR~N, or ≥4 digits of an id.")
        var ref: String

        @Argument(help: "submitted, returned or published.")
        var mark: Mark

        @Option(name: .long, help: "What goes with the mark (the correction request of `returned`).")
        var comment: String?

        @Flag(name: .long, help: "Publish although the revision was not submitted or its checks report errors.")
        var force = false

        @Option(name: .long, help: "With --force: why (kept with the mark and shown wherever it is).")
        var reason: String?

        @Option(help: Author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if force, mark != .published { throw ValidationError("--force 只用于 published（强制公开）。") }
            if force, reason == nil { throw ValidationError("--force 需要 --reason 理由：理由会随“已公开”标记一起显示。") }
            if reason != nil, !force { throw ValidationError("--reason 只和 --force 一起用。") }
        }

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open()
                let outcome = try await repository.mark(
                    ref, as: mark, comment: comment, author: try await Author.resolve(author, in: repository),
                    overriding: force ? reason : nil)
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        MarkJSON(
                            report: outcome.report.description, mark: outcome.mark.rawValue,
                            revision: outcome.revision.hex, previous: outcome.previous?.hex,
                            comment: outcome.comment?.comment, forced: outcome.comment?.forced ?? false))
                case .text:
                    let was = outcome.previous.map {
                        $0 == outcome.revision ? " (it already was)" : " (was \($0.shortHex()))"
                    }
                    Output.print(
                        "Marked \(outcome.report) revision \(outcome.revision.shortHex()) as \(outcome.mark.rawValue)"
                            + "\(was ?? "").")
                    if outcome.comment?.forced == true {
                        Output.print("强制公开，理由已记下：\(outcome.comment?.comment ?? "")")
                    }
                }
            }
        }
    }
}
