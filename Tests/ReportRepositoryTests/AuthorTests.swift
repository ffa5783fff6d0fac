import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A commit says who made it: no author, no commit, merge, import or mark; the author configured in the repository
/// is used when none is given.
@Suite struct AuthorTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func withoutAnAuthorNothingIsWritten() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        await #expect(throws: RepositoryError.authorMissing) {
            try await repository.commit(SampleReport.make(), to: Self.key, author: " ", message: "m")
        }
        #expect(try await repository.reports().isEmpty)
        try await repository.commit(SampleReport.make(), to: Self.key, author: "王芳", message: "m")
        await #expect(throws: RepositoryError.authorMissing) {
            try await repository.mark("changzhang/2024", as: .submitted, author: "")
        }
        await #expect(throws: RepositoryError.authorMissing) {
            try await repository.mergeHeads(of: Self.key, author: "")
        }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try RepositoryTestSupport.write(["a.txt": SampleReport.make(agency: "大庄乡人民政府")], to: folder.url)
        await #expect(throws: RepositoryError.authorMissing) {
            try await repository.importFolder(at: folder.url.path, author: "")
        }
        #expect(try await repository.reports().map(\.report) == [Self.key])
        #expect(try await repository.reports().first?.marks == [])
    }

    @Test func theConfiguredAuthorIsUsedWhenNoneIsGiven() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        await #expect(throws: RepositoryError.authorMissing) { try await repository.author(given: nil) }
        try await repository.setAuthor(" 张三 ")
        #expect(try await repository.configuredAuthor() == "张三")
        #expect(try await repository.author(given: nil) == "张三")
        #expect(try await repository.author(given: "李四") == "李四")
        // Spaces as Chinese keyboards and Word leave them: full-width, no-break, zero-width, a stray line break.
        #expect(try await repository.author(given: "\u{3000}李四\u{00A0}\n") == "李四")
        #expect(try await repository.author(given: "\u{3000}\u{200B}\t\n") == "张三")
        await #expect(throws: RepositoryError.invalidAuthor("张\n三")) { try await repository.setAuthor("张\n三") }
        let long = String(repeating: "张", count: ReportRepository.maxAuthorLength + 1)
        await #expect(throws: RepositoryError.invalidAuthor(long)) { try await repository.setAuthor(long) }
        try await repository.setAuthor(nil)
        #expect(try await repository.configuredAuthor() == nil)
    }
}
