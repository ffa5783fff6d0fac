import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Mutated .docx, PDF and HTML files: each reads or fails with a clear error; none crashes or hangs.
@Suite struct DocumentFuzzTests {
    enum Mutation: CaseIterable {
        case flipBytes, truncate, insertGarbage, zeroBlock
    }

    static func mutated(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        var result = bytes
        switch random.pick(Mutation.allCases) {
        case .flipBytes:
            for _ in 0..<random.int(1...20) {
                let index = random.int(0...(result.count - 1))
                result[index] ^= UInt8(truncatingIfNeeded: random.int(1...255))
            }
        case .truncate:
            result = Array(result.prefix(random.int(0...(result.count - 1))))
        case .insertGarbage:
            let index = random.int(0...result.count)
            result.insert(
                contentsOf: (0..<random.int(1...64)).map { _ in UInt8(truncatingIfNeeded: random.int(0...255)) },
                at: index)
        case .zeroBlock:
            let start = random.int(0...(result.count - 1))
            for index in start..<min(result.count, start + random.int(1...512)) { result[index] = 0 }
        }
        return result
    }

    @Test(arguments: ["docx", "pdf", "word.html", "cms.html"])
    func mutatedFilesReadOrFailClearly(format: String) async throws {
        let original = Array(try FixtureDocuments.data("qingshi-2024", format))
        for seed in UInt64(1)...12 {
            let bytes = Self.mutated(original, seed: seed &* 7919 &+ UInt64(format.utf8.count))
            do {
                let result = try await FixtureDocuments.offPool { try ReportParser.parse(bytes) }
                // What was read is a report; its tables keep the template's shape.
                for (_, table) in result.report.tables where table.template != nil {
                    #expect(table.rows.count == table.templateDefinition?.dataRows.count)
                }
            } catch {
                #expect(!"\(error)".isEmpty, "seed \(seed)")
            }
        }
    }

    @Test(arguments: [
        ([UInt8](), "empty"), (Array("%PDF-1.4\n%%EOF\n".utf8), "PDF without pages"),
        ([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), "empty zip"),
        (Array("<html><body><div id=\"nav\"><a href=\"/\">首页</a></div></body></html>".utf8), "page without text"),
    ])
    func emptyDocumentsAreRefused(bytes: [UInt8], name: String) {
        #expect(throws: ParseError.self, "\(name)") { try ReportParser.parse(bytes) }
    }

    @Test func aDocumentThatIsNotAReportIsRefused() throws {
        let page = "<html><head><meta charset=\"utf-8\"></head><body><h1>通知</h1><p>明天上午开会。</p></body></html>"
        #expect {
            try ReportParser.parse(Array(page.utf8))
        } throws: { error in
            guard case ParseError.notAReport = error else { return false }
            return true
        }
    }
}
