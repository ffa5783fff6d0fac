import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A revision committed with `--force` (its text names another office) is restored as it was accepted: restoring it
/// is not a new claim that the text is this report's (rv114 F10: `restore dazhuang/2024~1 [--force]` repeated
/// 「这份报告是 常张乡人民政府 2024 年的，不是 dazhuang/2024 … 请加 --force」, whose `--force` is restore's other one).
@Suite struct RestoreForcedTests {
    static let key = ReportKey(agency: "dazhuang", year: 2024)

    @Test func aForcedRevisionIsRestoredAsItWasAcceptedAndSaysWhatItNames() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given 大庄乡's report whose 第 1 版 is 常张乡's text, committed with force, and 第 2 版 大庄乡's own
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.save(Agency(id: "dazhuang", name: "大庄乡人民政府"))
        try await repository.save(Agency(id: "changzhang", name: "常张乡人民政府"))
        let forced = try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: Self.key, author: "李四", message: "传错了",
            time: RepositoryTestSupport.time, force: true
        ).revision
        let own = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: 2024), to: Self.key, author: "李四", message: "改正",
            time: RepositoryTestSupport.time + 60
        ).revision
        // When the clerk restores 第 1 版 as `nianbao restore dazhuang/2024~1` does (no --force)
        let restored = try await repository.restore(
            forced.id.hex, author: "李四", time: RepositoryTestSupport.time + 120, refusingPublished: true,
            refusingUndone: true)
        // Then it is the draft again, after 第 2 版
        #expect(restored.status == .committed)
        #expect(restored.revision.content.root == forced.content.root)
        #expect(restored.revision.content.parents == [own.id])
        #expect(try await repository.resolve("dazhuang/2024").id == restored.revision.id)
        // and the message and the person are told that its text names 常张乡, as the forced commit's were
        let message = restored.revision.content.message
        #expect(message.hasPrefix("恢复为第 1 版（李四，"), "\(message)")
        #expect(message.contains("强制提交：这份报告是 常张乡人民政府"), "\(message)")
        #expect(
            restored.cautions.map(\.chinese).contains { $0.hasPrefix("恢复的这一版当初是强制提交的：这份报告是 常张乡人民政府") },
            "\(restored.cautions)")
        #expect(restored.cautions.allSatisfy { !$0.chinese.contains("--force") }, "\(restored.cautions)")
        // And restoring it once more, the draft having its text already, commits nothing and warns of nothing
        // (rv116 F1: 「恢复的这一版当初是强制提交的…」, then 「没有改动」)
        let again = try await repository.restore(
            forced.id.hex, author: "李四", time: RepositoryTestSupport.time + 180, refusingPublished: true,
            refusingUndone: true)
        #expect(again.status == .unchanged)
        #expect(again.cautions.isEmpty, "\(again.cautions)")
        // And a commit of that text is still refused without force
        await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "常张乡人民政府", year: 2024), to: Self.key, author: "李四", message: "再传")
        }
    }
}
