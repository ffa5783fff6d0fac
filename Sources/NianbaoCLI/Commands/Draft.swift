import ArgumentParser
import DocxWriter
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao draft AGENCY/YEAR -o FILE`: next year's report started from last year's, as a Word file.
    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft", _superCommandName: Nianbao.toolName,
            abstract: "Write the draft of a year's report, made from the year before, as a Word file (.docx).",
            discussion: """
                The draft is made from AGENCY/YEAR−1's published revision (or its latest, when nothing is published):
                the years moved on in the title and the statistics-period sentence, 上年结转 filled from last year's
                结转下年度, every other table cell empty, last year's paragraphs kept for rewriting.
                """)

        @Argument(help: "The new report: AGENCY/YEAR (made from AGENCY/YEAR−1).")
        var report: String

        @Option(
            name: [.short, .customLong("output")], help: "The .docx file to write (default: stdout, not a terminal).")
        var outputFile: String?

        @OptionGroup var repository: RepositoryOptions

        func run() async throws {
            guard let key = ReportKey(report) else {
                throw ValidationError("报告应写作 机构/年份，例如 changzhang/2025：\(report)")
            }
            try await CLIExit.mappingBusy {
                let draft = try await repository.open(.readOnly).nextYearDraft(of: key)
                try FileOutput.write(try DocxWriter.write(draft.report), to: outputFile, kind: "Word 文件")
                let name = draft.source.agency?.name ?? draft.source.report.agency ?? key.agency
                let which = draft.source.refs.contains(.published) ? "已公开的版本" : "最新版本（尚未公开）"
                Output.diagnose("已根据\(name) \(key.year - 1) 年报告的\(which)生成 \(key.year) 年报告草稿")
            }
        }
    }
}
