import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// What a reader sees in the text and HTML renderings: changed cells one line per row with the row's 总计, places
/// in the report's words (never a unit id, a template id or a key), and every finding in full.
@Suite struct RendererWordingTests {
    /// A year pair where two cells of one row of table 3 change (one of them 总计), table 2 changes format, a
    /// paragraph moves to another subsection, a count jumps and a long paragraph is carried over.
    static let script: ReportEditScript = {
        var old = ReportGenerator().make(seed: 9)
        old.modifyTable(number: 3) { table in
            table.setText("10", row: "received", column: "natural-person")
            table.setText("21", row: "received", column: "total")
            table.setText("0", row: "received", column: "business")
        }
        var generator = ReportGenerator(year: 2025)
        generator.table2Format2019 = true
        var new = ReportPairGenerator.movingYears(of: old, by: 1, from: 2024)
        new.modifyTable(number: 3) { table in
            table.setText("12", row: "received", column: "natural-person")
            table.setText("150", row: "received", column: "business")
            table.setText("173", row: "received", column: "total")
        }
        var random = SeededRandom(seed: 1)
        new.sections[1].blocks = [.table(generator.makeTables(&random).table2)]
        let moved = new.sections[0].sections[0].blocks.remove(at: 1)
        new.sections[0].sections[3].blocks.append(moved)
        return DiffEngine().diff(from: old, to: new)
    }()

    static let ids = [
        "section:", "paragraph:", "table:", "cell:", "table3", "table2-", "table3-2021", "received", "natural-person",
    ]

    @Test func textGroupsChangedCellsByRow() throws {
        let text = TextDiffRenderer(colour: false).render(Self.script)
        let row = try #require(text.split(separator: "\n").first { $0.contains("本年新收") })
        #expect(row.contains("自然人 10→12（+2），商业企业 0→150（+150）；总计 21→173（+152）"), "\(row)")
        #expect(text.split(separator: "\n").filter { $0.contains("本年新收") && !$0.contains("：") }.count == 1)
    }

    @Test func textShowsNoIDs() {
        let text = TextDiffRenderer(colour: false).render(Self.script)
        for id in Self.ids { #expect(!text.contains(id), "the text shows \(id)") }
        #expect(text.contains("表二（2021 年版 → 2019 年版）"))
        #expect(text.contains("（移自 一、（一）第 2 段）"))
    }

    @Test func htmlGroupsCellsShowsNoIDsAndListsEveryFinding() throws {
        let html = HTMLDiffRenderer().renderBody(Self.script)
        for id in Self.ids { #expect(!html.contains(id), "the page shows \(id)") }
        #expect(html.contains("<th scope=\"row\">本年新收</th>"))
        #expect(html.contains("总计</th>"))
        #expect(!html.contains("overflow"))
        let findings = try #require(html.range(of: "<section id=\"findings\">"))
        let listed = html[findings.lowerBound...].components(separatedBy: "<li>").count - 1
        #expect(listed >= Self.script.findings.count)
        #expect(html.contains("请核实"))
    }

    @Test func everyFindingIsListedInFullInText() {
        let text = TextDiffRenderer(colour: false).render(Self.script)
        for finding in Self.script.findings { #expect(text.contains(finding.excerpt)) }
        #expect(Self.script.findings.contains { $0.kind == .implausibleChange })
    }
}
