import ArgumentParser
import DocxWriter
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao draft AGENCY/YEAR -o FILE`: next year's report started from last year's, as a Word file.
    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "根据上一年度的报告生成本年度报告的草稿，保存为 Word 文件（.docx）。",
                "Write the draft of a year's report, made from the year before, as a Word file (.docx)."),
            discussion: Language.pick(
                """
                草稿取自上一年度报告已公开的修订（还没有公开时取最新修订）：标题和统计期限一句里的年份顺延，\
                表格的“上年结转”填入上一年度的“结转下年度”，其余单元格留空，上一年度的各段文字留着供改写。
                """,
                """
                The draft is made from AGENCY/YEAR−1's published revision (or its latest, when nothing is published):
                the years moved on in the title and the statistics-period sentence, 上年结转 filled from last year's
                结转下年度, every other table cell empty, last year's paragraphs kept for rewriting.
                """))

        @Argument(
            help: ArgumentHelp(
                Language.pick(
                    "新的报告：机关编号/年度（根据 机关编号/上一年度 生成）。", "The new report: AGENCY/YEAR (made from AGENCY/YEAR−1).")))
        var report: String

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp(
                Language.pick(
                    "要写入的 .docx 文件（默认：标准输出，但不能是终端）。",
                    "The .docx file to write (default: stdout, not a terminal).")))
        var outputFile: String?

        @Flag(name: .long, help: OptionHelp.overwrite.help)
        var overwrite = false

        @OptionGroup var repository: RepositoryOptions

        func run() async throws {
            guard let key = ReportKey(report) else {
                throw ValidationError(
                    Language.pick(
                        "报告应写作 机关编号/年度，例如 changzhang/2025：\(report)",
                        "Write the report as AGENCY/YEAR, as changzhang/2025: \(report)"))
            }
            let draft = try await repository.open(.readOnly).nextYearDraft(of: key)
            try FileOutput.write(
                try DocxWriter.write(
                    draft.report, note: DocxNote(author: NextYearDraft.noteAuthor, text: draft.note)),
                to: outputFile, kind: .word, overwrite: overwrite)
            let name = draft.source.agency?.name ?? draft.source.report.agency ?? key.agency
            let published = draft.source.refs.contains(.published)
            Output.diagnose(
                Language.pick(
                    "已根据\(name) \(key.year - 1) 年报告的\(published ? "已公开的版本" : "最新版本（尚未公开）")"
                        + "生成 \(key.year) 年报告草稿",
                    "Made the \(key.year) draft from \(name)'s \(key.year - 1) report "
                        + "(\(published ? "its published revision" : "its latest revision, not yet published"))"))
            if let existing = draft.existing {
                let version =
                    existing > 0 ? Language.pick("（草稿为第 \(existing) 版）", " (its draft is version \(existing))") : ""
                Output.diagnose(
                    Language.pick(
                        "注意：\(name) \(key.year) 年已有报告\(version)；这份草稿是按上一年报告重新生成的，不含其中的修改",
                        "Note: \(name) has a \(key.year) report already\(version); this draft was made afresh"
                            + " from last year's report and holds none of its edits"))
            }
        }
    }
}
