import Foundation
import ReportChecks
import ReportModel
import ReportParser
import Testing

/// A PDF whose structure is damaged but that MuPDF can rebuild is read, and the reader says it was repaired: what
/// was read may be part of the file only, and nothing else told the person so (a cut file given its `%%EOF` back read
/// its first pages as if they were the whole report).
@Suite struct RepairedPDFTests {
    /// The fixture with its `startxref` pointing at the wrong place, as a bad copy or an editor's slip leaves it.
    static func damaged() throws -> [UInt8] {
        let bytes = Array(try FixtureDocuments.data("qingshi-2024", "pdf"))
        let marker = Array("startxref".utf8)
        let start = try #require(
            bytes.indices.dropLast(marker.count).last { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        var digits = start + marker.count
        while digits < bytes.count, bytes[digits] == 0x0A || bytes[digits] == 0x0D || bytes[digits] == 0x20 {
            digits += 1
        }
        var end = digits
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
        #expect(end > digits)
        return Array(bytes[..<digits]) + Array("12".utf8) + Array(bytes[end...])
    }

    @Test func aRepairedPDFSaysItWasRepairedAndTheChecksTellIt() throws {
        let whole = try ReportParser.parse(try FixtureDocuments.data("qingshi-2024", "pdf"))
        #expect(!whole.diagnostics.contains { $0.code == .fileRepaired })
        let result = try ReportParser.parse(try Self.damaged())
        let warning = try #require(result.diagnostics.first { $0.code == .fileRepaired })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("文件已损坏"))
        // Rebuilt whole, it reads as the file before the damage.
        #expect(result.report.table(number: 3) == whole.report.table(number: 3))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.contains { $0.rule == "file-repaired" && $0.kind == .reading })
    }
}
