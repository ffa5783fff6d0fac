import Foundation
import ReportModel
import ReportParser
import ReportRepository

/// Turns what a command was given — a report file, or a REF of the repository (`qingshi/2024`, `qingshi/2024~3`, a
/// revision id) — into a report. Every command that compares or merges reports reads through here.
struct ReportInput {
    /// Where REFs are looked up.
    let repository: RepositoryOptions

    /// The report an argument names.
    ///
    /// An existing file (or `-` for stdin) is read as report text (UTF-8 or GBK, any layout) or, when it holds a
    /// JSON object, as the JSON form of `nianbao parse`. Anything else is a REF of the repository.
    ///
    /// - Throws: ``CLIError`` when the file cannot be read or is neither a file nor a REF; the parser's error when it
    ///   is not a report; the repository's error for an unknown REF.
    func load(_ argument: String) async throws -> Report {
        try await loadNamed(argument).report
    }

    /// The report an argument names (``load(_:)``) and, for a REF, the report's name by its office as text output
    /// names a report (`淮安市洪泽区人民政府 2023 年度报告`, ``ReportNames``); `nil` for a file, which only its own text
    /// names.
    func loadNamed(_ argument: String) async throws -> (report: Report, name: String?) {
        if argument == "-" || FileManager.default.fileExists(atPath: argument) {
            return (try Self.loadFile(argument), nil)
        }
        guard (try? RevisionSelector(argument)) != nil else {
            throw CLIError(Message.neitherFileNorRevision(argument).text)
        }
        guard let file = try? repository.existingFile() else {
            throw CLIError(Message.noFileNoRepository(argument).text)
        }
        let opened = try ReportRepository.open(at: file, access: .readOnly, logger: CLILogging.logger)
        let details = try await opened.show(argument)
        let key = details.revision.report
        let office = try await opened.agency(key.agency)?.name
        return (details.report, ReportNames.name(of: key, agencyName: office))
    }

    /// The two reports a comparison names, each with its name for a REF (``loadNamed(_:)``), read side by side:
    /// each is parsed on a core of its own. When one of them is standard input they are read one after the other,
    /// the first argument first, as a single read would.
    ///
    /// - Throws: What ``load(_:)`` throws, for the first argument before the second.
    func loadPair(
        _ first: String, _ second: String
    ) async throws -> (first: (report: Report, name: String?), second: (report: Report, name: String?)) {
        guard first != "-", second != "-" else {
            return (try await loadNamed(first), try await loadNamed(second))
        }
        async let firstReport = loadNamed(first)
        async let secondReport = loadNamed(second)
        return try await (firstReport, secondReport)
    }

    /// A report from a file: text in any layout, or the JSON of `nianbao parse`.
    static func loadFile(_ path: String) throws -> Report {
        let data = try FileInput.read(path)
        if let first = data.first(where: { !Unicode.Scalar($0).properties.isWhitespace }), first == UInt8(ascii: "{") {
            do {
                return try JSONDecoder().decode(Report.self, from: data)
            } catch {
                throw CLIError(Message.jsonNotReport(path: path, error: "\(error)").text)
            }
        }
        return try ReportParser.parse(data).report
    }
}
