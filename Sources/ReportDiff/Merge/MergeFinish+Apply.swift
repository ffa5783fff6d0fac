import ReportModel

extension MergeFinish {
    /// Puts the replacement where the unit stands in a merged report; `false` when the unit is not found there.
    ///
    /// A paragraph is found by its text among the paragraphs of its section (its number may have changed, since the
    /// merge may have added or dropped paragraphs before it), else by its number.
    func apply(to unit: UnitID, in report: inout Report) -> Bool {
        if unit.isParagraph {
            return replaceParagraph(unit, in: &report)
        }
        guard let text = replacement.first, let location = UnitIndex(report).location(of: unit) else { return false }
        switch location {
        case .field(.title):
            report.title = text
        case .field(.agency):
            report.agency = text
        case .field(.year):
            guard let year = Int(text) else { return false }
            report.year = year
        case .heading(let path):
            report.modifySection(at: path) { $0.heading = text }
        case .cell(let container, let index, let row, let column):
            var blocks = report.blocks(in: container) ?? []
            guard blocks.indices.contains(index), var table = blocks[index].table,
                table.setText(text, row: row, column: column)
            else { return false }
            blocks[index] = .table(table)
            report.setBlocks(blocks, in: container)
        default:
            return false
        }
        return true
    }

    private func replaceParagraph(_ unit: UnitID, in report: inout Report) -> Bool {
        let found = UnitIndex(report)
        guard let parent = unit.parent, case .container(let container)? = found.location(of: parent),
            var blocks = report.blocks(in: container)
        else { return false }
        let index =
            blocks.indices.first { blocks[$0].paragraph?.text == anchor }
            ?? {
                guard case .block(_, let index)? = found.location(of: unit), blocks[index].paragraph != nil
                else { return nil }
                return index
            }()
        guard let index else { return false }
        blocks.replaceSubrange(index...index, with: replacement.map { .paragraph(Paragraph($0)) })
        report.setBlocks(blocks, in: container)
        return true
    }
}

extension Report {
    /// Replaces the blocks of a container; does nothing when there is none.
    mutating func setBlocks(_ blocks: [Block], in container: BlockContainer) {
        switch container {
        case .preamble: preamble = blocks
        case .section(let path): modifySection(at: path) { $0.blocks = blocks }
        }
    }
}
