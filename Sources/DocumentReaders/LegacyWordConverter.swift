public import DocumentLayout
public import Foundation
import ProcessSpawn

/// Converts a legacy .doc or Kingsoft .wps file to .docx with LibreOffice, when it is installed.
///
/// Runs `soffice --headless --convert-to docx` in a fresh temporary folder that is also LibreOffice's HOME (it
/// needs a writable profile), lets LibreOffice tell the format from the content (no `--infilter`), and removes
/// the folder afterwards. Without `soffice` on the PATH (or in `$NIANBAO_SOFFICE`) it says to save the file as
/// .docx or install LibreOffice. A conversion that takes too long is ended with everything `soffice` started (its
/// process group: `soffice` runs `soffice.bin`), SIGTERM first and SIGKILL after ``terminationGrace``.
public enum LegacyWordConverter {
    /// How long a conversion may take.
    public static let timeout: TimeInterval = 120

    /// How long a conversion that took too long has to end after SIGTERM, before SIGKILL ends it.
    public static let terminationGrace: Duration = .seconds(2)

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
    ///   - timeout: How long the conversion may take (default: ``timeout``).
    /// - Throws: ``DocumentReadError/converterMissing`` without LibreOffice, ``DocumentReadError/conversionFailed(detail:)``
    ///   when it cannot start, fails or takes longer than `timeout`.
    public static func convertToDocx(
        _ bytes: [UInt8], program: URL? = Self.program, timeout: TimeInterval = Self.timeout
    ) throws(DocumentReadError) -> [UInt8] {
        guard let program, FileManager.default.isExecutableFile(atPath: program.path) else { throw .converterMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "nianbao-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("report.doc")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // (a fresh profile that sends every fetch of a linked picture nowhere: LegacyWordProfile)
            try LegacyWordProfile.write(in: folder.appendingPathComponent("profile"))
            try Data(bytes).write(to: input)
        } catch {
            // Foundation's message (a full disk, a temporary folder that may not be written) is English.
            throw .conversionFailed(detail: "无法写入临时文件夹")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        let soffice: ChildProcess
        do {
            soffice = try ChildProcess(
                program.path,
                arguments: [
                    "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=file://\(folder.path)/profile",
                    "--convert-to", "docx", "--outdir", folder.path, input.path,
                ],
                environment: environment)
        } catch {
            throw .conversionFailed(detail: "\(error)")
        }
        guard let ended = soffice.wait(timeout: .milliseconds(Int64(timeout * 1000))) else {
            _ = soffice.terminate(grace: terminationGrace)
            throw .conversionFailed(detail: "超过 \(Int(timeout)) 秒")
        }
        let output = folder.appendingPathComponent("report.docx")
        guard ended == .exited(0), let data = FileManager.default.contents(atPath: output.path), !data.isEmpty else {
            throw .conversionFailed(detail: "soffice \(ended)")
        }
        return Array(data)
    }
}
