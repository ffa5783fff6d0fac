import ReportModel

/// What one comparison knows and collects as it goes down the two reports.
struct DiffContext {
    let old: Report
    let new: Report
    let options: DiffOptions
    let shift: YearShift?
    /// Where the older report has each template table (2, 3, 4) of the newer one, wherever it is: each copy with the
    /// copy it fills most like (``TableCopies``: last year's table 3 pasted above this year's is a table added, rv114
    /// F5). A copy not here is one the older report lacks.
    let templatePartners: [BlockLocation: BlockLocation]
    /// The older report's template tables that have a partner in the newer one.
    let pairedOldTemplates: Set<BlockLocation>
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
        let oldTables = Self.templateTables(of: old)
        var partners: [BlockLocation: BlockLocation] = [:]
        for (number, newCopies) in Self.templateTables(of: new) {
            let oldCopies = oldTables[number] ?? []
            let pairs = TableCopies.partners(
                old: oldCopies.compactMap { Self.table(at: $0, in: old) },
                new: newCopies.compactMap { Self.table(at: $0, in: new) })
            for (copy, partner) in pairs.enumerated() {
                if let partner { partners[newCopies[copy]] = oldCopies[partner] }
            }
        }
        self.templatePartners = partners
        self.pairedOldTemplates = Set(partners.values)
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

    private static func table(at location: BlockLocation, in report: Report) -> Table? {
        report.blocks(in: location.container)?[location.index].table
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
