import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// Who sent each of a draft's revisions is read for the up to 200 revisions a commit's own-copy check walks, so it is
/// read in a few queries, not two a revision, and gives each revision its own receipt.
@Suite struct RevisionReceiptsReadTests {
    @Test func receiptsOfThirtyRevisionsAreReadInAFewQueries() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try RevisionStore.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: StoreTestSupport.logger)
        let line = try await RecentRevisionsWalkTests.line(store, count: 30)
        // Given receipts for every third revision, each from its own sender at its own time
        let received = Date(timeIntervalSince1970: 1_736_400_000)
        try await store.write { writer in
            for index in stride(from: 0, to: 30, by: 3) {
                try writer.recordRevisionReceipt(
                    line[index], sender: "乡镇\(index)", at: received.addingTimeInterval(Double(index)))
            }
        }
        // When the receipts of all thirty and of one revision the file does not hold are read, statements counted
        let unknown = ObjectID(bytes: [UInt8](repeating: 7, count: 32))
        let asked = line + [try #require(unknown)]
        let (receipts, statements) = try await store.writer.read { db in
            var count = 0
            db.trace(options: .statement) { _ in count += 1 }
            defer { db.trace(options: .statement, nil) }
            let reader = StoreReader(connection: StoreConnection(db: db, path: ""))
            return (try reader.revisionReceipts(of: asked), count)
        }
        // Then exactly the ten with a receipt have theirs, and a handful of statements ran (two a revision before)
        let expected = Dictionary(
            uniqueKeysWithValues: stride(from: 0, to: 30, by: 3).map { index in
                (
                    line[index],
                    RevisionReceipt(sender: "乡镇\(index)", received: received.addingTimeInterval(Double(index)))
                )
            })
        #expect(receipts == expected)
        #expect(statements <= 5)
    }
}
