import Foundation
import ReportChecks
import ReportDiff
import ReportModel

/// A report laid out for the report page: its sections flattened in reading order (each with its depth), their
/// paragraphs and tables, and beside each section the check findings that point into it. Findings that point to
/// no section (a missing title, the year) are listed for the whole report. The comments (批注) are shown right after
/// the unit they are on (``attach(_:in:)``).
struct DocumentView {
    /// A paragraph or a table, with the comments on it (a table's cell comments go after the cell's row).
    struct BlockView {
        let isParagraph: Bool
        let text: String
        let isTable: Bool
        var table: [TableView]
        var comments: [CommentsView.Thread] = []
        var hasComments = false
    }

    /// One section (or the preamble) with its blocks and the findings beside it.
    struct SectionView {
        let anchor: String
        let hasHeading: Bool
        let heading: String
        let depth: Int
        /// The heading element's level (`h2` for 一、, down to `h5`).
        let level: Int
        var blocks: [BlockView]
        var notes: [FindingView]
        let hasNotes: Bool
        /// The section's indices from the top level down (0-based); `nil` for the preamble.
        let path: [Int]?
        /// The comments on the section or its heading, shown under the heading.
        var comments: [CommentsView.Thread] = []
        var hasComments = false
    }

    var sections: [SectionView]
    /// Every finding, numbered, in the checker's order (most serious first).
    var findings: [FindingView]
    /// The findings that point to no section.
    var general: [FindingView]
    /// The findings as the checks gave them, in the same order (finding `n` is `sources[n - 1]`).
    let sources: [Finding]
    let hasFindings: Bool
    /// How many findings the county dismissed (不予采纳): they no longer count (``showDecisions(_:form:)``).
    var dismissedCount = 0
    var hasDismissed = false
    /// `（3 个不予采纳，不计入）` after the list's heading.
    var dismissedLine = ""
    /// The words of the page's review (``ReviewWords``).
    let reviewWords: ReviewWords
    /// Whether the session decides findings here (the list then has the forms).
    var canDecide = false

    /// Lays out a report with its findings, in the page's words.
    init(_ report: Report, findings: [Finding], words: ReviewWords = PageWords.chinese.review) {
        reviewWords = words
        let locator = FindingLocator(report: report)
        var placed: [Int: [FindingView]] = [:]
        var marks: [Int: TableView.Marks] = [:]
        var all: [FindingView] = []
        var general: [FindingView] = []
        for (offset, finding) in findings.enumerated() {
            let number = offset + 1
            let place = locator.locate(finding.place)
            let view = FindingView(finding, number: number, target: place?.anchor, words: words)
            all.append(view)
            guard let place else {
                general.append(view)
                continue
            }
            placed[place.section, default: []].append(view)
            if let table = place.table, let row = finding.place.rowKey {
                let marker = FindingMarker(number: number, severity: finding.severity.rawValue)
                if let column = finding.place.columnKey {
                    marks[table, default: .init()].cells[TableView.Marks.cellKey(row: row, column: column), default: []]
                        .append(marker)
                } else {
                    marks[table, default: .init()].rows[row, default: []].append(marker)
                }
            }
        }
        self.findings = all
        self.general = general
        sources = findings
        hasFindings = !findings.isEmpty
        sections = locator.sections.enumerated().map { index, entry in
            let blocks = entry.blocks.map { block -> BlockView in
                switch block {
                case .paragraph(let paragraph):
                    return BlockView(isParagraph: true, text: paragraph.text, isTable: false, table: [])
                case .table(let table, let tableIndex, let anchor):
                    let view = TableView(
                        table, anchor: anchor, marks: marks[tableIndex] ?? .init(), words: words)
                    return BlockView(isParagraph: false, text: "", isTable: true, table: [view])
                }
            }
            let notes = placed[index] ?? []
            return SectionView(
                anchor: entry.anchor, hasHeading: entry.heading != nil, heading: entry.heading ?? "",
                depth: entry.depth, level: min(entry.depth + 1, 5), blocks: blocks, notes: notes,
                hasNotes: !notes.isEmpty, path: entry.path)
        }
    }

