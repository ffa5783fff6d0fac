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
            abstract: CommandHelp.export.abstract,
            discussion: """
                --format docx -o FILE writes it as a Word file in the national layout instead; --original writes the \
                file the revision was committed from (.docx, PDF, web page, .doc/.wps), byte for byte \
                (`> FILE` or -o FILE; a revision committed from plain text keeps no original).
                --county YEAR --format xlsx -o FILE writes the county's workbook of a year: tables 2, 3 and 4 of every
                agency (published revisions, else latest), one sheet per table, with totals.
                """
        )

        /// What `export` writes.
        enum ExportFormat: String, ChoiceArgument {
            case text, json, docx, xlsx
        }

        @Argument(help: "The revision: AGENCY/YEAR, AGENCY/YEAR~N, AGENCY/YEAR@published, or ≥4 digits of an id.")
        var ref: String?

        @Option(name: .long, help: "The county's workbook of a year (with --format xlsx) instead of one revision.")
        var county: Int?

        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "Output format: text, json, docx (a Word file) or xlsx (with --county).")
        var format: ExportFormat = .text

        @Flag(name: .long, help: "Write the original file the revision was committed from, byte for byte.")
        var original = false

        @Flag(name: .long, help: "Same as --format json.")
        var json = false

        @Option(name: [.short, .customLong("output")], help: "The file to write (default: stdout).")
        var outputFile: String?

        func validate() throws {
            guard (ref == nil) != (county == nil) else {
                throw ValidationError("请给出一个修订（机构/年份）或 --county 年份，二者选一")
            }
            if original, json || format != .text {
                throw ValidationError("--original 写出原件本身，不能与 --format 或 --json 同用")
            }
            guard (county != nil) == (format == .xlsx) else {
                throw ValidationError("全县汇总表用 --county 年份 --format xlsx；单份报告用 text、json 或 docx")
            }
        }

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open(.readOnly)
                guard let ref else {
                    let year = county ?? 0
                    let entries = try await repository.reportsWithPreviousYear(ofYear: year).map { details, previous in
                        WorkbookEntry(
                            agency: details.agency?.name ?? details.report.agency ?? details.revision.report.agency,
                            report: details.report, previous: previous?.report)
                    }
                    try FileOutput.write(
                        CountyWorkbook.data(year: year, entries: entries), to: outputFile, kind: "Excel 文件")
                    Output.diagnose("已导出 \(year) 年全县汇总表：\(entries.count) 个单位")
                    return
                }
                let revision = try await repository.resolve(ref)
                if original {
                    let found = try await repository.original(of: revision.id.hex)
                    guard outputFile != nil || !Output.stdoutIsTerminal else {
                        throw CLIError(
                            "原件 \(found.file.name)（\(found.file.formatName)）是一个文件，不能显示在终端上："
                                + "请用 `nianbao export \(ref) --original > 文件名` 或 `-o 文件名` 保存。")
                    }
                    try FileOutput.write(Data(found.file.bytes), to: outputFile, kind: "原件")
                    return
                }
                switch json ? .json : format {
                case .json:
                    let text = try await repository.exportText(revision.id.hex)
                    try Output.printJSON(ExportJSON(revision: revision.id.hex, text: text))
                case .text:
                    let text = try await repository.exportText(revision.id.hex)
                    if let outputFile {
                        try FileOutput.write(Data(text.utf8), to: outputFile, kind: "文本")
                    } else {
                        Output.write(text)
                    }
                case .docx, .xlsx:
                    let report = try await repository.report(at: revision.id.hex)
                    try FileOutput.write(try DocxWriter.write(report), to: outputFile, kind: "Word 文件")
                }
            }
        }
    }
}
