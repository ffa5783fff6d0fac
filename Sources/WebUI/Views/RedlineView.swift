import Foundation
import ReportDiff
import ReportModel
import ReportRepository

/// A diff as Word's 修订 shows it: the newer report's text in reading order, what was deleted struck (`<del>`),
/// what was inserted underlined (`<ins>`), within a changed paragraph letter by letter (ReportDiff's character
/// diff), and in the tables each changed cell with its old value struck beside the new one. Printable: the form a
/// reviewer attaches to a 退回.
struct RedlineView {
    /// A piece of text: the same on both sides, deleted or inserted.
    struct Piece {
        let text: String
        let isDel: Bool
        let isIns: Bool
        /// Stored, not computed: templates see stored properties only.
        let isSame: Bool

        static func same(_ text: String) -> Piece { Piece(text: text, isDel: false, isIns: false, isSame: true) }
        static func del(_ text: String) -> Piece { Piece(text: text, isDel: true, isIns: false, isSame: false) }
        static func ins(_ text: String) -> Piece { Piece(text: text, isDel: false, isIns: true, isSame: false) }
    }

    /// A paragraph, a table, or a table that was removed.
    struct Block {
        let isParagraph: Bool
        let pieces: [Piece]
        let isTable: Bool
        let table: [TableView]
        let isRemovedTable: Bool
        let removedCaption: String
        let isAddedTable: Bool
    }

    /// A section with its heading (changed or not) and blocks.
    struct Section {
        let hasHeading: Bool
        let heading: [Piece]
        let level: Int
        let depth: Int
        let blocks: [Block]
    }

    let title: [Piece]
    let sections: [Section]
    let hasChanges: Bool
    /// How many insertions, deletions and changed cells the page marks.
    let insertions: Int
    let deletions: Int
    let cells: Int

    /// The redline of an edit script.
    init(_ script: ReportEditScript, words: PageWords = .chinese) {
        var tables = 0
        func blocks(_ diffs: [BlockDiff]) -> [Block] {
            diffs.map { diff in
                switch diff {
                case .paragraph(let paragraph):
                    return Block(
                        isParagraph: true, pieces: Self.pieces(paragraph), isTable: false, table: [],
                        isRemovedTable: false, removedCaption: "", isAddedTable: false)
                case .table(let table):
                    tables += 1
                    guard let new = table.new else {
                        let caption = words.redline.removedCaption(table.old?.templateDefinition)
                        return Block(
                            isParagraph: false, pieces: [], isTable: false, table: [], isRemovedTable: true,
                            removedCaption: caption, isAddedTable: false)
                    }
                    var changes: [String: String?] = [:]
                    for cell in table.cells {
                        changes[TableView.Marks.cellKey(row: cell.rowKey, column: cell.columnKey)] = cell.old
                    }
                    let anchor = "r\(tables)"
                    return Block(
                        isParagraph: false, pieces: [], isTable: true,
                        table: [
                            TableView(new, anchor: anchor, marks: .init(), changes: changes, words: words.review)
                        ],
                        isRemovedTable: false, removedCaption: "", isAddedTable: table.status == .added)
                }
            }
        }
        var sections: [Section] = []
        if !script.preamble.isEmpty {
            sections.append(
                Section(hasHeading: false, heading: [], level: 2, depth: 1, blocks: blocks(script.preamble)))
        }
        for section in script.allSections {
            let depth = max(1, section.shown.path.count)
            sections.append(
                Section(
                    hasHeading: !section.shown.heading.isEmpty, heading: Self.heading(section),
                    level: min(depth + 1, 5), depth: depth, blocks: blocks(section.blocks)))
        }
        self.sections = sections
        let titleChange = script.fields.first { $0.unit == UnitID([.title]) }
        if let titleChange, titleChange.old != titleChange.new {
            title = [titleChange.old.map(Piece.del), titleChange.new.map(Piece.ins)].compactMap { $0 }
        } else {
            title = [.same(script.new.title ?? "")]
        }
        hasChanges = script.hasChanges
        let all = sections.flatMap { $0.heading + $0.blocks.flatMap(\.pieces) }
        insertions = all.filter(\.isIns).count
        deletions = all.filter(\.isDel).count
        cells = script.changedCells.count
    }

    /// A paragraph's pieces: letter by letter when it was modified.
    static func pieces(_ paragraph: ParagraphDiff) -> [Piece] {
        switch paragraph.status {
        case .added: return [.ins(paragraph.newText ?? "")]
        case .removed: return [.del(paragraph.oldText ?? "")]
        case .modified:
            guard !paragraph.segments.isEmpty else {
                return [paragraph.oldText.map(Piece.del), paragraph.newText.map(Piece.ins)].compactMap { $0 }
            }
            return paragraph.segments.map { segment in
                switch segment.operation {
                case .equal: .same(segment.text)
                case .delete: .del(segment.text)
                case .insert: .ins(segment.text)
                }
            }
        case .moved, .renumbered, .unchanged: return [.same(paragraph.newText ?? paragraph.oldText ?? "")]
        }
    }

    /// A section's heading: struck when removed, underlined when added, both when it was renumbered or retitled.
    static func heading(_ section: SectionDiff) -> [Piece] {
        switch (section.old, section.new) {
        case (nil, let new?): return [.ins(new.heading)]
        case (let old?, nil): return [.del(old.heading)]
        case (let old?, let new?) where old.heading != new.heading && (section.isRenumbered || section.isRetitled):
            return [.del(old.heading), .ins(new.heading)]
        default: return [.same(section.shown.heading)]
        }
    }
}
