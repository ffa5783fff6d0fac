import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportDiff

/// A paragraph both years share word for word, at a section's start, holding a run of 20 or more digits (a file
/// number, an account) killed the county's server each time the year comparison was opened: the run's value
/// overflowed while looking for a year in it (rr97 F2). Only a run of four digits is a year.
@Suite struct LongDigitRunTests {
    @Test func aLongRunOfDigitsIsNoYearAndTheComparisonIsMade() throws {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let opening = try #require(lines.firstIndex { $0.hasPrefix("根据《中华人民共和国政府信息公开条例》相关规定") })
        lines.insert(contentsOf: ["本乡政务公开档案号12345678901234567890123。", ""], at: opening)
        let newText = lines.joined(separator: "\n")
        let oldText = newText.replacingOccurrences(of: "2024", with: "2023")
        let script = DiffEngine().diff(
            from: try ReportParser.parse(text: oldText).report, to: try ReportParser.parse(text: newText).report)
        #expect(script.yearShift == YearShift(from: 2023, to: 2024))
        let shift = YearShift(from: 2023, to: 2024)
        #expect(!DiffContext.mentionsYear("档案号12345678901234567890123。", of: shift))
        #expect(!DiffContext.mentionsYear(String(repeating: "9", count: 40), of: shift))
        #expect(DiffContext.mentionsYear("统计期限自2023年1月1日起", of: shift))
        #expect(DiffContext.mentionsYear("2022", of: shift))
    }
}
