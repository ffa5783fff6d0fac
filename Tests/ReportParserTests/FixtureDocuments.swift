import Foundation
import ReportModel
import ReportParser

/// The fixtures made from the real national template by `Scripts/tools/make_docx_fixtures.py`: each report as
/// .docx, as the PDF LibreOffice made of it, and as Word's plain-text export, with its expected table rows.
enum FixtureDocuments {
    static let names = ["qingshi-2024", "dazhuang-2023"]
    static let formats = ["docx", "pdf", "txt", "word.html", "cms.html"]

    struct Expected: Decodable {
        struct Row: Decodable {
            let table: Int
            let row: String
            let values: [String]
        }

        let agency: String
        let year: Int
        let rows: [Row]
    }

    static func url(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name).\(ext)"])
        }
        return url
    }

    static func data(_ name: String, _ ext: String) throws -> Data {
        try Data(contentsOf: url(name, ext))
    }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: data(name, "expected.json"))
    }

    static func parse(_ name: String, _ ext: String) async throws -> ParseResult {
        let bytes = try data(name, ext)
        return try await offPool { try ReportParser.parse(bytes) }
    }

    /// Parses on a Dispatch queue, off Swift concurrency's cooperative pool (two threads on the build machine): a
    /// document takes long in a debug build, and other suites' tests that wait on the pool must not starve.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// The cells of the template row a printed label names (the one data row when the label is empty).
    static func cells(of report: Report, table number: Int, label: String) -> [String]? {
        guard let table = report.table(number: number), let template = table.templateDefinition else { return nil }
        let row =
            label.isEmpty
            ? template.dataRows.first
            : template.dataRows.first { row in ([row.label] + row.variants).contains { LabelKey($0) == LabelKey(label) }
            }
        guard let row else { return nil }
        return table.rows.first { $0.key == row.key }?.cells.map { $0.text ?? "[缺失]" }
    }

    /// Paragraph text without white space of any width, for comparing formats.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// The outline of a report: each heading with its depth.
    static func outline(_ report: Report) -> [String] {
        func walk(_ sections: [Section], _ depth: Int) -> [String] {
            sections.flatMap { ["\(depth) \(squeezed($0.heading))"] + walk($0.sections, depth + 1) }
        }
        return walk(report.sections, 0)
    }

    /// Every paragraph of a report in order, white space removed.
    static func paragraphs(_ report: Report) -> [String] {
        func walk(_ section: Section) -> [String] {
            section.blocks.compactMap(\.paragraph).map { squeezed($0.text) } + section.sections.flatMap(walk)
        }
        return report.preamble.compactMap(\.paragraph).map { squeezed($0.text) } + report.sections.flatMap(walk)
    }
}
