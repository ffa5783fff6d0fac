import ReportModel

/// What one comparison knows and collects as it goes down the two reports.
struct DiffContext {
    let old: Report
    let new: Report
    let options: DiffOptions
    let shift: YearShift?
    /// Template tables by number (2, 3, 4): where each report has each copy of it, in reading order (last year's
    /// table 3 left above this year's is a second copy: the first is compared with the first, the second with the
    /// second, rv113 F9).
    let oldTemplateTables: [Int: [BlockLocation]]
    let newTemplateTables: [Int: [BlockLocation]]
    /// Each report's sections with their headings read once.
    let oldOutline: ReportOutline
    let newOutline: ReportOutline
    /// The findings so far, in reading order.
    var findings: [YearFinding] = []

    init(old: Report, new: Report, options: DiffOptions) {
        self.old = old
        self.new = new
        self.options = options
        self.shift = options.yearShift(from: old, to: new)
        self.oldTemplateTables = Self.templateTables(of: old)
        self.newTemplateTables = Self.templateTables(of: new)
        self.oldOutline = ReportOutline(old)
        self.newOutline = ReportOutline(new, reusing: oldOutline, of: old)
    }

    private static func templateTables(of report: Report) -> [Int: [BlockLocation]] {
        var found: [Int: [BlockLocation]] = [:]
        func scan(_ blocks: [Block], _ container: BlockContainer) {
            for (index, block) in blocks.enumerated() {
                guard let table = block.table, let number = UnitNaming.templateNumber(of: table) else { continue }
                found[number, default: []].append(BlockLocation(container: container, index: index))
            }
        }
        func walk(_ sections: [Section], _ path: [Int]) {
            for (index, section) in sections.enumerated() {
                scan(section.blocks, .section(path + [index]))
                walk(section.sections, path + [index])
            }
        }
        scan(report.preamble, .preamble)
        walk(report.sections, [])
        return found
    }

    /// The title, agency and year changes.
    func fieldChanges() -> [FieldChange] {
        var changes: [FieldChange] = []
        if TextKey.make(old.title ?? "", shift: shift) != TextKey.make(new.title ?? "") {
            changes.append(FieldChange(unit: UnitID([.title]), old: old.title, new: new.title))
        }
        if TextKey.make(old.agency ?? "") != TextKey.make(new.agency ?? "") {
            changes.append(FieldChange(unit: UnitID([.agency]), old: old.agency, new: new.agency))
        }
        if shift == nil, old.year != new.year {
            changes.append(
                FieldChange(unit: UnitID([.year]), old: old.year.map(String.init), new: new.year.map(String.init)))
        }
        return changes
    }

    /// The older side of a section: where it is and how its heading reads.
    func oldSide(_ path: [Int]) -> SectionSide? { oldOutline.side(path, in: old) }

    /// The newer side of a section.
    func newSide(_ path: [Int]) -> SectionSide? { newOutline.side(path, in: new) }
}
