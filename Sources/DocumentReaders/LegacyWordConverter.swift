public import DocumentLayout
public import Foundation

/// Converts a legacy .doc or Kingsoft .wps file to .docx with LibreOffice, when it is installed.
///
/// Runs `soffice --headless --convert-to docx` in a fresh temporary folder that is also LibreOffice's HOME (it
/// needs a writable profile), lets LibreOffice tell the format from the content (no `--infilter`), and removes
/// the folder afterwards. Without `soffice` on the PATH (or in `$NIANBAO_SOFFICE`) it says to save the file as
/// .docx or install LibreOffice.
public enum LegacyWordConverter {
    /// How long a conversion may take.
    public static let timeout: TimeInterval = 120

    /// The `soffice` program: `$NIANBAO_SOFFICE`, else the first `soffice` or `libreoffice` on the PATH.
    public static var program: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["NIANBAO_SOFFICE"] {
            return configured.isEmpty ? nil : URL(fileURLWithPath: configured)
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["soffice", "libreoffice"] {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }

    /// The .docx bytes of a .doc or .wps file.
    ///
    /// - Parameters:
    ///   - bytes: The file.
    ///   - program: The `soffice` to run (default: ``program``).
    /// - Throws: ``DocumentReadError/converterMissing`` without LibreOffice, ``DocumentReadError/conversionFailed(detail:)``
    ///   when it fails or takes longer than ``timeout``.
    public static func convertToDocx(
        _ bytes: [UInt8], program: URL? = Self.program
    ) throws(DocumentReadError) -> [UInt8] {
        guard let program, FileManager.default.isExecutableFile(atPath: program.path) else { throw .converterMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "nianbao-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // (a fresh profile that sends every fetch of a linked picture nowhere: LegacyWordProfile)
            try LegacyWordProfile.write(in: folder.appendingPathComponent("profile"))
            let input = folder.appendingPathComponent("report.doc")
            try Data(bytes).write(to: input)
            let process = Process()
            process.executableURL = program
            process.arguments = [
                "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=file://\(folder.path)/profile",
                "--convert-to", "docx", "--outdir", folder.path, input.path,
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = folder.path
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
                throw DocumentReadError.conversionFailed(detail: "超过 \(Int(timeout)) 秒")
            }
            let output = folder.appendingPathComponent("report.docx")
            guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path),
                !data.isEmpty
            else {
                throw DocumentReadError.conversionFailed(detail: "soffice 退出码 \(process.terminationStatus)")
            }
            return Array(data)
        } catch let error as DocumentReadError {
            throw error
        } catch {
            // Foundation's message (a missing folder, a process that would not start) is English.
            throw .conversionFailed(detail: "无法启动 LibreOffice 或写入临时文件夹")
        }
    }
}
