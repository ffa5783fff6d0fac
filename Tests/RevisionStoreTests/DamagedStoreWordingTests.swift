import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// A store whose compressed body was overwritten: what `show`, `export` and `gc` say in Chinese had English inside
/// (`仓库的数据表已损坏（object row 2: its compressed body cannot be read: The compressed bytes are damaged or not a
/// zstd frame.）`, rv108 F17). The Chinese says what to do and leaves the English detail to `--lang en`.
@Suite struct DamagedStoreWordingTests {
    @Test func aDamagedBodyIsToldInChineseWithoutEnglishInside() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try RevisionStore.create(
            at: folder.path("repository.sqlite").path, node: "n", logger: StoreTestSupport.logger)
        let key = ReportKey(agency: "a", year: 2024)
        let (revision, _) = try await StoreTestSupport.commit(SampleReport.make(), as: key, in: store)
        // Given every compressed body overwritten with random bytes, behind the store's back
        let damaged = try await store.writer.write { db in
            try db.execute(sql: "UPDATE object SET body = randomblob(length(body)) WHERE codec > 0")
            return db.changesCount
        }
        try #require(damaged > 0)
        // When the report is read, and gc runs
        var errors: [StoreError] = []
        do {
            _ = try await store.read { reader in try reader.report(root: try reader.requireRevision(revision).root) }
        } catch {
            errors.append(error)
        }
        do {
            _ = try await store.collectGarbage(arrivedBefore: Date().addingTimeInterval(86_400))
        } catch {
            errors.append(error)
        }
        // Then each says it in Chinese, with no English words in it but the command to run
        #expect(errors.count == 2)
        for error in errors {
            let chinese = error.description(in: .chinese)
            let words = chinese.split { !$0.isASCII || !$0.isLetter }.filter { $0.count > 2 && $0 != "nianbao" }
            #expect(words.allSatisfy { $0 == "fsck" || $0.allSatisfy(\.isHexDigit) }, "\(chinese)")
            #expect(chinese.contains("已损坏") || chinese.contains("问题"), "\(chinese)")
        }
    }
}
