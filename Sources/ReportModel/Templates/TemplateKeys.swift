public import Foundation

/// A row or column key of the template tables that code names (the checks, the parser), as a constant.
///
/// Every case is tested against `Schema/templates/*.json` (`TemplateKeyTests`): a key renamed in a template fails the
/// tests instead of silently turning a rule off.
public protocol TemplateKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The ids of the templates (`table3-2021`) in which every case must exist.
    static var templateIDs: [String] { get }
}

/// A row key of a template table.
public protocol TemplateRowKey: TemplateKey {}

/// A column key of a template table.
public protocol TemplateColumnKey: TemplateKey {}

/// The ids of the built-in table templates.
public enum TemplateID {
    /// Table 2, 2021 format.
    public static let table2 = "table2-2021"
    /// Table 2, 2019 trial format.
    public static let table2Format2019 = "table2-2019"
    /// Table 3, 2021 format.
    public static let table3 = "table3-2021"
    /// Table 3, 2019 trial format.
    public static let table3Format2019 = "table3-2019"
    /// Table 4 (the same in both formats).
    public static let table4 = "table4-2021"
}

/// Rows of table 2 that the rules name (both formats).
public enum Table2Row: String, TemplateRowKey {
    case regulations
    case normativeDocuments = "normative-documents"
    public static let templateIDs = [TemplateID.table2, TemplateID.table2Format2019]
}

/// Columns of table 2 in the 2021 format that the rules name.
public enum Table2Column: String, TemplateColumnKey {
    case issued
    case repealed
    case inForce = "in-force"
    public static let templateIDs = [TemplateID.table2]
}

/// Columns of table 2 in the 2019 trial format that the rules name.
public enum Table2Column2019: String, TemplateColumnKey {
    case published
    case totalPublic = "total-public"
    case previousItems = "previous-items"
    public static let templateIDs = [TemplateID.table2Format2019]
}

/// Rows of table 3 that the rules and the parser name (both formats; （六）其他处理 is a group in 2021 and a row in
/// 2019).
public enum Table3Row: String, TemplateRowKey {
    case received
    case carriedOver = "carried-over"
    case other
    case total
    case carryForward = "carry-forward"
    public static let templateIDs = [TemplateID.table3, TemplateID.table3Format2019]

    /// The rows that are not results: 一 新收, 二 上年结转, （七）总计 and 四 结转下年度.
    public static let notResults: [Table3Row] = [.received, .carriedOver, .total, .carryForward]
}

/// Columns of table 3.
public enum Table3Column: String, TemplateColumnKey {
    case naturalPerson = "natural-person"
    case business
    case research
    case nonprofit
    case legalServices = "legal-services"
    case otherOrganization = "other-organization"
    case total
    public static let templateIDs = [TemplateID.table3, TemplateID.table3Format2019]

    /// The applicant columns whose sum is 总计: 自然人 and the five kinds of 法人或其他组织.
    public static let applicants: [Table3Column] = allCases.filter { $0 != .total }
}

/// The one data row of table 4.
public enum Table4Row: String, TemplateRowKey {
    case cases
    public static let templateIDs = [TemplateID.table4]
}

/// The three column groups of table 4.
public enum Table4Group: String, CaseIterable, Sendable {
    case review
    case suitDirect = "suit-direct"
    case suitAfterReview = "suit-after-review"

    /// The group's name as the form prints it.
    public var label: String {
        switch self {
        case .review: "行政复议"
        case .suitDirect: "未经复议直接起诉"
        case .suitAfterReview: "复议后起诉"
        }
    }
}

/// The five columns of each table-4 group, in template order; the last is the group's 总计.
public enum Table4Part: String, CaseIterable, Sendable {
    case upheld
    case corrected
    case other
    case pending
    case total

    /// The parts whose sum is the group's total.
    public static let summands: [Table4Part] = [.upheld, .corrected, .other, .pending]
}

/// A column of table 4: a group and a part (`review.upheld`).
public struct Table4Column: TemplateColumnKey {
    public let group: Table4Group
    public let part: Table4Part

    /// The column of a group and a part.
    public init(_ group: Table4Group, _ part: Table4Part) {
        self.group = group
        self.part = part
    }

    public init?(rawValue: String) {
        let pieces = rawValue.split(separator: ".", maxSplits: 1).map(String.init)
        guard pieces.count == 2, let group = Table4Group(rawValue: pieces[0]),
            let part = Table4Part(rawValue: pieces[1])
        else { return nil }
        self.init(group, part)
    }

    public var rawValue: String { "\(group.rawValue).\(part.rawValue)" }

    /// The fifteen columns in template order.
    public static let allCases: [Table4Column] = Table4Group.allCases.flatMap { group in
        Table4Part.allCases.map { Table4Column(group, $0) }
    }

    public static let templateIDs = [TemplateID.table4]
}

extension Table {
    /// The cell at a row and a column named by their constants.
    public func cell(_ row: some TemplateRowKey, _ column: some TemplateColumnKey) -> Cell? {
        cell(row: row.rawValue, column: column.rawValue)
    }

    /// The number in the cell at a row and a column named by their constants, when the cell holds one.
    public func value(_ row: some TemplateRowKey, _ column: some TemplateColumnKey) -> Decimal? {
        cell(row, column)?.value
    }
}
