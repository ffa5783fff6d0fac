public import ReportModel

/// Turns an edit script into one output format. One conformer per format: ``TextDiffRenderer``,
/// ``JSONDiffRenderer``, ``HTMLDiffRenderer``.
public protocol DiffRenderer: Sendable {
    /// Renders an edit script.
    ///
    /// - Throws: ``DiffError/encodingFailed(format:reason:)`` when the format cannot hold the result.
    func render(_ script: ReportEditScript) throws(DiffError) -> String
}

/// Counts of what changed, for the summary line of every format.
public struct DiffSummary: Sendable, Hashable {
    /// Sections by status, every depth counted.
    public var sections: [ChangeStatus: Int]
    /// Paragraphs by status, unchanged ones left out.
    public var paragraphs: [ChangeStatus: Int]
    /// The number of cells that changed.
    public var cells: Int
    /// The number of tables with cells only one side has.
    public var tablesWithUnsharedCells: Int
    /// The number of findings.
    public var findings: Int

    /// Counts the changes of an edit script.
    public init(_ script: ReportEditScript) {
        var sections: [ChangeStatus: Int] = [:]
        for section in script.allSections { sections[section.status, default: 0] += 1 }
        var paragraphs: [ChangeStatus: Int] = [:]
        for paragraph in script.changedParagraphs { paragraphs[paragraph.status, default: 0] += 1 }
        self.sections = sections
        self.paragraphs = paragraphs
        cells = script.changedCells.count
        tablesWithUnsharedCells = script.tables.filter { !$0.onlyOld.isEmpty || !$0.onlyNew.isEmpty }.count
        findings = script.findings.count
    }
}

extension ChangeStatus {
    /// The status in Chinese, for pages.
    public var chineseName: String {
        switch self {
        case .added: "新增"
        case .removed: "删除"
        case .modified: "修改"
        case .moved: "移动"
        case .renumbered: "重新编号"
        case .unchanged: "未变"
        }
    }

    /// The status in a language: ``chineseName``, or in English `added`, `removed`, `modified`, `moved`,
    /// `renumbered`, `unchanged`.
    public func name(in language: Language) -> String {
        language == .english ? rawValue : chineseName
    }
}
