import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// Going back to an earlier text: a new revision with that text, original file and reading notes; the history in
/// between kept.
@Suite struct RestoreTests {
    @Test func theWrongFileIsUndoneWithTheOriginalBack() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let key = OriginalTests.key
        // 第 1 版 from the clerk's Word file, then 第 2 版 a slip (a text with another paragraph)
        let first = try await repository.commit(
            fileAt: OriginalTests.fixture("qingshi-2024.docx"), to: key, author: "王芳",
            time: RepositoryTestSupport.time
        ).outcome.revision
        let text = ReportText.render(try await repository.report(at: first.id.hex)) + "\n误粘贴的一段。\n"
        let second = try await repository.commit(
            try ReportParser.parse(text: text).report, to: key, author: "王芳", message: "改错了",
            time: RepositoryTestSupport.time + 60
        ).revision
        // Restored: 第 3 版 is 第 1 版's text and file, after 第 2 版
        let restored = try await repository.restore(
            first.id.hex, author: "李明", time: RepositoryTestSupport.time + 120)
        #expect(restored.status == .committed)
        #expect(restored.revision.content.root == first.content.root)
        #expect(restored.revision.content.parents == [second.id])
        #expect(restored.revision.content.author == "李明")
        #expect(restored.revision.content.message.hasPrefix("恢复为第 1 版（王芳，"))
        #expect(restored.revision.content.diagnostics == first.content.diagnostics)
        let original = try await repository.original(of: key.description)
        #expect(original.revision.id == restored.revision.id)
        #expect(original.file.bytes == (try OriginalTests.bytes("qingshi-2024.docx")))
        // Restoring the draft's own text commits nothing; a revision out of reach is one that does not exist
        #expect(try await repository.restore(restored.revision.id.hex, author: "李明").status == .unchanged)
        await #expect(throws: RepositoryError.self) {
            try await repository.restore(first.id.hex, author: "李明", scope: .agencies(["dazhuang"]))
        }
    }
}
