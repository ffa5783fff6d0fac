import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The real reports, damaged the ways copying and converting damage text (lines deleted, duplicated, joined, cut):
/// whatever the parser reads, a cell's value is a word of the damaged text, never digits glued together.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct CorpusFuzzTests {
    /// The text with a few random line edits.
    static func damaged(_ text: String, random: inout SeededRandom) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<random.int(1...6) where lines.count > 2 {
            let index = random.int(0...(lines.count - 2))
            switch random.int(0...3) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines[index] += random.chance(0.5) ? " " + lines.remove(at: index + 1) : lines.remove(at: index + 1)
            default:
                let characters = Array(lines[index])
                guard characters.count > 2 else { continue }
                let cut = random.int(1...(characters.count - 1))
                lines[index] = String(characters[..<cut])
                lines.insert(String(characters[cut...]), at: index + 1)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: Corpus.seedNames.map { "seeds/\($0)" } + Corpus.realNames.map { "real/\($0)" })
    func damagedTextNeverYieldsAValueThatIsNotOneOfItsWords(path: String) throws {
        let text = String(decoding: try Corpus.data(path), as: UTF8.self)
        var random = SeededRandom(seed: UInt64(path.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        for attempt in 0..<40 {
            let damaged = Self.damaged(text, random: &random)
            guard let parsed = try? ReportParser.parse(text: damaged) else { continue }
            let strays = CellValuePropertyTests.valuesAreWords(parsed.report, of: damaged)
            #expect(strays == [], "\(path), attempt \(attempt)")
        }
    }
}
