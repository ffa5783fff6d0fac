import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// `gc` on a store with one damaged object — a section whose stored body became another section's, as a storage
/// fault leaves it — walked the damaged object's children instead of its own and removed the paragraphs the true
/// section needs: once the section was put right from a backup, the store had five problems instead of none (review
/// rr95, finding 3). `gc` now removes nothing from a store `fsck` finds a problem in.
@Suite struct GarbageOnDamageTests {
    @Test func gcRemovesNothingFromADamagedStore() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try RevisionStore.create(
            at: folder.path("repository.sqlite").path, node: "n", logger: StoreTestSupport.logger)
        let key = ReportKey(agency: "a", year: 2024)
        let report = SampleReport.make()
        try await StoreTestSupport.commit(report, as: key, in: store)
        try await StoreTestSupport.commit(
            SampleReport.rewritingParagraph(of: report, index: 0, to: "本年度主动公开政府信息一百二十条。"), as: key, in: store)
        // Given the largest section's stored body replaced by the smallest's, behind the store's back
        let section = CompactBody.code(of: .section)
        let (largest, original) = try await store.writer.write { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, body FROM object WHERE kind = ? ORDER BY length(body), id", arguments: [section])
            let smallest = try #require(rows.first)
            let largest = try #require(rows.last)
            let body: Data = largest["body"]
            try db.execute(
                sql: "UPDATE object SET body = ? WHERE id = ?",
                arguments: [smallest["body"] as Data, largest["id"] as Int64])
            return (largest["id"] as Int64, body)
        }
        let objects = try await store.read { try $0.statistics().objectCount }
        #expect(try await store.verify().problems.map(\.kind).contains(.corrupt))
        // When gc runs (a day later, as `nianbao serve` runs it)
        let refused = StoreError.collectionRefused(
            problems: try await store.verify().problems.count,
            first: try #require(try await store.verify().problems.first).description)
        await #expect(throws: refused) {
            try await store.collectGarbage(arrivedBefore: Date().addingTimeInterval(86_400))
        }
        // Then nothing was removed: put the section right, and the store is whole again
        #expect(try await store.read { try $0.statistics().objectCount } == objects)
        try await store.writer.write { db in
            try db.execute(sql: "UPDATE object SET body = ? WHERE id = ?", arguments: [original, largest])
        }
        #expect(try await store.verify().isClean)
        #expect(try await store.collectGarbage(arrivedBefore: Date().addingTimeInterval(86_400)).removed == 0)
    }
}
