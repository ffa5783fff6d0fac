import Foundation
import ReportModel
import Testing

@Suite struct CanonicalObjectTests {
    static func sampleReport() throws -> Report {
        let template = try #require(TemplateCatalog.standard.table(id: "table3-2021"))
        var table3 = Table(template: template)
        for (index, (row, cell)) in table3.cells.enumerated() {
            table3.setText(String(index), row: row.key, column: cell.column)
        }
        table3.setText(nil, row: "carry-forward", column: "total")
        let grid = Table(
            template: nil, columns: [TableColumn(key: "a", path: ["甲"])],
            rows: [TableRow(key: "r", path: ["行"], cells: [Cell(column: "a", text: "1")])])
        return Report(
            title: "瓦岗寨乡2023年政府信息公开工作年度报告", agency: "瓦岗寨乡", year: 2023,
            preamble: [.paragraph(Paragraph("根据……要求，编制本报告。"))],
            sections: [
                Section(
                    heading: "一、总体情况", blocks: [.paragraph(Paragraph("2023年，……"))],
                    sections: [Section(heading: "(一) 主动公开信息情况：", blocks: [.paragraph(Paragraph("同一段"))])]),
                Section(heading: "三、收到和处理政府信息公开申请情况", blocks: [.table(table3), .table(grid)]),
                Section(heading: "六、其他需要报告的事项", blocks: [.paragraph(Paragraph("同一段"))]),
            ])
    }

    @Test func reportSurvivesTheObjectGraph() throws {
        // Given a report with paragraphs, a template table with a missing cell and a grid
        let report = try Self.sampleReport()
        // When it is cut into objects and put back together
        let (root, objects) = ObjectGraph.objects(of: report)
        let store = Dictionary(uniqueKeysWithValues: objects.map { ($0.id, $0.bytes) })
        let rebuilt = try ObjectGraph.report(root: root) { store[$0] }
        // Then it is the same report, and the root is the last object
        #expect(rebuilt == report)
        #expect(objects.last?.id == root)
        #expect(rebuilt.table(number: 3)?.cell(row: "carry-forward", column: "total")?.isMissing == true)
    }

    @Test func identicalPiecesAreStoredOnce() throws {
        let report = try Self.sampleReport()
        let (_, objects) = ObjectGraph.objects(of: report)
        let paragraphs = objects.filter { $0.kind == .paragraph }
        // "同一段" appears twice but is one object.
        #expect(paragraphs.count == 3)
        #expect(Set(objects.map(\.id)).count == objects.count)
    }

    @Test func changingOneCellChangesOnlyItsPath() throws {
        let report = try Self.sampleReport()
        var edited = report
        guard case .table(var table) = edited.sections[1].blocks[0] else {
            Issue.record("expected table 3")
            return
        }
        table.setText("99", row: "received", column: "business")
        edited.sections[1].blocks[0] = .table(table)
        let before = Set(ObjectGraph.objects(of: report).objects.map(\.id))
        let after = ObjectGraph.objects(of: edited).objects
        let new = after.filter { !before.contains($0.id) }
        // The row, the table, the section and the root: nothing else.
        #expect(new.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.report, .row, .section, .table])
    }

    @Test func corruptBytesAreRefused() throws {
        let report = try Self.sampleReport()
        let (root, objects) = ObjectGraph.objects(of: report)
        var store = Dictionary(uniqueKeysWithValues: objects.map { ($0.id, $0.bytes) })
        let paragraph = try #require(objects.first { $0.kind == .paragraph })
        store[paragraph.id]?[30] ^= 0x01
        #expect(throws: ModelError.self) { try ObjectGraph.report(root: root) { store[$0] } }
        store[paragraph.id] = nil
        #expect(throws: ModelError.missingObject(paragraph.id, referencedBy: root)) {
            try ObjectGraph.report(root: root) { store[$0] }
        }
    }

    @Test(arguments: [
        "nianbao-object 1 paragraph\ntext 01:a\n",  // leading zero
        "nianbao-object 1 paragraph\ntext 2:a\n",  // length past the end
        "nianbao-object 1 paragraph\n",  // missing field
        "nianbao-object 1 paragraph\ntext 1:a\ntext 1:b\n",  // extra field
        "nianbao-object 2 paragraph\ntext 1:a\n",  // unknown version
        "nianbao-object 1 poem\ntext 1:a\n",  // unknown kind
        "nianbao-object 1 paragraph\ntext 1:a",  // no final line feed
        "nianbao-object 1 paragraph\ntext  1:a\n",  // two spaces
        "nianbao-object 1 section\nheading 1:a\nblock section:0000000000000000000000000000000000000000000000000000000000000000\n",
    ])
    func malformedBytesAreRefused(text: String) {
        #expect(throws: ModelError.self) { try CanonicalObject.decode(Array(text.utf8)) }
    }

    @Test func revisionTimeRoundTripsToTheSecond() throws {
        let record = RevisionContent(
            report: ReportKey(agency: "a", year: 2024), root: CanonicalObject.paragraph("x").id, parents: [],
            author: "me", node: "n", time: Date(timeIntervalSince1970: 1_700_000_000.75), message: "m")
        #expect(record.timeText == "2023-11-14T22:13:20Z")
        let decoded = try CanonicalObject.decode(CanonicalObject.revision(record).encoded())
        #expect(decoded == .revision(record))
    }

    @Test func aRevisionsParentsAreReadFromItsLeadingFieldsAlone() throws {
        // Given revisions with none, one and two parents, diagnostics after them
        let root = CanonicalObject.paragraph("x").id
        func revision(_ parents: [ObjectID]) -> RevisionContent {
            RevisionContent(
                report: ReportKey(agency: "a", year: 2024), root: root, parents: parents, author: "王芳", node: "n",
                time: Date(timeIntervalSince1970: 1_700_000_000), message: "m",
                diagnostics: [Diagnostic(.warning, line: 7, code: .paragraphJoined, "合并")])
        }
        let first = revision([])
        let edit = revision([CanonicalObject.revision(first).id])
        let merge = revision([CanonicalObject.revision(edit).id, CanonicalObject.revision(first).id])
        // Then the parents read alone are those the whole decoding gives
        for record in [first, edit, merge] {
            let bytes = CanonicalObject.revision(record).encoded()
            #expect(CanonicalObject.revisionParents(in: bytes) == record.parents)
        }
        // And bytes of another kind, or whose leading fields are malformed, give none
        #expect(CanonicalObject.revisionParents(in: CanonicalObject.paragraph("x").encoded()) == nil)
        let malformed = Array(ObjectKind.revision.headerLine) + Array("report 1:a\n".utf8)
        #expect(CanonicalObject.revisionParents(in: malformed) == nil)
        let noRoot = Array(ObjectKind.revision.headerLine) + Array("report 1:a 4:2024\nauthor 1:x\n".utf8)
        #expect(CanonicalObject.revisionParents(in: noRoot) == nil)
    }
}
