import DocumentLayout
import Foundation
public import ReportModel

/// The files the board's batch export puts beside the reports' Word files in its .zip — the year's workbook (an Excel
/// file) and the notes (`说明.txt`) — told by what they are: the notes' opening words are written here and found
/// here, so that `nianbao import` of the unzipped folder skips the two, saying why, instead of listing them as
/// reports it failed to read (rv105 F10).
public enum BatchExportFiles {
    /// The notes' first line: how many reports' Word files the archive holds, beside the workbook, and that a list
    /// of their versions follows.
    ///
    /// - Parameters:
    ///   - exported: How many Word files.
    ///   - language: The page's language.
    public static func notesOpening(exported: Int, language: Language) -> String {
        let (before, after) = openingParts(language)
        return before + (language == .english ? Language.counted(exported, "report") : String(exported)) + after
    }

    /// Why an import leaves a file out, when it is one of these (its bytes say so, not its name): an Excel
    /// workbook, or the notes of a batch export. `nil` for any other file.
    ///
    /// - Parameter bytes: The file's content.
    /// - Returns: The reason, in the process's language.
    public static func skipReason(for bytes: [UInt8]) -> String? {
        if DocumentFormat.isSpreadsheet(bytes) {
            return Language.pick(
                "这是电子表格（Excel 工作簿，如批量导出附带的年度汇总表），不是年报文件",
                "this is a spreadsheet (an Excel workbook, such as the summary table a batch export holds), not a report"
            )
        }
        if isNotes(bytes) {
            return Language.pick(
                "这是批量导出附带的说明（列出各个 Word 文件是哪一版），不是年报文件",
                "these are the notes of a batch export (which version each Word file holds), not a report")
        }
        return nil
    }

    /// Whether a file's first line is the notes' opening (``notesOpening(exported:language:)``) in either language:
    /// UTF-8, with or without a byte order mark, any line end.
    static func isNotes(_ bytes: [UInt8]) -> Bool {
        var head = bytes.prefix(1024)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        let firstLine = head.prefix { $0 != 10 && $0 != 13 }
        guard firstLine.count < head.count || head.count == bytes.count else { return false }
        let line = String(decoding: firstLine, as: UTF8.self)
        return Language.allCases.contains { language in
            let (before, after) = openingParts(language)
            return line.hasPrefix(before) && line.hasSuffix(after) && line.count > before.count + after.count
        }
    }

    /// The opening's words before and after the number of reports.
    private static func openingParts(_ language: Language) -> (before: String, after: String) {
        language == .english
            ? (
                "This archive holds the Word files of ",
                " and the year's summary table (Excel) of the reports chosen, both of these versions:"
            )
            : ("本压缩包含 ", " 份报告的 Word 文件和所选报告的年度汇总表（Excel），两者都是下列版本：")
    }
}
