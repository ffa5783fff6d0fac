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

    /// How an object is kept: its row, codec and base row; `nil` when the store does not hold it.
    static func storedRow(
        _ id: ObjectID, in store: RevisionStore
    ) async throws -> (row: Int64, codec: Int, base: Int64?)? {
        try await store.read { reader in
            try Row.fetchOne(
                reader.db, sql: "SELECT id, codec, base FROM object WHERE hash = ?", arguments: [Data(id.bytes)]
            ).map { ($0[0], $0[1], $0[2]) }
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

    /// For each draft after the first, the paragraph it replaced and the paragraph that replaced it.
    static func replacements(in drafts: [Report]) -> [(old: ObjectID, new: ObjectID)] {
        let paragraphs = { (report: Report) in
            Set(ObjectGraph.objects(of: report).objects.filter { $0.kind == .paragraph }.map(\.id))
        }
        return zip(drafts, drafts.dropFirst()).compactMap { older, newer in
            let (before, after) = (paragraphs(older), paragraphs(newer))
            let (gone, added) = (before.subtracting(after), after.subtracting(before))
            guard gone.count == 1, added.count == 1, let old = gone.first, let new = added.first else { return nil }
            return (old, new)
        }
    }

    @Test func gcKeepsEachReplacedParagraphAsADeltaAgainstItsNextVersion() async throws {
        // Given a report whose second paragraph grows by a sentence in each of five drafts, and whose table changes
        // in between
        let store = try StoreTestSupport.memoryStore()
        var text = "2024年，常张乡围绕政务公开标准化规范化建设，完善了主动公开目录，更新了政府信息公开指南。"
        var report = SampleReport.rewritingParagraph(of: SampleReport.make(paragraphs: 4), index: 1, to: text)
        var drafts = [report]
        for index in 1...7 {
            text += "第\(index)次补充：乡党政办对村（社区）公开栏进行了第\(index)轮检查，并督促整改了发现的问题。"
            report = SampleReport.rewritingParagraph(of: report, index: 1, to: text)
            if index.isMultiple(of: 2) {
                report = SampleReport.settingTable3Cell(of: report, index: index, to: "\(index)")
            }
            drafts.append(report)
        }
        var revisions: [ObjectID] = []
        for (index, draft) in drafts.prefix(6).enumerated() {
            revisions.append(try await StoreTestSupport.commit(draft, as: Self.key, in: store, message: "第\(index)稿").0)
        }
        let before = try await Self.pieceBytes(store)
        // When gc runs
        let collected = try await store.collectGarbage(arrivedBefore: Date())
        // Then nothing is removed, each replaced version of the paragraph is a delta against the one that replaced
        // it, and the newest is whole
        #expect(collected.removed == 0)
        #expect(collected.packed > 0)
        let replaced = Self.replacements(in: Array(drafts.prefix(6)))
        #expect(replaced.count == 5)
        for step in replaced {
            let old = try await Self.storedRow(step.old, in: store)
            #expect(old?.codec == StoredBody.delta)
            #expect(old?.base == (try await Self.storedRow(step.new, in: store))?.row)
        }
        let newest = try await Self.storedRow(try #require(replaced.last).new, in: store)
        #expect(newest.map { $0.codec != StoredBody.delta } == true)
        // The pieces take less than three quarters of the bytes, every draft reads back as it was committed, and fsck
        // finds nothing wrong
        let after = try await Self.pieceBytes(store)
        #expect(after * 4 < before * 3, "\(before) → \(after) bytes")
        #expect(try await Self.reports(revisions, in: store) == Array(drafts.prefix(6)))
        #expect(try await store.verify().isClean)
        // And a second gc has nothing left to pack
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed == 0)
        // When two more drafts are committed and gc runs again
        for (index, draft) in drafts.enumerated().dropFirst(6) {
            revisions.append(try await StoreTestSupport.commit(draft, as: Self.key, in: store, message: "第\(index)稿").0)
        }
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed > 0)
        // Then the version that was newest is now a delta against the next one, the newest is whole, and every
        // draft still reads back as it was committed
        for step in Self.replacements(in: Array(drafts.dropFirst(5))) {
            #expect(try await Self.storedRow(step.old, in: store)?.codec == StoredBody.delta)
            #expect(
                try await Self.storedRow(step.old, in: store)?.base
                    == (try await Self.storedRow(step.new, in: store))?.row)
        }
        let latest = try await Self.storedRow(try #require(Self.replacements(in: drafts).last).new, in: store)
        #expect(latest.map { $0.codec != StoredBody.delta } == true)
        #expect(try await Self.reports(revisions, in: store) == drafts)
        #expect(try await store.verify().isClean)
    }

    @Test func aDeltaWhoseBaseGcRemovesIsKeptWhole() async throws {
        // Given a paragraph rewritten in a report of one agency, the old text kept as a delta against the new …
        let store = try StoreTestSupport.memoryStore()
        let other = ReportKey(agency: "gaoliang", year: 2024)
        let opening = "2024年，常张乡和高良涧街道共同完善了政府信息公开指南，并在便民服务中心设置了查阅点。"
        let text = opening + "全年接待查阅群众四十余人次，群众对查阅服务的满意度较上年有所提高。"
        let first = SampleReport.rewritingParagraph(of: SampleReport.make(paragraphs: 2), index: 0, to: opening)
        let second = SampleReport.rewritingParagraph(of: first, index: 0, to: text)
        // … and the old text in another agency's report
        let theirs = SampleReport.rewritingParagraph(
            of: SampleReport.make(agency: "高良涧街道办事处", paragraphs: 2), index: 0, to: opening)
        let (kept, _) = try await StoreTestSupport.commit(theirs, as: other, in: store, message: "街道稿")
        try await StoreTestSupport.commit(first, as: Self.key, in: store, message: "初稿")
        try await StoreTestSupport.commit(second, as: Self.key, in: store, message: "改稿")
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed > 0)
        let shared = try #require(Self.replacements(in: [first, second]).first?.old)
        #expect(try await Self.storedRow(shared, in: store)?.codec == StoredBody.delta)
        // When the first agency's report is dropped and gc runs
        try await store.write { writer in try writer.removeRef(.draft, of: Self.key) }
        let collected = try await store.collectGarbage(arrivedBefore: Date().addingTimeInterval(60))
        // Then its revisions and the new paragraph are gone, the shared paragraph is kept whole, the other report
        // reads back as it was committed, and fsck finds nothing wrong
        #expect(collected.removed > 0)
        let whole = try await Self.storedRow(shared, in: store)
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
    @Test func aParagraphChangedAndChangedBackMakesNoLoop() async throws {
        // Given a paragraph rewritten, then put back as it was
        let store = try StoreTestSupport.memoryStore()
        let first = "2024年，常张乡在乡政府门户网站开设政府信息公开专栏，及时发布各类政策文件和工作动态。"
        let second = first + "同时在各村（社区）设置公开栏，方便群众查阅。"
        let texts = [first, second, first]
        let drafts = texts.map { SampleReport.rewritingParagraph(of: SampleReport.make(), index: 0, to: $0) }
        var revisions: [ObjectID] = []
        for (index, draft) in drafts.enumerated() {
            revisions.append(try await StoreTestSupport.commit(draft, as: Self.key, in: store, message: "第\(index)稿").0)
        }
        // When gc runs
        #expect(try await store.collectGarbage(arrivedBefore: Date()).packed > 0)
        // Then every draft reads back as it was committed, and fsck finds no chain that loops
        #expect(try await Self.reports(revisions, in: store) == drafts)
        #expect(try await store.verify().isClean)
    }
}
