import Foundation
import ReportRepository

/// A one-line progress bar on stderr, redrawn in place; drawn only when stderr is a terminal.
struct ProgressBar: Sendable {
    /// Whether to draw at all.
    let enabled: Bool

    /// The bar's width in cells.
    static let width = 30

    /// Draws `[#######.......]  12/40  常张乡2024.txt`.
    func show(_ progress: ImportProgress) {
        guard enabled, progress.total > 0 else { return }
        let filled = Self.width * progress.completed / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.width - filled)
        var name = progress.file
        while RevisionText.displayWidth(name) > 40 { name.removeFirst() }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(progress.completed)/\(progress.total)  \(name)".utf8))
    }

    /// Clears the bar's line so that the summary starts on a clean line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension Output {
    /// Writes text on stdout as it is, without adding a line feed.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
