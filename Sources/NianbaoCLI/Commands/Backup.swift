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
            try await CLIExit.mappingBusy {
                let summary = try await repository.open(.readOnly).backup(to: file)
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
        }

        /// Refuses the repository itself (or a hard link to it), and a file that is there unless `--overwrite`.
        static func checkTarget(_ path: String, repository: String, overwrite: Bool) throws {
            guard FileManager.default.fileExists(atPath: path) else { return }
            let same =
                URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                == URL(fileURLWithPath: repository).resolvingSymlinksInPath().path
                || Self.inode(path).map { $0 == Self.inode(repository) } == true
            if same {
                throw CLIError(
                    Language.pick(
                        "\(path) 就是仓库本身：备份要写到另一个文件（最好在另一块磁盘或 U 盘上）",
                        "\(path) is the repository itself: write the backup to another file (best on another disk)"))
            }
            guard overwrite else {
                throw CLIError(
                    Language.pick(
                        "\(path) 已经存在，没有覆盖它；要用新的备份替换它请加 --overwrite，或换一个文件名（如带上日期）",
                        "\(path) exists and was kept; add --overwrite to replace it with the new backup, or choose another name"
                    ))
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
