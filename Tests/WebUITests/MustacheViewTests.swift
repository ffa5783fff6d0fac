import Mustache
import Testing

@testable import WebUI

/// A view read through its field index (``MustacheView``) renders exactly as the same view read through `Mirror`:
/// fields found by name, optionals unwrapped, and names a view lacks looked for further up the context stack.
@Suite struct MustacheViewTests {
    struct PlainRow {
        let label: String
        let value: Int?
    }

    struct Plain {
        let name: String
        let count: Int
        let note: String?
        let missing: String?
        let flag: Bool
        let rows: [PlainRow]
    }

    struct IndexedRow: MustacheView {
        let label: String
        let value: Int?
    }

    struct Indexed: MustacheView {
        let name: String
        let count: Int
        let note: String?
        let missing: String?
        let flag: Bool
        let rows: [IndexedRow]
    }

    static let template = """
        {{name}} {{count}} {{#note}}[{{.}}]{{/note}}{{^missing}}none{{/missing}}{{#flag}} yes{{/flag}}
        {{#rows}}{{label}}={{value}}{{^value}}-{{/value}} of {{name}}, {{nothing}};{{/rows}}{{undefined}}
        """

    @Test func rendersAsThroughMirror() throws {
        let library = MustacheLibrary(templates: ["page": try MustacheTemplate(string: Self.template)])
        let rows = [("本年新收", 21), ("上年结转", nil), ("<办结>", 0)]
        let plain = Plain(
            name: "常张乡", count: 3, note: "注", missing: nil, flag: true,
            rows: rows.map { PlainRow(label: $0.0, value: $0.1) })
        let indexed = Indexed(
            name: "常张乡", count: 3, note: "注", missing: nil, flag: true,
            rows: rows.map { IndexedRow(label: $0.0, value: $0.1) })
        let expected = try #require(library.render(plain, withTemplate: "page"))
        #expect(expected.contains("上年结转=- of 常张乡"), "\(expected)")
        #expect(library.render(indexed, withTemplate: "page") == expected)
    }

    @Test func fieldsAreFoundByNameAndOptionalsUnwrapped() {
        let view = Indexed(name: "大庄乡", count: 2, note: "注", missing: nil, flag: false, rows: [])
        #expect(view.child(named: "name") as? String == "大庄乡")
        #expect(view.child(named: "count") as? Int == 2)
        #expect(view.child(named: "note") as? String == "注")
        #expect(view.child(named: "missing") == nil)
        #expect(view.child(named: "flag") as? Bool == false)
        #expect(view.child(named: "nothing") == nil)
        #expect(IndexedRow(label: "x", value: 5).child(named: "value") as? Int == 5)
    }
}
