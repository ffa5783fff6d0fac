import Foundation
import ReportModel

/// Writes a file a command makes (a Word document, a workbook): to the path given with `-o`, or to stdout when it
/// is not a terminal.
enum FileOutput {
    /// Writes the bytes: atomically to `path` (a file that was there is replaced only once the new one is whole),
    /// or to stdout.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - path: Where to write it; `nil` for stdout.
    ///   - kind: What the file is, for messages.
    /// - Throws: ``CLIError`` when stdout is a terminal or the file cannot be written.
    static func write(_ data: Data, to path: String?, kind: Kind) throws {
        guard let path else {
            guard !Output.stdoutIsTerminal else {
                throw CLIError(
                    Language.pick(
                        "\(kind.name)不能输出到终端，请用 -o 文件名 指定保存位置",
                        "A \(kind.name) cannot be shown on a terminal: give -o FILE to say where to save it"))
            }
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(
                Language.pick(
                    "无法写入 \(path)：\((error as NSError).localizedDescription)",
                    "Cannot write \(path): \((error as NSError).localizedDescription)"))
        }
    }

    /// What a command writes, named in its messages.
    enum Kind {
        /// A Word document (.docx).
        case word
        /// An Excel workbook (.xlsx).
        case excel
        /// Report text.
        case text
        /// The file a revision was committed from.
        case original

        /// The kind in the process's language (`Word 文件`, `Word file`).
        var name: String {
            switch self {
            case .word: Language.pick("Word 文件", "Word file")
            case .excel: Language.pick("Excel 文件", "Excel file")
            case .text: Language.pick("文本", "text file")
            case .original: Language.pick("原件", "original file")
            }
        }
    }
}
