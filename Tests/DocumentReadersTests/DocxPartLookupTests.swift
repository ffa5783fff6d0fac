import DocumentLayout
import ReportFixtures
import Testing

@testable import DocxReader

/// A Word file's parts and its chunks' relationships are found without reading the zip's directory or the list of
/// relationships again for each: a 4.5 MB file of 5,000 `w:altChunk` references and 50,000 empty zip entries was
/// read for minutes, a 176 KB one of 20,000 references for 38 s (rv107 F13).
@Suite struct DocxPartLookupTests {
    typealias F = DocxFixture

    @Test func manyChunksAndZipEntriesAreLookedUpInLinearWork() throws {
        // Given a document of 1,000 chunks in RTF (left out unread), 10 text chunks naming parts that are not there,
        // and 1,000 more empty zip entries
        let namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
        let targets = (0..<1_000).map { "chunk\($0).rtf" } + (0..<10).map { "missing\($0).txt" }
        let body = targets.indices.map { "<w:altChunk xmlns:r=\"\(namespace)\" r:id=\"c\($0)\"/>" }.joined()
        let relationships = targets.enumerated().map { index, target in
            "<Relationship Id=\"c\(index)\" Type=\"\(type)\" Target=\"\(target)\"/>"
        }
        let bytes = try F.make(
            body: F.p("一、总体情况") + body, relationships: relationships.joined(),
            parts: (0..<1_000).map { ("d/\($0)", "") })
        // When it is read
        let package = try DocxPackage(bytes)
        let document = try DocxReader.read(package)
        // Then its text is read, and the zip's entries were read once and each chunk's relationship found by its id:
        // 1,006 entries and 1,010 chunks, where a walk of the directory for each part looked for (two for a part that
        // is not there) and of the relationships for each chunk make over 500,000 steps
        #expect(document.paragraphs.map(\.text) == ["一、总体情况"])
        #expect(package.lookupSteps <= 1_006 + 1_010 + 10)
    }
}
