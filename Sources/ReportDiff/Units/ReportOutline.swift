import ReportModel

/// Every section of one report with its heading read once: its number, title, unit id and number path.
///
/// Reading a heading is the costly part of naming a unit; a diff names hundreds of units, so it reads each
/// heading once, here.
struct ReportOutline: Sendable {
    /// What is known of one section.
    struct Entry: Sendable {
        let text: String
        let heading: Heading
        let unit: UnitID
        let numberPath: [String]
    }

    private var entries: [[Int]: Entry] = [:]

    /// Reads the outline of a report.
    ///
    /// - Complexity: O(s) in the number of sections.
    init(_ report: Report) {
        walk(report.sections, path: [], unit: .report, numberPath: [], reusing: nil)
    }

    /// Reads the outline of a report, reusing what another outline read of headings that are the same, byte for
    /// byte, at the same place (two versions of one report share most headings).
    init(_ report: Report, reusing other: ReportOutline, of otherReport: Report) {
        walk(report.sections, path: [], unit: .report, numberPath: [], reusing: (other, otherReport))
    }

    private mutating func walk(
        _ sections: [Section], path: [Int], unit: UnitID, numberPath: [String],
        reusing other: (outline: ReportOutline, report: Report)?
    ) {
        let otherSiblings = other.map {
            path.isEmpty ? $0.report.sections : $0.report.section(at: path)?.sections ?? []
        }
        let headings = sections.indices.map { index in
            if let other, let otherSiblings, otherSiblings.indices.contains(index),
                otherSiblings[index].heading.hasSameBytes(as: sections[index].heading),
                let known = other.outline.entries[path + [index]]?.heading
            {
                return known
            }
            return Heading(sections[index].heading)
        }
        let names = UnitNaming.names(ofHeadings: headings)
        for (index, section) in sections.enumerated() {
            let heading = headings[index]
            let entry = Entry(
                text: section.heading, heading: heading, unit: unit.appending(.section(names[index])),
                numberPath: numberPath + [heading.number?.text ?? heading.title])
            entries[path + [index]] = entry
            walk(section.sections, path: path + [index], unit: entry.unit, numberPath: entry.numberPath, reusing: other)
        }
    }

    /// The entry of a section path.
    func entry(_ path: [Int]) -> Entry? { entries[path] }

    /// The headings of the subsections of a parent (`[]` for the top level), read once.
    func headings(under parent: [Int], count: Int) -> [Heading] {
        (0..<count).map { entries[parent + [$0]]?.heading ?? Heading("") }
    }

    /// The unit id of a container.
    func unit(of container: BlockContainer) -> UnitID {
        switch container {
        case .preamble: UnitID([.preamble])
        case .section(let path): entries[path]?.unit ?? .report
        }
    }

    /// The number path of a container (empty for the preamble).
    func numberPath(of container: BlockContainer) -> [String] {
        container.sectionPath.flatMap { entries[$0]?.numberPath } ?? []
    }

    /// One side of an aligned section.
    func side(_ path: [Int], in report: Report) -> SectionSide? {
        guard let entry = entries[path] else { return nil }
        return SectionSide(
            path: path, unit: entry.unit, heading: entry.text, number: entry.heading.number?.text,
            numberPath: entry.numberPath, title: entry.heading.title)
    }
}
