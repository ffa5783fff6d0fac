import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// The pieces of reports `gc` keeps as deltas against the same piece of the parent revision's report
/// (`Schema/store.md`, "Deltas").
@Suite struct TreeDeltaTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// How each paragraph of a report is kept, by the paragraph's id: its row, codec and base row.
    static func paragraphRows(
        of report: Report, in store: RevisionStore
    ) async throws -> [ObjectID: (row: Int64, codec: Int, base: Int64?)] {
        let paragraphs = ObjectGraph.objects(of: report).objects.filter { $0.kind == .paragraph }
        return try await store.read { reader in
            var rows: [ObjectID: (row: Int64, codec: Int, base: Int64?)] = [:]
            for paragraph in paragraphs {
                if let row = try Row.fetchOne(
                    reader.db, sql: "SELECT id, codec, base FROM object WHERE hash = ?",
                    arguments: [Data(paragraph.id.bytes)])
                {
                    rows[paragraph.id] = (row[0], row[1], row[2])
                }
            }
            return rows
        }
    }

    /// The bytes the store keeps for the pieces of reports (every kind but revisions and blobs).
    static func pieceBytes(_ store: RevisionStore) async throws -> Int {
        try await store.read { reader in
            try Int.fetchOne(
                reader.db, sql: "SELECT sum(length(body)) FROM object WHERE kind NOT IN (?, ?)",
                arguments: [CompactBody.code(of: .revision), CompactBody.code(of: .blob)]) ?? 0
        }
    }

    /// Every revision's report, read back from the store.
    static func reports(_ revisions: [ObjectID], in store: RevisionStore) async throws -> [Report] {
        try await store.read { reader in
            try revisions.map { try reader.report(root: try reader.requireRevision($0).root) }
        }
    }

    @Test func gcKeepsEachEditedParagraphAsADeltaAgainstItsPreviousVersion() async throws {
        // Given a report whose second paragraph grows by a sentence in each of five drafts, and whose table changes
        // in between
        let store = try StoreTestSupport.memoryStore()
        var text = "2024年，常张乡围绕政务公开标准化规范化建设，完善了主动公开目录，更新了政府信息公开指南。"
        var report = SampleReport.rewritingParagraph(of: SampleReport.make(paragraphs: 4), index: 1, to: text)
        var drafts = [report]
        for index in 1...5 {
            text += "第\(index)次补充：乡党政办对村（社区）公开栏进行了第\(index)轮检查，并督促整改了发现的问题。"
            report = SampleReport.rewritingParagraph(of: report, index: 1, to: text)
            if index.isMultiple(of: 2) {
                report = SampleReport.settingTable3Cell(of: report, index: index, to: "\(index)")
            }
            drafts.append(report)
        }
        var revisions: [ObjectID] = []
        for (index, draft) in drafts.enumerated() {
            revisions.append(try await StoreTestSupport.commit(draft, as: Self.key, in: store, message: "第\(index)稿").0)
        }
        let before = try await Self.pieceBytes(store)
        // When gc runs
        let collected = try await store.collectGarbage(arrivedBefore: Date())
        // Then nothing is removed, and each later version of the paragraph is a delta against the one before it
        #expect(collected.removed == 0)
        #expect(collected.packed > 0)
        for (older, newer) in zip(drafts, drafts.dropFirst()) {
            let olderRows = try await Self.paragraphRows(of: older, in: store)
            let newerRows = try await Self.paragraphRows(of: newer, in: store)
            let added = Set(newerRows.keys).subtracting(olderRows.keys)
            let gone = Set(olderRows.keys).subtracting(newerRows.keys)
            #expect(added.count == 1 && gone.count == 1)
            let (new, old) = (try #require(added.first), try #require(gone.first))
            #expect(newerRows[new]?.codec == StoredBody.delta)
            #expect(newerRows[new]?.base == olderRows[old]?.row)
        }
        // The pieces take less than three quarters of the bytes, every draft reads back as it was committed, and fsck
        // finds nothing wrong
        let after = try await Self.pieceBytes(store)
        #expect(after * 4 < before * 3, "\(before) → \(after) bytes")
        #expect(try await Self.reports(revisions, in: store) == drafts)
        #expect(try await store.verify().isClean)
        // And a second gc has nothing left to pack
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed == 0)
    }

    @Test func aDeltaWhoseBaseGcRemovesIsKeptWhole() async throws {
        // Given a paragraph rewritten in a report of one agency, the new text kept as a delta against the old …
        let store = try StoreTestSupport.memoryStore()
        let other = ReportKey(agency: "gaoliang", year: 2024)
        let opening = "2024年，常张乡和高良涧街道共同完善了政府信息公开指南，并在便民服务中心设置了查阅点。"
        let text = opening + "全年接待查阅群众四十余人次，群众对查阅服务的满意度较上年有所提高。"
        let first = SampleReport.rewritingParagraph(of: SampleReport.make(paragraphs: 2), index: 0, to: opening)
        let second = SampleReport.rewritingParagraph(of: first, index: 0, to: text)
        try await StoreTestSupport.commit(first, as: Self.key, in: store, message: "初稿")
        try await StoreTestSupport.commit(second, as: Self.key, in: store, message: "改稿")
        // … and the same paragraph in another agency's report
        let theirs = SampleReport.rewritingParagraph(
            of: SampleReport.make(agency: "高良涧街道办事处", paragraphs: 2), index: 0, to: text)
        let (kept, _) = try await StoreTestSupport.commit(theirs, as: other, in: store, message: "街道稿")
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed > 0)
        let paragraphs = { (report: Report) in
            Set(ObjectGraph.objects(of: report).objects.filter { $0.kind == .paragraph }.map(\.id))
        }
        let shared = try #require(
            paragraphs(theirs).intersection(paragraphs(second)).subtracting(paragraphs(first)).first)
        let packed = try await Self.paragraphRows(of: theirs, in: store)[shared]
        #expect(packed?.codec == StoredBody.delta)
        // When the first agency's report is dropped and gc runs
        try await store.write { writer in try writer.removeRef(.draft, of: Self.key) }
        let collected = try await store.collectGarbage(arrivedBefore: Date().addingTimeInterval(60))
        // Then its revisions and the old paragraph are gone, the shared paragraph is kept whole, the other report
        // reads back as it was committed, and fsck finds nothing wrong
        #expect(collected.removed > 0)
        let whole = try await Self.paragraphRows(of: theirs, in: store)[shared]
        #expect(whole != nil && whole?.codec != StoredBody.delta && whole?.base == nil)
        #expect(try await Self.reports([kept], in: store) == [theirs])
        #expect(try await store.verify().isClean)
    }
    @Test func aParagraphEditedMoreTimesThanAChainHoldsStartsANewChain() async throws {
        // Given a paragraph that grows by a sentence in more drafts than a chain of deltas may hold
        let store = try StoreTestSupport.memoryStore()
        var text = "2024年，常张乡坚持以公开为常态、不公开为例外。"
        var drafts: [Report] = []
        for index in 0..<(StoredBody.maxDeltaDepth + 5) {
            text += "第\(index + 1)次补充：当月新增主动公开信息\(index + 3)条，均已在政府网站栏目中发布。"
            drafts.append(SampleReport.rewritingParagraph(of: SampleReport.make(), index: 0, to: text))
        }
        var revisions: [ObjectID] = []
        for (index, draft) in drafts.enumerated() {
            revisions.append(try await StoreTestSupport.commit(draft, as: Self.key, in: store, message: "第\(index)稿").0)
        }
        // When gc runs
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed > StoredBody.maxDeltaDepth)
        // Then no chain of deltas is longer than a read expands, and every draft reads back as it was committed
        let deepest = try await store.read { reader in
            try Int.fetchOne(
                reader.db,
                sql: """
                    WITH RECURSIVE chain(id, depth) AS (
                        SELECT id, 0 FROM object WHERE codec >= 0
                        UNION ALL SELECT object.id, chain.depth + 1 FROM object JOIN chain ON object.base = chain.id)
                    SELECT max(depth) FROM chain
                    """)
        }
        #expect(deepest == StoredBody.maxDeltaDepth)
        #expect(try await Self.reports(revisions, in: store) == drafts)
        #expect(try await store.verify().isClean)
    }
}
