import Foundation

/// The edit script as JSON: a ``DiffDocument`` with sorted keys (see `Schema/diff-json.md`).
public struct JSONDiffRenderer: DiffRenderer {
    /// Creates a renderer.
    public init() {}

    /// Renders an edit script as JSON text.
    ///
    /// - Throws: ``DiffError/encodingFailed(format:reason:)`` if the encoder refuses a value.
    public func render(_ script: ReportEditScript) throws(DiffError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(Self.document(script)), as: UTF8.self) + "\n"
        } catch {
            throw .encodingFailed(format: "JSON", reason: "\(error)")
        }
    }

    /// The JSON document of an edit script.
    public static func document(_ script: ReportEditScript) -> DiffDocument {
        var sections: [DiffDocument.SectionEntry] = []
        var paragraphs: [DiffDocument.ParagraphEntry] = []
        var tables: [DiffDocument.TableEntry] = []
        var cells: [DiffDocument.ChangedCell] = []
        func side(_ side: SectionSide?) -> DiffDocument.SectionSideEntry? {
            side.map {
                .init(
                    unit: $0.unit.description, heading: $0.heading, number: $0.number, numberPath: $0.numberPath,
                    title: $0.title)
            }
        }
        func blocks(_ list: [BlockDiff], section: [String]) {
            for block in list {
                switch block {
                case .paragraph(let paragraph) where paragraph.status.isChange:
                    paragraphs.append(
                        .init(
                            unit: paragraph.unit.description, section: section, status: paragraph.status,
                            moved: paragraph.isMoved, oldUnit: paragraph.oldUnit?.description, old: paragraph.oldText,
                            new: paragraph.newText,
                            segments: paragraph.segments.map {
                                .init(op: $0.operation, text: $0.text, oldText: $0.oldText)
                            }))
                case .paragraph:
                    continue
                case .table(let table):
                    tables.append(
                        .init(
                            unit: table.unit.description, table: table.name, section: section, status: table.status,
                            oldTemplate: table.oldTemplate, newTemplate: table.newTemplate,
                            templateChanged: table.templateChanged, cellsChanged: table.cells.count,
                            onlyOld: table.onlyOld, onlyNew: table.onlyNew))
                    for cell in table.cells {
                        cells.append(
                            .init(
                                unit: cell.unit.description, table: table.name,
                                template: table.newTemplate ?? table.oldTemplate,
                                section: section, row: cell.row, column: cell.column, rowKey: cell.rowKey,
                                columnKey: cell.columnKey, old: cell.old, new: cell.new, oldValue: cell.oldValue,
                                newValue: cell.newValue, delta: cell.delta))
                    }
                }
            }
        }
        blocks(script.preamble, section: [])
        for section in script.allSections {
            let shown = section.shown
            sections.append(
                .init(
                    unit: section.unit.description, status: section.status, depth: shown.path.count,
                    numberPath: shown.numberPath, title: shown.title, moved: section.isMoved,
                    renumbered: section.isRenumbered, retitled: section.isRetitled, old: side(section.old),
                    new: side(section.new)))
            blocks(section.blocks, section: shown.numberPath)
        }
        let summary = DiffSummary(script)
        return DiffDocument(
            format: "nianbao-diff", version: DiffDocument.currentVersion, old: script.old, new: script.new,
            yearShift: script.yearShift,
            summary: .init(
                sectionsAdded: summary.sections[.added, default: 0],
                sectionsRemoved: summary.sections[.removed, default: 0],
                sectionsModified: summary.sections[.modified, default: 0],
                sectionsMoved: summary.sections[.moved, default: 0],
                sectionsRenumbered: summary.sections[.renumbered, default: 0],
                paragraphsAdded: summary.paragraphs[.added, default: 0],
                paragraphsRemoved: summary.paragraphs[.removed, default: 0],
                paragraphsModified: summary.paragraphs[.modified, default: 0],
                paragraphsMoved: summary.paragraphs[.moved, default: 0], cellsChanged: summary.cells,
                findings: summary.findings),
            fields: script.fields, sections: sections, paragraphs: paragraphs, tables: tables, cells: cells,
            findings: script.findings)
    }
}
