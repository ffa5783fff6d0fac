import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao show REF`: one revision and its document.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.show.abstract)

        @Argument(help: OptionHelp.revisionWithMarks.help)
        var ref: String

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let opened = try repository.open(.readOnly)
            let details = try await opened.show(ref)
            let threads = try await opened.comments(of: details.revision.report, shownIn: details.revision.id)
            let parents = try await opened.generations(of: details.revision.parents)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    ShowJSON(
                        revision: RevisionJSON(details.revision, generation: details.generation),
                        refs: details.refs.map(\.description),
                        marks: details.marks.map(MarkStateJSON.init), agency: details.agency.map(AgencyJSON.init),
                        report: details.report, comments: threads.map(CommentJSON.init),
                        received: details.receipt.map(ReceiptJSON.init)))
            case .text:
                Output.print(
                    RevisionText.entry(
                        details.revision, message: details.message,
                        reportName: try await opened.reportNames(),
                        generation: details.generation, refs: details.refs, marks: details.marks,
                        generations: parents, parents: await RevisionText.parents(of: details.revision, in: opened),
                        receipt: details.receipt))
                Output.print("")
                Output.print(OutlinePrinter.render(details.report))
                if !threads.isEmpty {
                    Output.print("")
                    let open = threads.count { !$0.isResolved }
                    Output.print(Language.pick("批注（\(open) 条未解决）：", "Comments (\(open) open):"))
                    for thread in threads { Output.print(CommentText.render(thread, indent: "  ")) }
                }
            }
        }
    }
}
