import ArgumentParser
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao backup FILE`: a consistent copy of the whole repository, safe while `nianbao serve` runs.
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.backup.abstract, discussion: CommandHelp.backup.discussion)

        @Argument(help: OptionHelp.backupFile.help)
        var file: String

        @Flag(name: .long, help: OptionHelp.backupOverwrite.help)
        var overwrite = false

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let source = try repository.existingFile()
            try Self.checkTarget(file, repository: source, overwrite: overwrite)
            let opened = try repository.open(.readOnly)
            if overwrite, FileManager.default.fileExists(atPath: file) {
                try await Self.checkIsBackup(file, in: opened)
            }
            let summary = try await opened.backup(to: file)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    BackupJSON(
                        file: summary.path, reports: summary.reports, revisions: summary.revisions,
                        bytes: summary.bytes))
            case .text:
                Output.print(Message.backedUp(summary).text)
            }
        }

        /// Refuses the repository itself (or a hard link to it) and the files SQLite keeps beside it (`-wal`, `-shm`,
        /// `-journal`: writing over them loses what is not yet in the repository file), a folder, a folder that is not
        /// there or cannot be written, and a file that is there unless `--overwrite` — and then only an earlier backup
        /// (an SQLite database), never another kind of file.
        static func checkTarget(_ path: String, repository: String, overwrite: Bool) throws {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
            let own = URL(fileURLWithPath: repository).resolvingSymlinksInPath().path
            let ownFiles = [own, own + "-wal", own + "-shm", own + "-journal"]
            let targetNode = Self.inode(target.path)
            if ownFiles.contains(target.path)
                || (targetNode != nil && ownFiles.contains { Self.inode($0) == targetNode })
            {
                throw CLIError(
                    Language.pick(
                        "\(path) 是仓库本身的文件：备份要写到另一个文件（最好在另一块磁盘或 U 盘上）",
                        "\(path) is one of the repository's own files: write the backup to another file (best on another"
                            + " disk)"))
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) {
                if isFolder.boolValue {
                    throw CLIError(
                        Language.pick(
                            "\(path) 是一个文件夹：请写备份文件的名字，如 \(path)/年报备份.sqlite",
                            "\(path) is a folder: name the backup file, such as \(path)/backup.sqlite"))
                }
                guard overwrite else {
                    throw CLIError(
                        Language.pick(
                            "\(path) 已经存在，没有覆盖它；要用新的备份替换它请加 --overwrite，或换一个文件名（如带上日期）",
                            "\(path) exists and was kept; add --overwrite to replace it with the new backup, or choose"
                                + " another name"))
                }
                guard FileOutput.isDatabase(target.path) else {
                    throw CLIError(
                        Language.pick(
                            "\(path) 不是以前的备份（不是数据库文件），--overwrite 也不会覆盖它；请换一个文件名",
                            "\(path) is no earlier backup (not a database): --overwrite does not replace it; choose"
                                + " another name"))
                }
                return
            }
            let folder = target.deletingLastPathComponent().path
            var folderIsFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsFolder), folderIsFolder.boolValue
            else {
                throw CLIError(
                    Language.pick(
                        "文件夹 \(folder) 不存在：请先插好 U 盘或建好文件夹", "The folder \(folder) does not exist"))
            }
            guard FileManager.default.isWritableFile(atPath: folder) else {
                throw CLIError(
                    Language.pick(
                        "无法在文件夹 \(folder) 里写入（没有写入权限，或是只读的光盘、U 盘）：请换一个位置",
                        "Cannot write in the folder \(folder) (no permission, or read-only media): choose another place"
                    ))
            }
        }

        /// Refuses to replace a database that is not an earlier backup of this repository: another node's working
        /// repository (a township's, named by a slip of the path), or another computer's of the same node name, would
        /// lose every revision of its own. A backup has the node and the creation time of the repository it copies.
        ///
        /// - Parameters:
        ///   - path: The file `--overwrite` would replace (an SQLite database, see ``checkTarget(_:repository:overwrite:)``).
        ///   - repository: This repository.
        static func checkIsBackup(_ path: String, in repository: ReportRepository) async throws {
            let node = try await repository.nodeName()
            switch try await repository.backupTarget(at: path) {
            case .earlierBackup: return
            case .notARepository:
                throw CLIError(
                    Language.pick(
                        "\(path) 不是本仓库以前的备份（不是能打开的年报仓库），--overwrite 也不会覆盖它；请换一个文件名",
                        "\(path) is no earlier backup of this repository (not a repository that opens): --overwrite"
                            + " does not replace it; choose another name"))
            case .otherNode(let other):
                throw CLIError(
                    Language.pick(
                        "\(path) 是「\(other)」的仓库，不是本仓库（\(node)）的备份，--overwrite 也不会覆盖它；请换一个文件名",
                        "\(path) is the repository of \(other), no backup of this one (\(node)): --overwrite does not"
                            + " replace it; choose another name"))
            case .sameNameElsewhere:
                throw CLIError(
                    Language.pick(
                        "\(path) 是另一个也叫「\(node)」的仓库（在另一台电脑上建立），不是本仓库的备份，--overwrite 也不会覆盖它；请换一个文件名",
                        "\(path) is another repository also named \(node) (made on another computer), no backup of this"
                            + " one: --overwrite does not replace it; choose another name"))
            }
        }

        /// The device and inode of a file, if it can be read.
        static func inode(_ path: String) -> [UInt64]? {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return [UInt64(status.st_dev), UInt64(status.st_ino)]
        }
    }
}

/// `backup --format json`: the backup file and what it holds.
struct BackupJSON: JSONOutput {
    let file: String
    let reports: Int
    let revisions: Int
    let bytes: Int
}
