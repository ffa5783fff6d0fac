import Foundation

/// Writes a file a command makes (a Word document, a workbook): to the path given with `-o`, or to stdout when it
/// is not a terminal.
enum FileOutput {
    /// Writes the bytes: atomically to `path` (a file that was there is replaced only once the new one is whole),
    /// or to stdout.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - path: Where to write it; `nil` for stdout.
    ///   - kind: What the file is, for messages (`Word 文件`).
    /// - Throws: ``CLIError`` when stdout is a terminal or the file cannot be written.
    static func write(_ data: Data, to path: String?, kind: String) throws {
        guard let path else {
            guard !Output.stdoutIsTerminal else {
                throw CLIError("\(kind)不能输出到终端，请用 -o 文件名 指定保存位置")
            }
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("无法写入 \(path)：\((error as NSError).localizedDescription)")
        }
    }
}
