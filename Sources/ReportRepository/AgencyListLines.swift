import Foundation
public import ReportModel
import RevisionStore

/// The lines of a file of agencies, the one format `import` (its folder's `agencies.tsv`, or `--map`) and
/// `agency add --from` read: `NAME<TAB>ID[<TAB>PARENT-ID]`, one agency a line.
///
/// The first column is an agency's name (for `import`, also a report file's name), the second its id, the third the
/// id of the office above it. Blank lines and lines starting with `#` are skipped; spaces around a column are
/// dropped, and a byte-order mark or a `\r` (a file saved on Windows) is ignored. `agency add --from` lets the id be
/// left out (`NAME` alone, or an empty second column): it is then made from the name (``AgencyNaming``).
struct AgencyListLine: Sendable, Hashable {
    /// The line's number in the file, from 1.
    var number: Int
    /// The first column: the agency's name (or, for `import`, a file's name).
    var name: String
    /// The id, when the line gives one.
    var id: String?
    /// The parent's id, when the line gives one.
    var parent: String?

    /// The lines of a file's text.
    ///
    /// - Parameter idRequired: Whether every line must give an id (`import`'s mapping).
    /// - Throws: The first line that cannot be read, with why: too few or too many columns, an id that cannot be one,
    ///   a first column given twice.
    static func lines(of text: String, idRequired: Bool) throws(AgencyLineRefusal) -> [AgencyListLine] {
        var lines: [AgencyListLine] = []
        var seen = Set<String>()
        // (a file saved on Windows ends its lines with "\r\n", which Swift reads as one character, not "\n")
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF}"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard columns.count >= (idRequired ? 2 : 1), columns.count <= 3, !columns[0].isEmpty else {
                throw AgencyLineRefusal(line: number, problem: .columns)
            }
            let id = columns.count >= 2 && !columns[1].isEmpty ? columns[1] : nil
            if idRequired, id == nil { throw AgencyLineRefusal(line: number, problem: .columns) }
            if let id, !Agency.isValidID(id) { throw AgencyLineRefusal(line: number, problem: .invalidID(id)) }
            let parent = columns.count == 3 && !columns[2].isEmpty ? columns[2] : nil
            if let parent, !Agency.isValidID(parent) {
                throw AgencyLineRefusal(line: number, problem: .invalidID(parent))
            }
            guard seen.insert(columns[0]).inserted else {
                throw AgencyLineRefusal(line: number, problem: .givenTwice(columns[0]))
            }
            lines.append(AgencyListLine(number: number, name: columns[0], id: id, parent: parent))
        }
        return lines
    }
}

/// A line of a file of agencies that was refused, and why.
struct AgencyLineRefusal: Error, Sendable, Hashable {
    /// The line's number, from 1.
    var line: Int
    /// Why.
    var problem: AgencyLineProblem
}

/// Why a line of a file of agencies (``AgencyListLine``) was refused.
public enum AgencyLineProblem: Sendable, Hashable {
    /// Not the columns the format has (or no name in the first).
    case columns
    /// An id (or a parent's id) that cannot be an agency's id.
    case invalidID(String)
    /// The first column is the same as an earlier line's.
    case givenTwice(String)
    /// Registering the line's agency was refused (its name or id another agency's, its parent not registered…).
    case refused(AgencyError)

    /// Why, in a language: a sentence, its full stop included.
    public func description(in language: Language) -> String {
        let english = language == .english
        switch self {
        case .columns:
            return english
                ? "The columns are not right (they are separated by tabs)." : "列数不对（各列之间用 Tab 键隔开）。"
        case .invalidID(let id):
            return RepositoryError.invalidAgencyID(id).description(in: language)
        case .givenTwice(let name):
            return english ? "`\(name)` is given twice." : "“\(name)”写了两次。"
        case .refused(let error):
            return error.description(in: language)
        }
    }
}
