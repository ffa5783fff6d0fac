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
    ///   - overwrite: Replace a file that is there (`--overwrite`); else it is kept and the command fails.
    /// - Throws: ``CLIError`` when stdout is a terminal, the file is there (see ``checkTarget(_:overwrite:)``) or
    ///   cannot be written.
    static func write(_ data: Data, to path: String?, kind: Kind, overwrite: Bool) throws {
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
        try checkTarget(path, overwrite: overwrite)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(
                Language.pick(
                    "无法写入 \(path)：\((error as NSError).localizedDescription)",
                    "Cannot write \(path): \((error as NSError).localizedDescription)"))
        }
    }

    /// Refuses to write over a file that is there, unless `overwrite`: a clerk's edited Word file or a report in
    /// the import folder is one slip of `-o` away. An SQLite database (the repository itself, named by mistake) is
    /// never written over.
    ///
    /// - Throws: ``CLIError`` saying what to do instead.
    static func checkTarget(_ path: String, overwrite: Bool) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let head = FileHandle(forReadingAtPath: path).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 16)
        }
        if head == Data("SQLite format 3\0".utf8) {
            throw CLIError(
                Language.pick(
                    "\(path) 是一个数据库文件（可能就是仓库本身），不会写到它上面；请换一个文件名",
                    "\(path) is a database (perhaps the repository itself): nothing is written over it; choose another name"
                ))
        }
        guard overwrite else {
            throw CLIError(
                Language.pick(
                    "\(path) 已经存在，没有覆盖它；要覆盖请加 --overwrite，或换一个文件名",
                    "\(path) exists and was kept; add --overwrite to replace it, or choose another name"))
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
