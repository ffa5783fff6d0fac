import ArgumentParser
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao export REF`: a revision's report as text, or with `--original` the file it was committed from.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract:
                "Print a revision's report as text in one canonical layout, which parses back to the same report.",
            discussion: """
                With --original, write instead the file the revision was committed from (.docx, PDF, web page, \
                .doc/.wps), byte for byte: `nianbao export REF --original > FILE` or `-o FILE`. A revision \
                committed from plain text keeps no original.
                """
        )

        @Argument(help: "The revision: AGENCY/YEAR, AGENCY/YEAR~N, AGENCY/YEAR@published, or ≥4 digits of an id.")
        var ref: String

        @Flag(name: .long, help: "Write the original file the revision was committed from, byte for byte.")
        var original = false

        @Option(name: [.customShort("o"), .customLong("output")], help: "Write to FILE instead of stdout.")
        var file: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if original, output.chosen == .json {
                throw ValidationError("--original writes the file itself; it has no --format json.")
            }
        }

        func run() async throws {
            try await CLIExit.mappingBusy {
                let repository = try repository.open(.readOnly)
                let revision = try await repository.resolve(ref)
                if original {
                    let found = try await repository.original(of: revision.id.hex)
                    guard file != nil || !Output.stdoutIsTerminal else {
                        throw CLIError(
                            "原件 \(found.file.name)（\(found.file.formatName)）是一个文件，不能显示在终端上："
                                + "请用 `nianbao export \(ref) --original > 文件名` 或 `-o 文件名` 保存。")
                    }
                    try emit(Data(found.file.bytes))
                    return
                }
                let text = try await repository.exportText(revision.id.hex)
                switch output.chosen {
                case .json: try Output.printJSON(ExportJSON(revision: revision.id.hex, text: text))
                case .text: try emit(Data(text.utf8))
                }
            }
        }

        /// Writes the bytes to `-o FILE` (whole or not at all), else to stdout.
        private func emit(_ data: Data) throws {
            guard let file else {
                FileHandle.standardOutput.write(data)
                return
            }
            do {
                try data.write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                throw CLIError("无法写入 \(file)：请检查文件夹是否存在、是否有写入权限。")
            }
        }
    }
}
