/// Something noticed while reading the source text, handed to the checker by whoever parsed it (the checker
/// does not read text itself). Only notes the report model cannot show — a heading typed twice, a paragraph
/// broken across a blank line, a table whose reading order is scrambled — become findings.
public struct SourceNote: Sendable, Hashable {
    /// The parser's diagnostic code.
    public var code: String
    /// The line.
    public var line: Int?
    /// The parser's message.
    public var message: String

    /// Creates a note.
    public init(code: String, line: Int?, message: String) {
        self.code = code
        self.line = line
        self.message = message
    }
}
