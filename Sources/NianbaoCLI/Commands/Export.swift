import ArgumentParser
import CountyWorkbook
import DocxWriter
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao export REF`: a revision's report as text or as a Word file; `export --county YEAR`: the county's
    /// workbook of a year.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.export.abstract, discussion: CommandHelp.export.discussion)

        /// What `export` writes.
        enum ExportFormat: String, ChoiceArgument {
            case text, json, docx, xlsx
        }

        @Argument(
            help: ArgumentHelp(
                Language.pick(
                    "修订：机关编号/年度、机关编号/年度~N、机关编号/年度@published，或修订号的至少 4 位。",
                    "The revision: AGENCY/YEAR, AGENCY/YEAR~N, AGENCY/YEAR@published, or ≥4 digits of an id.")))
        var ref: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                Language.pick(
                    "输出这一年度的全县汇总表（与 --format xlsx 同用），而不是一个修订。",
                    "The county's workbook of a year (with --format xlsx) instead of one revision.")))
        var county: Int?

        @OptionGroup var repository: RepositoryOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                Language.pick(
                    "输出格式：text（文本）、json、docx（Word 文件）或 xlsx（Excel 文件，与 --county 同用）。",
                    "Output format: text, json, docx (a Word file) or xlsx (with --county).")))
        var format: ExportFormat = .text

        @Flag(
            name: .long,
            help: ArgumentHelp(
                Language.pick(
                    "原样写出提交这一修订时的原件，一个字节也不改。",
                    "Write the original file the revision was committed from, byte for byte.")))
        var original = false

        @Flag(name: .long, help: ArgumentHelp(Language.pick("同 --format json。", "Same as --format json.")))
        var json = false

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp(Language.pick("要写入的文件（默认：标准输出）。", "The file to write (default: stdout).")))
        var outputFile: String?

        @Flag(name: .long, help: OptionHelp.overwrite.help)
        var overwrite = false

        func validate() throws {
            guard (ref == nil) != (county == nil) else {
                throw ValidationError(
                    Language.pick(
                        "请给出一个修订（机关编号/年度）或 --county 年度，二者选一",
                        "Give either a revision (AGENCY/YEAR) or --county YEAR, not both"))
            }
            if original, json || format != .text {
                throw ValidationError(
                    Language.pick(
                        "--original 写出原件本身，不能与 --format 或 --json 同用",
                        "--original writes the original file itself: it does not go with --format or --json"))
            }
            guard (county != nil) == (format == .xlsx) else {
                throw ValidationError(
                    Language.pick(
                        "全县汇总表用 --county 年度 --format xlsx；单份报告用 text、json 或 docx",
                        "The county's workbook is --county YEAR --format xlsx; one report is text, json or docx"))
            }
            if let county, !ReportKey.years.contains(county) {
                throw ValidationError(
                    Language.pick(
                        "\(county) 不是有效的年度（\(ReportKey.yearsText)），请写四位数的年份，如 --county 2024",
                        "\(county) is not a valid year (\(ReportKey.yearsText)); write the year in full, as --county 2024"
                    ))
            }
        }

        func run() async throws {
            let repository = try repository.open(.readOnly)
            guard let ref else {
                let year = county ?? 0
                // (the workbook's own words in the language the command speaks: ux98 J3)
                let entries = try await repository.yearEntries(ofYear: year).map { $0.workbookEntry(in: .current) }
                // (a township's own node holds its own reports: its workbook says whose, not 全县汇总)
                let coverage = SheetLayout.coverage(
                    wholeCounty: try await repository.townshipRemote() == nil, offices: entries.map(\.agency),
                    words: WorkbookWords(.current))
                try FileOutput.write(
                    CountyWorkbook.data(
                        year: year, entries: entries, office: try await repository.nodeName(), coverage: coverage,
                        language: .current),
                    to: outputFile, kind: .excel,
                    overwrite: overwrite)
                let missing = entries.count { $0.report == nil }
                let unpublished = entries.count { $0.report != nil && $0.unpublished != nil }
                Output.diagnose(
                    Language.pick(
                        "已导出 \(year) 年汇总表（\(coverage)）：\(entries.count) 个单位"
                            + (missing > 0 ? "，其中 \(missing) 个未报送" : "")
                            + (unpublished > 0 ? "，\(unpublished) 个还没有公开（表中已注明，合计含有它们）" : ""),
                        "Exported the county's workbook of \(year): \(Language.counted(entries.count, "agency", plural: "agencies"))"
                            + (missing > 0 ? ", \(missing) of them without a report" : "")
                            + (unpublished > 0
                                ? ", \(unpublished) not yet published (marked in the rows; the totals count them)" : "")
                    ))
                return
            }
            let revision = try await repository.resolve(ref)
            if original {
                let found = try await repository.original(of: revision.id.hex)
                guard outputFile != nil || !Output.stdoutIsTerminal else {
                    throw CLIError(
                        Language.pick(
                            "原件 \(found.file.name)（\(found.file.formatName)）是一个文件，不能显示在终端上："
                                + "请用 `nianbao export \(ref) --original > 文件名` 或 `-o 文件名` 保存。",
                            "The original \(found.file.name) (\(found.file.formatName)) is a file, not for a "
                                + "terminal: save it with `nianbao export \(ref) --original > FILE` or `-o FILE`."))
                }
                try FileOutput.write(Data(found.file.bytes), to: outputFile, kind: .original, overwrite: overwrite)
                return
            }
            switch json ? .json : format {
            case .json:
                let text = try await repository.exportText(revision.id.hex)
                try Output.printJSON(ExportJSON(revision: revision.id.hex, text: text))
            case .text:
                let text = try await repository.exportText(revision.id.hex)
                if let outputFile {
                    try FileOutput.write(Data(text.utf8), to: outputFile, kind: .text, overwrite: overwrite)
                } else {
                    Output.write(text)
                }
            case .docx, .xlsx:
                let report = try await repository.report(at: revision.id.hex)
                try FileOutput.write(
                    try DocxWriter.write(report, revision: revision.id), to: outputFile, kind: .word,
                    overwrite: overwrite)
            }
        }
    }
}
