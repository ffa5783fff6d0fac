import Foundation
import ReportModel
import ZIPFoundation

/// A .zip of files to save, built in memory: the board's batch export (``OverviewController/export(_:context:)``).
/// Entry names are made safe for the zip and for Windows (``ExportArchive/safeName(_:)``) and never repeat. Each
/// entry is dated with the time of what it holds (a report's revision), so that the same selection always gives the
/// same bytes and a file manager shows when each report was last changed.
struct ExportArchive {
    private(set) var entries: [(name: String, data: Data, modified: Date)] = []

    /// Adds a file; a name already taken gets ` (2)`, ` (3)`… before its extension.
    ///
    /// - Parameters:
    ///   - name: The file's name (made safe by ``safeName(_:)``).
    ///   - data: Its bytes.
    ///   - modified: The time the entry carries: when what it holds was last changed.
    /// - Returns: The name the file has in the archive.
    @discardableResult
    mutating func add(_ name: String, _ data: Data, modified: Date) -> String {
        let safe = Self.safeName(name)
        let taken = Set(entries.map { $0.name.lowercased() })
        var candidate = safe
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let dot = safe.lastIndex(of: ".") ?? safe.endIndex
            candidate = String(safe[..<dot]) + " (\(number))" + String(safe[dot...])
            number += 1
        }
        entries.append((candidate, data, modified))
        return candidate
    }

    /// The date to give ZIPFoundation for a moment, so that the entry shows it in Beijing time: a zip keeps a local
    /// date and time without a zone, and ZIPFoundation writes the date's UTC fields there.
    static func zipDate(_ moment: Date) -> Date {
        moment.addingTimeInterval(TimeInterval(BeijingTime.shown.secondsFromGMT(for: moment)))
    }

    /// The archive's bytes.
    ///
    /// - Throws: ``WebError/exportFailed(_:)`` when the archive cannot be written.
    func data() throws(WebError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (name, data, modified) in entries {
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: Self.zipDate(modified),
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            }
            guard let data = archive.data else { throw WebError.exportFailed("压缩包为空") }
            return data
        } catch let error as WebError {
            throw error
        } catch {
            throw .exportFailed("无法写入导出的压缩包")
        }
    }

    /// A file name that a zip and Windows both accept: no folders, no `\ / : * ? " < > |` or control characters
    /// (each becomes `_`), no invisible format characters (removed: a right-to-left override taken from an agency's
    /// name would show the name, and the extension, backwards), no leading or trailing dots and spaces, at most 100
    /// characters before the extension.
    static func safeName(_ name: String) -> String {
        let forbidden = Set("\\/:*?\"<>|")
        let visible = String(
            String.UnicodeScalarView(name.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        var text = String(
            visible.map { character in
                forbidden.contains(character)
                    || character.unicodeScalars.contains(where: {
                        $0.properties.generalCategory == .control
                    }) ? "_" : character
            })
        let dot = text.lastIndex(of: ".")
        var stem = dot.map { String(text[..<$0]) } ?? text
        let ext = dot.map { String(text[$0...]) } ?? ""
        stem = String(stem.prefix(100)).trimmingCharacters(in: CharacterSet(charactersIn: ". ").union(.whitespaces))
        text = (stem.isEmpty ? "_" : stem) + ext
        return text
    }
}
