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
        try checkExtension(path, kind: kind)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(whyNotWritten(path, error))
        }
    }

    /// Why a file could not be written, in the person's words: Foundation's own text is English on Linux.
    static func whyNotWritten(_ path: String, _ error: any Error) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        let manager = FileManager.default
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return Language.pick(
                "无法写入 \(path)：这是一个文件夹，请写出文件名", "Cannot write \(path): it is a folder; give a file name")
        }
        if !manager.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            return Language.pick(
                "无法写入 \(path)：文件夹 \(folder) 不存在，请先建立它或换一个位置",
                "Cannot write \(path): the folder \(folder) does not exist; make it first or choose another place")
        }
        if !manager.isWritableFile(atPath: folder) {
            return Language.pick(
                "无法写入 \(path)：没有权限写入文件夹 \(folder)", "Cannot write \(path): no permission to write in \(folder)")
        }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if (underlying?.domain == NSPOSIXErrorDomain && underlying?.code == Int(ENOSPC))
            || (error as NSError).code == NSFileWriteOutOfSpaceError
        {
            return Language.pick("无法写入 \(path)：磁盘已满，请腾出空间后再试", "Cannot write \(path): the disk is full")
        }
        return Language.pick(
            "无法写入 \(path)（系统错误 \((error as NSError).code)），请换一个位置再试",
            "Cannot write \(path) (system error \((error as NSError).code)); try another place")
    }

    /// Refuses to write over a file that is there, unless `overwrite`: a clerk's edited Word file or a report in
    /// the import folder is one slip of `-o` away. An SQLite database (the repository itself, named by mistake) and the
    /// files SQLite keeps beside one are never written over.
    ///
    /// - Throws: ``CLIError`` saying what to do instead.
    static func checkTarget(_ path: String, overwrite: Bool) throws {
        if let database = databaseBeside(path) {
            throw CLIError(
                Language.pick(
                    "\(path) 是 SQLite 放在数据库 \(database) 旁边的文件（仓库里还没写进数据库的修订就在其中），不会写到它上面；请换一个文件名",
                    "\(path) is the file SQLite keeps beside the database \(database) (revisions not yet in the database"
                        + " are there): nothing is written over it; choose another name"))
        }
        guard FileManager.default.fileExists(atPath: path) else { return }
        if isDatabase(path) {
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

    /// The database a path names one of the files SQLite keeps beside (`-wal`, `-shm`, `-journal`), when that
    /// database is there: writing over such a file, while a server runs or before its next open, loses the
    /// repository's newest revisions.
    static func databaseBeside(_ path: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        for suffix in ["-wal", "-shm", "-journal"] where resolved.hasSuffix(suffix) {
            let database = String(resolved.dropLast(suffix.count))
            if isDatabase(database) { return database }
        }
        return nil
    }

    /// Whether a file is an SQLite database (it starts with SQLite's header): a repository, or a backup of one.
    static func isDatabase(_ path: String) -> Bool {
        let head = FileHandle(forReadingAtPath: path).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 16)
        }
        return head == Data("SQLite format 3\0".utf8)
    }

    /// Refuses a file name whose extension says another kind of file (a workbook saved as `汇总.docx`): Word or
    /// Excel would then call the file damaged. A name without one of these extensions is left as given.
    static func checkExtension(_ path: String, kind: Kind) throws {
        let given = URL(fileURLWithPath: path).pathExtension.lowercased()
        let known = ["docx", "xlsx", "txt", "pdf", "zip"]
        guard let expected = kind.fileExtension, known.contains(given), given != expected else { return }
        throw CLIError(
            Language.pick(
                "\(path) 的扩展名 .\(given) 与要写出的\(kind.name)不符，请用 .\(expected)",
                "\(path) ends in .\(given), but this is a \(kind.name): name it .\(expected)"))
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

        /// The extension a file of this kind has, when it has one: an original keeps its own.
        var fileExtension: String? {
            switch self {
            case .word: "docx"
            case .excel: "xlsx"
            case .text: "txt"
            case .original: nil
            }
        }

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
