import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// The property that `merge3 BASE OURS THEIRS` and `merge3 BASE THEIRS OURS` agree: over random edits to every
/// kind of unit on both sides — fields, headings, paragraphs (within and across sections), tables, cells,
/// sections, orders — including both sides adding the same unit alike but not equal (a space, a bracket's width,
/// a number typed with a full-width space), the conflicts are mirrored and each choice of sides gives the same
/// report.
@Suite struct MergeSymmetryTests {
    static let base = ReportGenerator().make(seed: 41)

    /// One random edit; `variant` picks between alike-but-not-equal versions and different ones.
    enum Edit: CaseIterable {
        case title, heading, paragraphStart, paragraphEnd, paragraphNumber, replaceParagraph, deleteParagraph
        case addParagraph, moveParagraphAcross, reorderParagraphs, cell, cellAlike, addSection, deleteSection
        case reorderSections, addTable

        /// Texts that compare equal but differ to the letter (variants 0–2) or differ (3).
        static func alike(_ text: String, _ variant: Int) -> String {
            switch variant {
            case 0: text
            case 1: text.replacingOccurrences(of: "，", with: "， ")
            case 2: text.replacingOccurrences(of: "，", with: ",")
            default: text.replacingOccurrences(of: "，", with: "，并")
            }
        }

        func apply(to report: inout Report, _ random: inout SeededRandom) {
            let variant = random.int(0...3)
            let subsections = report.sections[0].sections.count
            guard subsections >= 2 else { return }
            let subsection = min(random.int(0...4), subsections - 1)
            switch self {
            case .title:
                report.title = Self.alike("常张乡人民政府，2024年政府信息公开工作年度报告", variant)
            case .heading:
                report.sections[0].sections[subsection].heading = Self.alike(
                    "（\(ChineseNumerals.string(subsection + 1))）情况，概述", variant)
            case .paragraphStart, .paragraphEnd, .paragraphNumber, .replaceParagraph:
                let blocks = report.sections[0].sections[subsection].blocks
                guard !blocks.isEmpty, let text = blocks[0].paragraph?.text else { return }
                let edited: String
                switch self {
                case .paragraphStart: edited = Self.alike("今年以来，", variant) + text
                case .paragraphEnd: edited = text + Self.alike("取得成效，群众满意。", variant)
                case .paragraphNumber: edited = text.replacingOccurrences(of: "。", with: "，共\(100 + variant)件。")
                default: edited = Self.alike("本年度，全面完成各项任务，工作扎实推进。", variant)
                }
                report.sections[0].sections[subsection].blocks[0] = .paragraph(Paragraph(edited))
            case .deleteParagraph:
                if !report.sections[4].blocks.isEmpty {
                    report.sections[4].blocks.remove(at: random.int(0...(report.sections[4].blocks.count - 1)))
                }
            case .addParagraph:
                let text = Self.alike("下一步，我们将建立健全信息发布协调机制，提升公开质量。", variant)
                report.sections[4].blocks.insert(
                    .paragraph(Paragraph(text)), at: random.int(0...report.sections[4].blocks.count))
            case .moveParagraphAcross:
                guard report.sections[0].sections[0].blocks.count > 1 else { return }
                let block = report.sections[0].sections[0].blocks.remove(at: 1)
                report.sections[0].sections[min(2 + variant % 3, subsections - 1)].blocks.append(block)
            case .reorderParagraphs:
                report.sections[4].blocks.reverse()
            case .cell:
                report.modifyTable(number: 3) { $0.setText("\(300 + variant)", row: "received", column: "business") }
            case .cellAlike:
                report.modifyTable(number: 4) { table in
                    let text = table.cell(row: "cases", column: "review.upheld")?.text ?? "0"
                    table.setText(
                        ["\u{3000}" + text, text + " ", text, "9\(text)"][variant], row: "cases",
                        column: "review.upheld")
                }
            case .addSection:
                let heading = Self.alike("（六）其他事项，说明", variant % 3)
                let body = Self.alike("本年度无其他需要报告的事项，特此说明。", variant)
                report.sections[5].sections.append(Section(heading: heading, blocks: [.paragraph(Paragraph(body))]))
            case .deleteSection:
                report.sections[0].sections.remove(at: min(1 + variant % 3, subsections - 1))
            case .reorderSections:
                report.sections[0].sections.swapAt(0, min(1 + variant % 3, subsections - 1))
            case .addTable:
                let columns = [TableColumn(key: "项目", path: ["项目"]), TableColumn(key: "数量", path: ["数量"])]
                let rows = [
                    TableRow(
                        key: "培训", path: ["培训"],
                        cells: [
                            Cell(column: "项目", text: "培训"), Cell(column: "数量", text: ["3", "3 ", "３", "4"][variant]),
                        ])
                ]
                report.sections[5].blocks.append(.table(Table(template: nil, columns: columns, rows: rows)))
            }
        }
    }

    static func edited(_ random: inout SeededRandom) -> Report {
        var report = base
        let count = random.int(1...4)
        for _ in 0..<count { random.pick(Edit.allCases).apply(to: &report, &random) }
        return report
    }

    @Test(arguments: UInt64(1)...UInt64(120))
    func theOrderOfTheSidesDoesNotMatter(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let ours = Self.edited(&random)
        let theirs = Self.edited(&random)
        let forward = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let backward = ReportMerge.merge(base: Self.base, ours: theirs, theirs: ours)
        #expect(Set(forward.conflicts) == Set(backward.conflicts.map(\.mirrored)), "seed \(seed)")
        if forward.isClean { #expect(forward.merged == backward.merged, "seed \(seed)") }
        #expect(forward.resolvingAll(with: .ours).merged == backward.resolvingAll(with: .theirs).merged, "seed \(seed)")
        #expect(forward.resolvingAll(with: .theirs).merged == backward.resolvingAll(with: .ours).merged, "seed \(seed)")
    }

    /// Both sides add the same unit alike but not equal, of every kind: no conflict, and one result either way.
    @Test(arguments: [
        Edit.title, .heading, .paragraphStart, .replaceParagraph, .addParagraph, .cellAlike, .addSection, .addTable,
    ])
    func bothAddingAlikeButNotEqual(_ edit: Edit) {
        for (oursVariant, theirsVariant) in [(0, 1), (1, 2), (0, 2)] {
            var ours = Self.base
            var theirs = Self.base
            var oursRandom = VariantRandom(variant: oursVariant)
            var theirsRandom = VariantRandom(variant: theirsVariant)
            edit.apply(to: &ours, &oursRandom.random)
            edit.apply(to: &theirs, &theirsRandom.random)
            let forward = ReportMerge.merge(base: Self.base, ours: ours, theirs: theirs)
            let backward = ReportMerge.merge(base: Self.base, ours: theirs, theirs: ours)
            #expect(forward.isClean && backward.isClean, "\(edit): \(forward.conflicts.map(\.unit))")
            #expect(forward.merged == backward.merged, "\(edit) \(oursVariant)/\(theirsVariant)")
        }
    }
}

/// A random source whose first draw (the edit's variant) is fixed and whose other draws are 0.
struct VariantRandom {
    var random: SeededRandom

    init(variant: Int) {
        // SeededRandom.int draws uniformly; take the first seed whose first draw in 0...3 is the variant and whose
        // second draw in 0...4 is 0 (the first subsection), so that both sides edit the same place.
        let seed =
            (UInt64(1)...UInt64(10_000)).first { seed in
                var probe = SeededRandom(seed: seed)
                return probe.int(0...3) == variant && probe.int(0...4) == 0
            } ?? 1
        random = SeededRandom(seed: seed)
    }
}
