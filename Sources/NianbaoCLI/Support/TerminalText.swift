import ReportModel

/// What people wrote, as the command line prints it: a mark's comment, a note, a revision's message, the details of
/// the audit log — text that may come from another node. Each control or format character is written out as its
/// code (`<U+001B>`, ``Swift/String/showingInvisibleCharacters``), so that nothing sent from elsewhere moves the
/// terminal's cursor, clears its screen or turns a line round; and a line break inside a one-line field is shown as
/// `⏎`, so that it cannot start a line that passes for one of the command's own (review rr95, finding 7). Report
/// content (`export`, `diff`) is printed as written, not through here.
enum TerminalText {
    /// The text on one line, each line break shown as ` ⏎ `.
    static func line(_ text: some StringProtocol) -> String {
        lines(text).joined(separator: " ⏎ ")
    }

    /// The text's lines (a `\r` before a line break dropped), each with its invisible characters written out, for a
    /// block the command prints indented.
    static func lines(_ text: some StringProtocol) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.hasSuffix("\r") ? line.dropLast() : line[...]).showingInvisibleCharacters
        }
    }
}