    /// Places each comment right after its unit in the report shown: under a section's heading, after a paragraph
    /// or table, after a cell's row.
    ///
    /// - Returns: The ids of the comments placed (one on a unit this revision does not have is not).
    mutating func attach(_ threads: [CommentsView.Thread], in report: Report) -> Set<String> {
        var placed: Set<String> = []
        let index = UnitIndex(report)
        for thread in threads {
            guard let position = UnitID(thread.unit).flatMap(index.position(of:)),
                let section = sections.firstIndex(where: { $0.path == position.section })
            else { continue }
            placed.insert(thread.id)
            guard let block = position.block, sections[section].blocks.indices.contains(block) else {
                sections[section].comments.append(thread)
                sections[section].hasComments = true
                continue
            }
            if let row = position.row, !sections[section].blocks[block].table.isEmpty,
                sections[section].blocks[block].table[0].attach(thread, row: row)
            {
                continue
            }
            sections[section].blocks[block].comments.append(thread)
            sections[section].blocks[block].hasComments = true
        }
        return placed
    }
}

/// Finds where in a report a finding's place is: the section with those headings, the table of that number.
struct FindingLocator {
    /// A block with its table's running number and anchor.
    enum LocatedBlock {
        case paragraph(Paragraph)
        case table(Table, index: Int, anchor: String)
    }

    /// A section (or the preamble) in reading order.
    struct Entry {
        var anchor: String
        /// The section's indices from the top level down (0-based); `nil` for the preamble.
        var path: [Int]?
        var heading: String?
        var headings: [String]
        var depth: Int
        var blocks: [LocatedBlock]
    }

    /// Where a finding points: the section it is shown beside, the table (by running number) and the anchor.
    struct Location {
        var section: Int
        var table: Int?
        var anchor: String
    }

    private(set) var sections: [Entry] = []
    /// The first table of each template number: its running number, anchor and section.
    private var templateTables: [Int: (index: Int, anchor: String, section: Int)] = [:]

    init(report: Report) {
        var tableCount = 0
        var grids = 0
        var copies: [Int: Int] = [:]
        func located(_ blocks: [Block], section: Int) -> [LocatedBlock] {
            blocks.map { block in
                switch block {
                case .paragraph(let paragraph): return .paragraph(paragraph)
                case .table(let table):
                    tableCount += 1
                    let anchor: String
                    if let number = table.templateDefinition?.table, templateTables[number] == nil {
                        anchor = "t\(number)"
                        templateTables[number] = (tableCount, anchor, section)
                        copies[number] = 1
                    } else if let number = table.templateDefinition?.table, let copy = copies[number] {
                        // (a second table 3 — last year's left above this year's — is no other table: `t3-copy2`)
                        copies[number] = copy + 1
                        anchor = "t\(number)-copy\(copy + 1)"
                    } else {
                        grids += 1
                        anchor = "g\(grids)"
                    }
                    return .table(table, index: tableCount, anchor: anchor)
                }
            }
        }
        if !report.preamble.isEmpty {
            sections.append(Entry(anchor: "preamble", path: nil, heading: nil, headings: [], depth: 1, blocks: []))
            sections[0].blocks = located(report.preamble, section: 0)
        }
        func walk(_ children: [Section], parents: [String], path: [Int]) {
            for (index, section) in children.enumerated() {
                let headings = parents + [section.heading]
                let position = path + [index + 1]
                let entry = sections.count
                sections.append(
                    Entry(
                        anchor: "s-" + position.map(String.init).joined(separator: "-"),
                        path: position.map { $0 - 1 }, heading: section.heading,
                        headings: headings, depth: position.count, blocks: []))
                sections[entry].blocks = located(section.blocks, section: entry)
                walk(section.sections, parents: headings, path: position)
            }
        }
        walk(report.sections, parents: [], path: [])
    }

    /// The location of a place, or `nil` for one that points to no section or table of the report.
    func locate(_ place: Place) -> Location? {
        if let number = place.table, let table = templateTables[number] {
            var anchor = table.anchor
            if let row = place.rowKey {
                anchor =
                    place.columnKey.map { TableView.anchor(table.anchor, row, $0) }
                    ?? TableView.anchor(table.anchor, row)
            }
            return Location(section: table.section, table: table.index, anchor: anchor)
        }
        guard !place.section.isEmpty,
            let index = sections.lastIndex(where: { $0.headings == place.section })
                ?? sections.lastIndex(where: { !$0.headings.isEmpty && place.section.starts(with: $0.headings) })
        else { return nil }
        return Location(section: index, table: nil, anchor: sections[index].anchor)
    }
}
