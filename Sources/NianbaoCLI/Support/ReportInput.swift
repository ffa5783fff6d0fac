import Foundation
import ReportModel
import ReportParser

/// Turns what a command was given — a report file today, a REF (`qingshi/2024`, `qingshi/2024~3`, a revision id)
/// once the store is here — into a report. Every command that compares or merges reports reads through here.
enum ReportInput {
    /// The report an argument names.
    ///
    /// A file is read as report text (UTF-8 or GBK, any layout) or, when it holds a JSON object, as the JSON form
    /// of `nianbao parse --format json`; `-` is stdin.
    ///
    /// - Throws: ``CLIError`` when the file cannot be read, or the parser's error when it is not a report.
    static func load(_ argument: String) throws -> Report {
        // REFs are resolved here once the revision store is available; until then every argument is a file.
        let data = try FileInput.read(argument)
        if let first = data.first(where: { !Unicode.Scalar($0).properties.isWhitespace }), first == UInt8(ascii: "{") {
            do {
                return try JSONDecoder().decode(Report.self, from: data)
            } catch {
                throw CLIError("\(argument) holds JSON that is not a report: \(error)")
            }
        }
        return try ReportParser.parse(data).report
    }
}
