import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// The store keeps no index of the rows deltas were made against (schema 22): `gc`, the only one that asks, reads
/// `base` from every row once (`Schema/store.md`, "Revision deltas").
@Suite struct DeltaBaseIndexTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// The names of the indexes of the object table.
    static func objectIndexes(_ queue: some DatabaseReader) async throws -> [String] {
        try await queue.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'object' ORDER BY name")
        }
    }

    @Test func aVersion21FileLosesTheIndexWhenOpenedAndGcStillPacksAndKeepsWhole() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a file of schema 21 with three drafts of a report whose paragraph grows
        let path = folder.path("repository.sqlite").path
        let created = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
        var text = "2024年，常张乡坚持以公开为常态、不公开为例外，完善了主动公开目录。"
        var drafts: [Report] = []
        var revisions: [ObjectID] = []
        for index in 0..<3 {
            text += "第\(index + 1)次补充：乡党政办对村（社区）公开栏进行了检查，并督促整改了发现的问题。"
            drafts.append(SampleReport.rewritingParagraph(of: SampleReport.make(paragraphs: 3), index: 1, to: text))
            revisions.append(
                try await StoreTestSupport.commit(drafts[index], as: Self.key, in: created, message: "第\(index + 1)稿").0
            )
        }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try StoreTestSupport.undoVersion22($0) }
        #expect(try await Self.objectIndexes(queue) == ["object_by_base", "object_by_name"])
        try queue.close()
        // When this version opens it
        let store = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then the index of delta bases is gone, the one of names stays
        #expect(try await store.appliedMigrations() == RevisionStore.knownMigrations)
        #expect(try await Self.objectIndexes(store.writer) == ["object_by_name"])
        // And gc still keeps the replaced paragraphs as deltas, and every draft reads back as it was committed
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed > 0)
        let committed = revisions
        let reports = try await store.read { reader in
            try committed.map { try reader.report(root: try reader.requireRevision($0).root) }
        }
        #expect(reports == drafts)
        #expect(try await store.verify().isClean)
    }
}
