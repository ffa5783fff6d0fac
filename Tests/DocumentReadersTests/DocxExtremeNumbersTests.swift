import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import Testing

/// A clerk's 10 KB Word file killed the county's server: a list starting at `Int.max` overflowed when its second
/// paragraph was counted, and a run moved `Int.min` half-points off the line trapped when the line was found
/// (rr97 F2). Numbers a file may say, however large, are now read without overflowing.
@Suite struct DocxExtremeNumbersTests {
    typealias F = DocxFixture

    static func numbering(start: String) -> String {
        """
        <w:abstractNum w:abstractNumId="0">\
        <w:lvl w:ilvl="0"><w:start w:val="\(start)"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="0"/>\
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="\(start)"/></w:lvlOverride></w:num>
        """
    }

    static func item(_ text: String, list: Int) -> String {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    @Test(arguments: ["9223372036854775807", "9223372036854775806", "-9223372036854775808", "99999999"])
    func aListStartingAtANumberWordNeverGivesCountsFromOne(start: String) throws {
        let body = [Self.item("甲", list: 1), Self.item("乙", list: 1), Self.item("丙", list: 2), Self.item("丁", list: 2)]
        let document = try DocxReader.read(F.make(body: body.joined(), numbering: Self.numbering(start: start)))
        #expect(document.paragraphs.map(\.text) == ["1.甲", "2.乙", "1.丙", "2.丁"])
    }

    @Test func aListStartingWhereWordAllowsCountsFromThere() throws {
        let body = [Self.item("甲", list: 1), Self.item("乙", list: 1)]
        let document = try DocxReader.read(F.make(body: body.joined(), numbering: Self.numbering(start: "32767")))
        #expect(document.paragraphs.map(\.text) == ["32767.甲", "32768.乙"])
    }

    @Test(arguments: ["-9223372036854775808", "9223372036854775807", "-99999999"])
    func aRunMovedFartherThanAnyPageStaysOffTheLine(position: String) throws {
        let body =
            "<w:p><w:r><w:t>附注</w:t></w:r><w:r><w:rPr><w:position w:val=\"\(position)\"/></w:rPr>"
            + "<w:t>1</w:t></w:r></w:p>"
        let document = try DocxReader.read(F.make(body: body))
        let text = try #require(document.paragraphs.first?.text)
        #expect(text.hasPrefix("附注"))
        #expect(text != "附注1")
    }
}
