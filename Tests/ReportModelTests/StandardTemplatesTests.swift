import Foundation
import Testing

@testable import ReportModel

/// The templates every process uses (``TemplateCatalog/standard``) are Swift values written from
/// `Schema/templates/*.json` (`Sources/ReportModel/Templates/StandardTemplates.swift`), so that no command pays for
/// decoding the JSON. The JSON stays the specification: these tests fail when the written values and the files say
/// different things, and `NIANBAO_WRITE_TEMPLATES=1 swift test --filter StandardTemplatesTests` writes the file anew
/// after a template is changed.
@Suite struct StandardTemplatesTests {
    private static let decoded = Result { try TemplateCatalog(files: EmbeddedFiles.contents) }
    private static let sourceFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ReportModel/Templates/StandardTemplates.swift")

    @Test func theBuiltInTemplatesAreTheJSONFiles() throws {
        let decoded = try Self.decoded.get()
        #expect(TemplateCatalog.standard.sections == decoded.sections)
        #expect(TemplateCatalog.standard.tables == decoded.tables)
        #expect(
            TemplateCatalog.standard.tables.map(\.id) == [
                "table2-2019", "table2-2021", "table3-2019", "table3-2021", "table4-2021",
            ])
    }

    @Test func theWrittenFileIsWhatTheJSONFilesGive() throws {
        let expected = StandardTemplatesSource.text(of: try Self.decoded.get())
        if ProcessInfo.processInfo.environment["NIANBAO_WRITE_TEMPLATES"] == "1" {
            try Data(expected.utf8).write(to: Self.sourceFile, options: .atomic)
        }
        let written = try String(contentsOf: Self.sourceFile, encoding: .utf8)
        #expect(
            written == expected,
            "StandardTemplates.swift is not what Schema/templates gives: run NIANBAO_WRITE_TEMPLATES=1 swift test --filter StandardTemplatesTests"
        )
    }

    @Test func aColumnsUnitIsWrittenAsDecoded() throws {
        let source = StandardTemplatesSource.text(of: try Self.decoded.get())
        #expect(source.contains(#"ColumnTemplate(key: "fee-amount""#))
        #expect(source.contains(#"unit: .amount("万元")"#))
        #expect(StandardTemplatesSource.literal("a\"b\\c\nd") == #""a\"b\\c\nd""#)
    }
}

/// Writes a catalog as the Swift source of `StandardTemplates.swift`.
enum StandardTemplatesSource {
    static func text(of catalog: TemplateCatalog) -> String {
        var out = """
            // swift-format-ignore-file
            // Written from Schema/templates/*.json by StandardTemplatesTests: do not edit; change the JSON, then run
            // NIANBAO_WRITE_TEMPLATES=1 swift test --filter StandardTemplatesTests.

            /// The templates of `Schema/templates/` as Swift values (``TemplateCatalog/standard``).
            enum StandardTemplates {
                /// `sections.json`.
                static let sections: [SectionTemplate] = [

            """
        for section in catalog.sections {
            out += "        SectionTemplate(slot: \(section.slot), numeral: \(literal(section.numeral)), "
            out += "title: \(literal(section.title)), variants: \(literal(section.variants)), "
            out += "table: \(section.table.map(String.init) ?? "nil"), prompt: \(literal(section.prompt))),\n"
        }
        out += "    ]\n\n    /// The `table*.json` files, in the order of their names.\n"
        out += "    static let tables: [TableTemplate] = [\n"
        for table in catalog.tables {
            out += "        TableTemplate(\n"
            out += "            id: \(literal(table.id)), table: \(table.table), format: \(table.format), "
            out += "name: \(literal(table.name)),\n"
            out += "            source: \(literal(table.source)), markers: \(literal(table.markers)), "
            out += "anchors: \(literal(table.anchors)),\n"
            out += "            note: \(literal(table.note)),\n            columns: [\n"
            for column in table.columns {
                out += "                ColumnTemplate(key: \(literal(column.key)), path: \(literal(column.path)), "
                out += "variants: \(literal(column.variants)), decimal: \(column.decimal), "
                out += "signed: \(column.signed), unit: \(literal(column.unit))),\n"
            }
            out += "            ],\n            rows: [\n"
            for row in table.rows {
                out += "                RowTemplate(key: \(literal(row.key)), path: \(literal(row.path)), "
                out += "variants: \(literal(row.variants)), group: \(row.group), "
                out += "columns: \(row.columns.map { literal($0) } ?? "nil"), optional: \(row.optional)),\n"
            }
            out += "            ]),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    static func literal(_ unit: ColumnUnit) -> String {
        switch unit {
        case .count: ".count"
        case .amount(let name): ".amount(\(literal(name)))"
        }
    }

    static func literal(_ texts: [String]) -> String { "[" + texts.map(literal).joined(separator: ", ") + "]" }

    static func literal(_ text: String?) -> String { text.map(literal) ?? "nil" }

    /// A Swift string literal of the text.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
