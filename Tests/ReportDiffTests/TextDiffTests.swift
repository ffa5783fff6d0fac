import ReportFixtures
import Testing

@testable import ReportDiff

/// The character-level diff of Chinese text: numbers whole, phrases whole, whitespace and width no change.
@Suite struct TextDiffTests {
    /// Renders segments as `[-old-]{+new+}` for compact expectations.
    static func marked(_ result: TextDiffResult) -> String {
        result.segments.map { segment in
            switch segment.operation {
            case .equal: segment.text
            case .delete: "[-\(segment.text)-]"
            case .insert: "{+\(segment.text)+}"
            }
        }.joined()
    }

    @Test func numbersStayWhole() {
        let result = TextDiff.compare("本年共收到申请133件，办结120件。", "本年共收到申请150件，办结128件。")
        #expect(Self.marked(result) == "本年共收到申请[-133-]{+150+}件，办结[-120-]{+128+}件。")
    }

    @Test func scatteredCharactersBecomeOnePhrase() {
        let result = TextDiff.compare("进一步加强监督检查工作。", "持续强化督查工作。")
        let marked = Self.marked(result)
        #expect(marked.hasSuffix("工作。"))
        // One replacement, not a scatter.
        #expect(result.segments.filter { $0.operation != .equal }.count == 2)
    }

    @Test func whitespaceAndWidthAreNoChange() {
        let result = TextDiff.compare("大庄乡 2024 年（一）强化领导:", "大庄乡2024年(一)强化领导：")
        #expect(!result.hasChanges)
    }

    @Test func yearMovingOnIsNoChange() {
        let shift = YearShift(from: 2023, to: 2024)
        let result = TextDiff.compare("2023年较2022年增长", "2024年较2023年增长", shift: shift)
        #expect(!result.hasChanges)
        #expect(result.staleYears.isEmpty)
    }

    @Test func staleYearIsFoundAndNotAChange() {
        let shift = YearShift(from: 2023, to: 2024)
        let result = TextDiff.compare("2023年，我乡信息公开工作取得成效。", "2023年，我乡信息公开工作取得成效。", shift: shift)
        #expect(!result.hasChanges)
        #expect(result.staleYears == [StaleYear(year: 2023, excerpt: "2023年，")])
    }

    @Test func newTextIsSpelledExactly() {
        let old = "我们将其置于重要战略位置，与其他核心工作同规划。"
        let new = "我们 将其置于突出位置，与其他中心工作同规划、同部署。"
        let result = TextDiff.compare(old, new)
        #expect(result.segments.filter { $0.operation != .delete }.map(\.text).joined() == new)
        #expect(result.segments.filter { $0.operation != .insert }.map { $0.oldText ?? $0.text }.joined() == old)
    }

    @Test func oldTextIsSpelledExactlyAcrossTheYearShift() {
        let old = "2023年，我乡 全年收到申请（共133件）。"
        let new = "2024年，我乡全年收到申请(共150件)，较2023年增加。"
        let result = TextDiff.compare(old, new, shift: YearShift(from: 2023, to: 2024))
        #expect(result.segments.filter { $0.operation != .delete }.map(\.text).joined() == new)
        #expect(result.segments.filter { $0.operation != .insert }.map { $0.oldText ?? $0.text }.joined() == old)
        #expect(result.segments.first?.oldText?.hasPrefix("2023年") == true)
    }
}

/// The token diff: a shortest edit script, the same length as the standard library's, that spells both sides.
@Suite struct TokenDiffTests {
    @Test(arguments: UInt64(1)...UInt64(40))
    func shortestScriptSpellsBothSides(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let old = (0..<random.int(0...60)).map { _ in random.int(0...5) }
        var new = old
        for _ in 0..<random.int(0...(seed % 5 == 0 ? 300 : 12)) {
            if !new.isEmpty, random.chance(0.5) {
                new.remove(at: random.int(0...(new.count - 1)))
            } else {
                new.insert(random.int(0...7), at: random.int(0...new.count))
            }
        }
        let runs = TokenDiff.runs(from: old, to: new)
        #expect(runs.flatMap { Array(old[$0.old]) } == old)
        #expect(runs.flatMap { Array(new[$0.new]) } == new)
        for run in runs where run.isEqual { #expect(Array(old[run.old]) == Array(new[run.new])) }
        let edits = runs.filter { !$0.isEqual }.reduce(0) { $0 + $1.old.count + $1.new.count }
        #expect(edits == new.difference(from: old).count)
    }
}
