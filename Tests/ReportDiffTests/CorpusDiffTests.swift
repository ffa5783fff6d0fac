import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportDiff

/// The sample reports against themselves in other layouts, year pairs made from them with known edits and one side
/// in another layout, and the real 洪泽区 2023/2024 pair.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct CorpusDiffTests {
    static func parse(_ path: String) throws -> Report {
        try ReportParser.parse(try Corpus.data(path)).report
    }

    static func reparsed(_ report: Report, in layout: ReportLayout) throws -> Report {
        try ReportParser.parse(Array(LayoutRenderer(layout: layout, seed: 3).render(report).utf8)).report
    }

    /// The layouts a sample can be written in and read back. `pdfLayout` wraps the preamble of a report without a
    /// title (seed 001) so that its first line reads as a title; that is a limit of the round trip, not a change.
    static func layouts(for report: Report) -> [ReportLayout] {
        report.title == nil ? ReportLayout.faithful.filter { $0 != .pdfLayout } : ReportLayout.faithful
    }

    /// Whether a changed cell lies in a row where the sample lacks cells. No layout can write a missing cell: the
    /// layout renderer writes it blank, and a row whose first cells are blank may be read back with its cells
    /// shifted (the layouts' noise drops leading empty cells). Seed 003's truncated table 3 has such rows.
    static func inRowWithMissingCells(_ cell: CellChange, of report: Report) -> Bool {
        report.tables.contains {
            $0.table.rows.contains { $0.key == cell.rowKey && $0.cells.contains(where: \.isMissing) }
        }
    }

    /// The changes a layout round trip may show: only cells of rows where the sample lacks cells.
    static func onlyMissingCellsWrittenBlank(_ script: ReportEditScript, _ report: Report) -> Bool {
        script.fields.isEmpty && script.changedParagraphs.isEmpty
            && script.allSections.allSatisfy { $0.status == .unchanged || $0.status == .modified }
            && script.allSections.filter { $0.status == .modified }.allSatisfy { section in
                section.blocks.allSatisfy { $0.paragraph == nil || $0.status == .unchanged } && !section.isRetitled
            }
            && script.changedCells.allSatisfy { inRowWithMissingCells($0, of: report) }
            && script.tables.allSatisfy { $0.onlyOld.isEmpty && $0.onlyNew.isEmpty }
    }

    @Test(arguments: Corpus.seedNames)
    func aSampleInAnotherLayoutIsNoChange(name: String) throws {
        let report = try Self.parse("seeds/" + name)
        let missing = report.tables.reduce(0) { $0 + $1.table.missingCount }
        for layout in Self.layouts(for: report) {
            let other = try Self.reparsed(report, in: layout)
            let script = DiffEngine().diff(from: report, to: other)
            let rendered = TextDiffRenderer(colour: false).render(script)
            #expect(Self.onlyMissingCellsWrittenBlank(script, report), "\(name) in \(layout): \(rendered.prefix(2000))")
            if missing == 0 { #expect(!script.hasChanges, "\(name) in \(layout)") }
        }
    }

    @Test(arguments: Corpus.seedNames)
    func aYearPairFromASampleReportsItsEdits(name: String) throws {
        let old = try Self.parse("seeds/" + name)
        let year = try #require(old.year)
        var new = ReportPairGenerator.movingYears(of: old, by: 1, from: year)
        var expectedCells: Set<String> = []
        for (number, row, column, text) in [(3, "received", "natural-person", "12"), (3, "total", "total", "15")] {
            guard let cell = new.table(number: number)?.cell(row: row, column: column), cell.text != nil else {
                continue
            }
            new.modifyTable(number: number) { $0.setText(text, row: row, column: column) }
            expectedCells.insert("\(row):\(column):\(text)")
        }
        // The first long paragraph of section 一 (or of its first subsection that has one) gets a clause.
        let candidates = [[0]] + new.sections[0].sections.indices.map { [0, $0] }
        let path = try #require(
            candidates.first { path in
                new.section(at: path)?.blocks.contains { ($0.paragraph?.text.count ?? 0) > 30 } == true
            })
        new.modifySection(at: path) { section in
            guard let index = section.blocks.firstIndex(where: { ($0.paragraph?.text.count ?? 0) > 30 }) else { return }
            section.blocks[index] = .paragraph(Paragraph((section.blocks[index].paragraph?.text ?? "") + "群众满意度明显提升。"))
        }
        var allowed = Set((1...path.count).compactMap { new.section(at: Array(path.prefix($0)))?.title })
        allowed.insert("收到和处理政府信息公开申请情况")
        if old.tables.contains(where: { $0.table.missingCount > 0 }) { allowed.insert("主动公开政府信息情况") }
        for layout in [ReportLayout.tabRows, .cellPerLinePipe, .inlinePipes] {
            let parsed = try Self.reparsed(new, in: layout)
            let script = DiffEngine().diff(from: old, to: parsed)
            #expect(script.yearShift == YearShift(from: year, to: year + 1))
            // Rows where the sample lacks cells do not survive a layout (seed 003); every other change is intended.
            let cells = script.changedCells.filter { !Self.inRowWithMissingCells($0, of: old) || $0.new == "12" }
            #expect(
                Set(cells.map { "\($0.rowKey):\($0.columnKey):\($0.new ?? "")" }) == expectedCells, "\(name) \(layout)")
            let modified = script.changedParagraphs
            #expect(modified.count == 1 && modified.first?.status == .modified, "\(name) \(layout): \(modified)")
            #expect(modified.first?.segments.last { $0.operation == .insert }?.text == "群众满意度明显提升。")
            let changed = Set(script.allSections.filter { $0.status.isChange }.map(\.shown.title))
            #expect(changed.isSubset(of: allowed), "\(name) \(layout): \(changed)")
            #expect(script.fields.isEmpty)
        }
    }

    @Test func seed003StillSpeaksOf2023WhenMovedOnFromA2023Version() throws {
        // Seed 003 (2024) says 2023年 in section 五, copied from last year. Its 2023 version (every year one back,
        // except that sentence, which said 2023年 then too) makes the finding.
        let current = try Self.parse("seeds/003_a04c1cce206c730a.txt")
        var previous = ReportPairGenerator.movingYears(of: current, by: -1, from: 2024)
        let five = try #require(current.sections.firstIndex { $0.templateSlot == 5 })
        previous.sections[five].blocks[0] = current.sections[five].blocks[0]
        let script = DiffEngine().diff(from: previous, to: current)
        let stale = script.findings.filter { $0.kind == .staleYear }
        #expect(stale.count == 1)
        #expect(stale.first?.year == 2023)
        #expect(stale.first?.excerpt.hasPrefix("2023年") == true)
        #expect(!script.hasChanges)
    }

    @Test func theRealHongzePair() throws {
        let old = try Self.parse("real/hongze-2023-pdftotext-layout.txt")
        let new = try Self.parse("real/hongze-2024-pdftotext-layout.txt")
        let script = DiffEngine().diff(from: old, to: new)
        #expect(script.yearShift == YearShift(from: 2023, to: 2024))
        let received = try #require(script.changedCells.first { $0.rowKey == "received" && $0.columnKey == "total" })
        #expect(received.oldValue == 21 && received.newValue == 95 && received.delta == 74)
        #expect(script.allSections.allSatisfy { $0.status != .added && $0.status != .removed })
        // The text rendering gives each changed row one line, its 总计 last.
        let text = TextDiffRenderer(colour: false).render(script)
        let row = try #require(text.split(separator: "\n").first { $0.contains("本年新收") })
        #expect(row.hasSuffix("总计 21→95（+74）"))
        #expect(!text.contains("table3") && !text.contains("section:"))
    }
}
