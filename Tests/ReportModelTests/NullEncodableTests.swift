import Foundation
import ReportModel
import Testing

/// The JSON forms keep every key: a value the report does not have is `null`, never left out.
@Suite struct NullEncodableTests {
    struct Shape: Codable, Equatable {
        let name: String
        @NullEncodable var parent: String?
        @NullEncodable var year: Int?
    }

    static func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aMissingValueIsWrittenAsNullAndReadBack() throws {
        let shape = Shape(name: "常张乡", parent: nil, year: 2024)
        let object = try Self.object(shape)
        #expect(Set(object.keys) == ["name", "parent", "year"])
        #expect(object["parent"] is NSNull)
        #expect(object["year"] as? Int == 2024)
        #expect(try JSONDecoder().decode(Shape.self, from: JSONEncoder().encode(shape)) == shape)
        // A reader of an older writer that left the key out gets nil as well
        let old = try JSONDecoder().decode(Shape.self, from: Data(#"{"name":"常张乡"}"#.utf8))
        #expect(old == Shape(name: "常张乡", parent: nil, year: nil))
    }

    @Test func aReportWithoutTitleAgencyOrYearKeepsTheirKeys() throws {
        let report = Report(
            title: nil, agency: nil, year: nil, preamble: [.paragraph(Paragraph("前言"))],
            sections: [Section(heading: "存在的主要问题及改进情况", blocks: [], sections: [])])
        let object = try Self.object(report)
        for key in ["title", "agency", "year"] { #expect(object[key] is NSNull, "\(key)") }
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.first?["number"] is NSNull)
        #expect(try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(report)) == report)
    }
}
