import Foundation
import ReportFixtures
import ReportModel
import Testing

/// The Swift encoding against the vectors written from `Schema/canonical-encoding.md` by a separate script.
@Suite struct CanonicalVectorTests {
    struct Vector: Decodable {
        let name: String
        let bytes: String
        let sha256: String
    }

    struct VectorFile: Decodable {
        let version: Int
        let vectors: [Vector]
    }

    static let vectors: [String: Vector] = {
        let url = Corpus.packageRoot.appendingPathComponent("Schema/canonical-vectors.json")
        guard let data = FileManager.default.contents(atPath: url.path),
            let file = try? JSONDecoder().decode(VectorFile.self, from: data)
        else { return [:] }
        return Dictionary(uniqueKeysWithValues: file.vectors.map { ($0.name, $0) })
    }()

    /// The model values the vectors describe, built through the model's own API.
    static func objects() throws -> [String: CanonicalObject] {
        var objects: [String: CanonicalObject] = [:]
        let p1 = CanonicalObject.paragraph("本报告中使用数据统计期限为2024年1月1日至12月31日。")
        let p2 = CanonicalObject.paragraph("")
        let p3 = CanonicalObject.paragraph("第一行\n\t第二行　末尾")
        objects["paragraph"] = p1
        objects["paragraph-empty"] = p2
        objects["paragraph-multiline"] = p3
        let template = try #require(TemplateCatalog.standard.table(id: "table4-2021"))
        var table = Table(template: template)
        for (index, column) in template.columns.enumerated() where index < 14 {
            table.setText(index == 0 ? "　0" : String(index), row: "cases", column: column.key)
        }
        let (_, tableObjects) = ObjectGraph.objects(
            of: Report(sections: [Section(heading: "x", blocks: [.table(table)])]))
        let row = try #require(tableObjects.first { $0.kind == .row })
        let tableObject = try #require(tableObjects.first { $0.kind == .table })
        objects["row-template"] = try row.decoded()
        objects["table-template"] = try tableObject.decoded()
        let gridRow = CanonicalObject.row(
            RowNode(key: "合计", path: ["合计"], cells: [Cell(column: "数量", text: "12"), Cell(column: "占比", text: "—")]))
        objects["row-grid"] = gridRow
        objects["table-grid"] = .table(
            TableNode(
                template: nil, columns: [TableColumn(key: "数量", path: ["数量"]), TableColumn(key: "占比", path: ["占比"])],
                rows: [gridRow.id]))
        let leaf = CanonicalObject.section(
            SectionNode(
                heading: "（一）主动公开情况",
                blocks: [BlockReference(kind: .paragraph, id: p1.id), BlockReference(kind: .paragraph, id: p3.id)],
                sections: []))
        objects["section-leaf"] = leaf
        let section = CanonicalObject.section(
            SectionNode(
                heading: "一、总体情况", blocks: [BlockReference(kind: .table, id: tableObject.id)], sections: [leaf.id]))
        objects["section"] = section
        let report = CanonicalObject.report(
            ReportNode(
                title: "常张乡人民政府2024年政府信息公开工作年度报告", agency: "常张乡人民政府", year: 2024,
                blocks: [BlockReference(kind: .paragraph, id: p2.id)], sections: [section.id]))
        objects["report"] = report
        let unknown = CanonicalObject.report(ReportNode(title: nil, agency: nil, year: nil, blocks: [], sections: []))
        objects["report-unknown"] = unknown
        let first = RevisionContent(
            report: ReportKey(agency: "changzhang", year: 2024), root: report.id, parents: [], author: "李明",
            node: "changzhang", time: Date(timeIntervalSince1970: 1_736_299_800), message: "导入2024年报告")
        objects["revision-first"] = .revision(first)
        var otherParent = CanonicalObject.revision(first).id.hex
        otherParent = (otherParent.first == "0" ? "1" : "0") + otherParent.dropFirst()
        let merge = RevisionContent(
            report: ReportKey(agency: "changzhang", year: 2024), root: unknown.id,
            parents: [CanonicalObject.revision(first).id, try #require(ObjectID(hex: otherParent))], author: "county",
            node: "county", time: Date(timeIntervalSince1970: 1_737_360_005), message: "")
        objects["revision-merge"] = .revision(merge)
        let blob = CanonicalObject.blob(Array("%PDF-1.7\n常张乡人民政府2024年报\n".utf8))
        objects["blob"] = blob
        var original = first
        original.original = OriginalReference(name: "常张乡2024年报.pdf", format: "pdf", parts: [blob.id])
        original.diagnostics = [
            Diagnostic(
                .warning, line: 42, code: .tableUnreadable, "表四无法从文本中可靠读取，请核对原件",
                subject: DiagnosticSubject(table: 4, text: "行政复议 1 0")),
            Diagnostic(.note, line: nil, code: .pageNumbers, "页码已略去"),
        ]
        objects["revision-original"] = .revision(original)
        return objects
    }

    @Test func vectorFileIsThere() {
        #expect(Self.vectors.count == 15)
    }

    @Test(arguments: [
        "paragraph", "paragraph-empty", "paragraph-multiline", "row-template", "table-template", "row-grid",
        "table-grid", "section-leaf", "section", "report", "report-unknown", "revision-first", "revision-merge", "blob",
        "revision-original",
    ])
    func modelEncodesLikeTheVector(name: String) throws {
        let vector = try #require(Self.vectors[name])
        let object = try #require(try Self.objects()[name])
        let bytes = object.encoded()
        #expect(String(decoding: bytes, as: UTF8.self) == vector.bytes)
        #expect(object.id.hex == vector.sha256)
        #expect(try CanonicalObject.decode(Array(vector.bytes.utf8)) == object)
    }
}
