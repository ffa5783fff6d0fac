public import Foundation
public import ReportModel

/// Something a check found: which rule, how serious, whose problem, where, the numbers involved, and what it means.
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A stable rule id (`t3-identity`, `stale-year`, …), listed in Schema/checks.md.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// Whether it is the report's own problem or a problem of reading its text.
    public var kind: FindingKind
    /// Where in the report.
    public var place: Place
    /// The numbers involved, by name (`一`, `二`, `（七）`, `四` for the 勾稽关系).
    public var numbers: [String: Decimal]
    /// What is wrong, in Chinese, for the people who fix the report: what the pages, the JSON and the audit log say.
    public var message: String
    /// What is wrong in English, for `--lang en` (``spokenMessage``); the report's own words in it stay as written.
    /// `nil` where the finding has no English form.
    public var english: String?
    /// The words of the report that tell it from another finding of its rule at its place (the text after a broken
    /// paragraph's blank line), when the rule has such words.
    public var subject: String?

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, kind: FindingKind = .report, place: Place = Place(),
        numbers: [String: Decimal] = [:], message: String, english: String? = nil, subject: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.kind = kind
        self.place = place
        self.numbers = numbers
        self.message = message
        self.english = english
        self.subject = subject
    }

    /// The message in the process's language: ``message``, or ``english`` with `--lang en` where there is one.
    public var spokenMessage: String { Language.pick(message, english ?? message) }

    /// `错误 表三收结平衡 [三、收到和处理… › 表3 › 商业企业]：…` (the rule by its name, ``RuleNames``).
    public var description: String {
        let where_ = place.spoken
        // With --lang en, the severity, the rule and the message in English; the place and the message name the
        // report's parts (its headings, its rows and columns) as the report does.
        return Language.pick(
            "\(severity.label) \(RuleNames.name(of: rule))\(where_.isEmpty ? "" : " [\(where_)]")：\(message)",
            "\(severity.spoken) \(rule)\(where_.isEmpty ? "" : " [\(where_)]"): \(spokenMessage)")
    }
}

/// Whose problem a finding is: the report's own, or the text's that could not be read reliably.
///
/// A reading problem says nothing against the report: the numbers or headings it concerns could not be read from
/// the text (a scrambled PDF extraction, a table whose numbers are not beside their labels), so the person checking
/// the report looks at the original instead. Reading problems are never errors.
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The report's own problem: a sum that does not add up, a section that is not there.
    case report
    /// The text could not be read reliably at that place; check the original.
    case reading

    /// The kind in Chinese (`报告问题`, `读取问题`).
    public var label: String {
        switch self {
        case .report: "报告问题"
        case .reading: "读取问题"
        }
    }
}

/// Where a finding points: a section, a table, a row, a column, a line of the source.
public struct Place: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The headings from the top-level section down.
    public var section: [String]
    /// The table's number in the format (2, 3, 4).
    public var table: Int?
    /// The row's label path and key.
    public var row: [String]?
    public var rowKey: String?
    /// The column's label path and key.
    public var column: [String]?
    public var columnKey: String?
    /// The line of the source file, when known.
    public var line: Int?

    /// Creates a place.
    public init(
        section: [String] = [], table: Int? = nil, row: [String]? = nil, rowKey: String? = nil,
        column: [String]? = nil, columnKey: String? = nil, line: Int? = nil
    ) {
        self.section = section
        self.table = table
        self.row = row
        self.rowKey = rowKey
        self.column = column
        self.columnKey = columnKey
        self.line = line
    }

    /// `三、收到和处理政府信息公开申请情况 › 表三 › （七）总计 › 法人或其他组织/商业企业`, in Chinese (the pages).
    public var description: String { described(table: TableTemplate.shortName) { "第\($0)行" } }

    /// ``description`` in the process's language: with `--lang en`, the table and the line in English (`Table 3`,
    /// `line 12`); the headings and labels as the report has them.
    public var spoken: String {
        described(table: TableTemplate.spokenName) { line in Language.pick("第\(line)行", "line \(line)") }
    }

    /// ``description`` in a language: in English the table and the line in English (`Table 3`, `line 12`), for the
    /// English pages; the headings and labels as the report has them.
    public func description(in language: Language) -> String {
        language == .english
            ? described(table: TableTemplate.englishName) { "line \($0)" } : description
    }

    private func described(table name: (Int) -> String, line lineName: (Int) -> String) -> String {
        var parts = section
        if let table { parts.append(name(table)) }
        if let row, let last = row.last { parts.append(last) }
        if let column { parts.append(column.joined(separator: "/")) }
        if let line { parts.append(lineName(line)) }
        return parts.joined(separator: " › ")
    }
}
