// Reading report files ahead of the commits that need them: parsing a file (a .docx or PDF above all) and committing
// it are independent, so an import parses the next files on other threads while it commits the one before.

import Foundation
import ReportParser

/// A report file as ``ReportRepository/readReportFile(at:)`` reads it, or why it could not.
typealias ReportReading = Result<(parsed: ParseResult, source: ReportSource), RepositoryError>

/// Reads report files a few at a time on other threads and hands each back in the files' order.
enum ReportReadAhead {
    /// How many files are read at once: one for each processor, and at least two, so that the next file is parsed
    /// while the one before it is committed.
    static var width: Int { max(2, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body` with each file's reading, in the order of `paths`, while the files after it (at most `width` at a
    /// time) are read and parsed on other threads. A file that cannot be read is handed back as its error, in its
    /// place; the others go on.
    ///
    /// - Parameters:
    ///   - paths: The files.
    ///   - width: How many files may be read at once (at least one).
    ///   - body: Called once per file, in order, with its index and its reading; the next call waits for it.
    static func forEach(
        _ paths: [String], width: Int = ReportReadAhead.width, _ body: (Int, ReportReading) async -> Void
    ) async {
        await withTaskGroup(of: (Int, ReportReading).self) { group in
            var started = 0
            var ready: [Int: ReportReading] = [:]
            for index in paths.indices {
                // Keep `width` files being read (or read and waiting) from the one handed back next.
                while started < paths.count, started < index + max(1, width) {
                    let position = started
                    let path = paths[position]
                    group.addTask { (position, read(path)) }
                    started += 1
                }
                while ready[index] == nil, let (position, reading) = await group.next() {
                    ready[position] = reading
                }
                // Every file below `started` has a task, and each task hands back its own position once.
                await body(index, ready.removeValue(forKey: index) ?? .failure(.unreadableFile(path: paths[index])))
            }
        }
    }

    private static func read(_ path: String) -> ReportReading {
        do {
            return .success(try ReportRepository.readReportFile(at: path))
        } catch {
            return .failure(error)
        }
    }
}
