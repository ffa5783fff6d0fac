import ReportModel

/// Work in progress: the reader of lines into sections, paragraphs and tables.
struct DocumentReader {
    let text: String

    mutating func read() throws(ParseError) -> ParseResult {
        throw .notAReport(reason: "the reader is being written")
    }
}
