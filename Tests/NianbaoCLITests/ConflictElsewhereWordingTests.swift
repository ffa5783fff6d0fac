import Testing

@testable import NianbaoCLI

/// After a push meets a conflict that is only on the other node, the summary sends the clerk to pull first — not to
/// `nianbao conflicts`, which has none here yet — and two lines with no common version are not said to have both
/// changed "since 开始" (ux96 finding 16).
@Suite struct ConflictElsewhereWordingTests {
    @Test func aConflictOnlyOnTheOtherNodeIsPulledFirst() {
        // Given a conflict the push met on the county, not known here
        let text = SyncMessage.openConflicts([
            (name: "长子县常张乡人民政府 2024 年度报告", report: "changzhang/2024", versions: nil)
        ]).text
        // Then the summary says to pull, then merge
        #expect(text.contains("请先 nianbao pull，再 nianbao merge changzhang/2024 合并"), "\(text)")
        #expect(!text.contains("nianbao conflicts"), "\(text)")
    }

    @Test func aConflictHereIsListedAsBefore() {
        let text = SyncMessage.openConflicts([
            (name: "长子县常张乡人民政府 2024 年度报告", report: "changzhang/2024", versions: 2)
        ]).text
        #expect(text.contains("（2 个版本） 有未解决的冲突：每个版本都保留着。`nianbao conflicts` 列出它们"), "\(text)")
        #expect(!text.contains("nianbao pull"))
    }

    @Test func linesWithNoCommonVersionAreSaidSo() {
        let pushed = SyncMessage.pushConflict(
            remote: "county", current: nil, yours: "第 1 版", base: nil, report: "changzhang/2024"
        ).text
        #expect(pushed.contains("和你的 第 1 版 没有共同的版本，内容不同；"), "\(pushed)")
        #expect(!pushed.contains("开始"), "\(pushed)")
        let pulled = SyncMessage.headConflict(
            draft: "第 10 版", source: "从 county 拉取", revision: "第 1 版", base: nil, report: "changzhang/2024"
        ).text
        #expect(pulled.contains("没有共同的版本，内容不同；两个都保留"), "\(pulled)")
    }
}
