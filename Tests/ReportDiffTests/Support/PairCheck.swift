import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Checks that an edit script reports every change a generated pair was made with, and nothing else.
enum PairCheck {
    /// Records an issue for every difference between what the script reports and what was expected.
    static func verify(
        _ script: ReportEditScript, _ expected: ReportPair.Expected, yearMode: Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        func expectEqual<T: Hashable>(_ found: Set<T>, _ wanted: Set<T>, _ what: String) {
            #expect(
                found == wanted,
                "\(what): unexpected \(found.subtracting(wanted)), missing \(wanted.subtracting(found))",
                sourceLocation: sourceLocation)
        }
        // Cells, with their deltas.
        var cells = Set<ReportPair.Expected.CellEdit>()
        for table in script.tables {
            #expect(table.onlyOld.isEmpty && table.onlyNew.isEmpty, sourceLocation: sourceLocation)
            let number = Int(table.name.dropFirst(5)) ?? 0
            for cell in table.cells {
                cells.insert(
                    .init(
                        table: number, row: cell.rowKey, column: cell.columnKey, old: cell.old ?? "",
                        new: cell.new ?? ""))
                if let old = cell.oldValue, let new = cell.newValue {
                    #expect(cell.delta == new - old, sourceLocation: sourceLocation)
                }
            }
        }
        expectEqual(cells, Set(expected.cells), "changed cells")

        // Paragraphs outside removed sections.
        let kept = script.allSections.filter { $0.status != .removed }
        let paragraphs = (script.preamble + kept.flatMap(\.blocks)).compactMap(\.paragraph)
        expectEqual(
            Set(
                paragraphs.filter { $0.status == .modified }.map {
                    ReportPair.Expected.TextEdit(old: $0.oldText ?? "", new: $0.newText ?? "")
                }),
            Set(expected.editedParagraphs), "edited paragraphs")
        expectEqual(
            Set(paragraphs.filter { $0.isMoved }.compactMap(\.newText)), Set(expected.movedParagraphs),
            "moved paragraphs")
        expectEqual(
            Set(
                paragraphs.filter { $0.status == .added || $0.status == .removed }.map {
                    $0.oldText ?? $0.newText ?? ""
                }),
            [], "added or removed paragraphs")
        for paragraph in paragraphs where paragraph.status == .modified {
            // The new text is spelled by the equal and inserted segments.
            let spelled = paragraph.segments.filter { $0.operation != .delete }.map(\.text).joined()
            #expect(spelled == paragraph.newText, sourceLocation: sourceLocation)
        }

        // Sections.
        expectEqual(
            Set(script.allSections.filter { $0.status == .removed }.compactMap { $0.old?.heading }),
            Set(expected.deletedSections), "deleted sections")
        expectEqual(Set(script.allSections.filter { $0.status == .added }.map(\.shown.heading)), [], "added sections")
        expectEqual(
            Set(
                script.allSections.filter(\.isRenumbered).map {
                    ReportPair.Expected.Renumbering(
                        title: $0.shown.title, old: $0.old?.number ?? "", new: $0.new?.number ?? "")
                }), Set(expected.renumbered), "renumbered sections")
        expectEqual(
            Set(script.allSections.filter { $0.status.isChange && $0.status != .removed }.map(\.shown.title)),
            expected.changedSections, "changed sections")
        #expect(script.fields.isEmpty, "fields: \(script.fields)", sourceLocation: sourceLocation)

        // Findings.
        let stale = script.findings.filter { $0.kind == .staleYear }
        for finding in stale {
            #expect(
                expected.staleYearParagraphs.contains { $0.contains(finding.excerpt) }, "stale: \(finding.excerpt)",
                sourceLocation: sourceLocation)
        }
        let staleUnits = Set(stale.map(\.unit))
        #expect(staleUnits.count == expected.staleYearParagraphs.count, sourceLocation: sourceLocation)
        let carried = Set(script.findings.filter { $0.kind == .carriedOver }.map(\.excerpt))
        if yearMode {
            let unchanged = paragraphs.filter { $0.status == .unchanged || $0.status == .moved }.compactMap(\.newText)
            let long = unchanged.filter { TextKey.make($0).unicodeScalars.count >= 20 }
            expectEqual(carried, Set(long), "carried over")
        } else {
            expectEqual(carried, [], "carried over")
        }
    }
}
