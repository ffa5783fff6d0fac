import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@Suite struct ObjectStoreTests {
    @Test func reportComesBackWhole() async throws {
        // Given a report stored as a revision
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let (revision, _) = try await StoreTestSupport.commit(report, as: key, in: store)
        // When it is read back through its revision
        let rebuilt = try await store.read { reader in
            try reader.report(root: try reader.requireRevision(revision).root)
        }
        // Then it is the same report
        #expect(rebuilt == report)
    }

    @Test func theSameAllZeroTableOfAHundredAgenciesIsStoredOnce() async throws {
        // Given 100 agencies filing the same all-zero tables
        let store = try StoreTestSupport.memoryStore()
        for index in 0..<100 {
            let report = SampleReport.make(agency: "第\(index)乡人民政府", year: 2024, paragraphs: 1)
            try await StoreTestSupport.commit(report, as: ReportKey(agency: "town\(index)", year: 2024), in: store)
        }
        // When the store is counted
        let statistics = try await store.read { try $0.statistics() }
        // Then there are 100 revisions and roots but only one of each table: three tables in all
        #expect(statistics.revisions == 100)
        #expect(statistics.objects["report"] == 100)
        #expect(statistics.objects["table"] == 3)
    }

    @Test func changingOneCellStoresOnlyItsPath() async throws {
        // Given a stored report
        let store = try StoreTestSupport.memoryStore()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let report = SampleReport.make()
        try await StoreTestSupport.commit(report, as: key, in: store)
        // When one cell of table 3 changes and the report is stored again
        let edited = SampleReport.settingTable3Cell(of: report, index: 5, to: "7")
        let (_, summary) = try await StoreTestSupport.commit(edited, as: key, in: store, message: "one cell")
        // Then only the row, the table, the section, the root and the revision are new
        #expect(summary.stored == 5)
        let statistics = try await store.read { try $0.statistics() }
        #expect(statistics.objects["row"].map { $0 > 0 } == true)
        #expect(statistics.objects["table"] == 4)
        #expect(statistics.objects["report"] == 2)
    }

    @Test func aLargeBatchHalfStoredStoresTheOtherHalfOnce() async throws {
        // Given 300 of 700 paragraphs already stored (a batch is looked up 500 hashes at a time)
        let store = try StoreTestSupport.memoryStore()
        let paragraphs = (0..<700).map { EncodedObject(.paragraph("第\($0)段：本年度未收取信息处理费。")) }
        let first = try await store.write { try $0.put(Array(paragraphs.prefix(300))) }
        // When all 700 are put in one batch, the last of them twice
        let second = try await store.write { try $0.put(paragraphs + [paragraphs[699]]) }
        // Then the 400 new ones are stored once each, and every one reads back
        #expect(first.stored == 300)
        #expect(second.stored == 400)
        #expect(second.existing == 301)
        #expect(try await store.read { try $0.statistics() }.objects["paragraph"] == 700)
        let missing = try await store.read { reader in
            try paragraphs.filter { try reader.object($0.id)?.bytes != $0.bytes }.count
        }
        #expect(missing == 0)
    }

    @Test func storingAnObjectTwiceIsANoOp() async throws {
        let store = try StoreTestSupport.memoryStore()
        let paragraph = EncodedObject(.paragraph("本年度未收取信息处理费。"))
        let first = try await store.write { try $0.put(paragraph) }
        let before = try await store.read { try $0.statistics() }
        let second = try await store.write { try $0.put(paragraph) }
        #expect(first > 0)
        #expect(second == 0)
        #expect(try await store.read { try $0.statistics() } == before)
    }

    @Test func bytesThatDoNotMatchTheirNameAreRefusedAndNothingIsStored() async throws {
        // Given a store with one report, and a batch where the last object's bytes were altered in transit
        let store = try StoreTestSupport.memoryStore()
        try await StoreTestSupport.commit(SampleReport.make(), as: ReportKey(agency: "a", year: 2024), in: store)
        let before = try await store.read { try $0.statistics() }
        let good = EncodedObject(.paragraph("新的一段。"))
        let named = EncodedObject(.paragraph("原来的一段。"))
        var bytes = named.bytes
        bytes[bytes.count - 2] ^= 0x01
        let altered = bytes
        // When the batch is written in one transaction
        let error = await #expect(throws: StoreError.self) {
            try await store.write { writer in
                try writer.put(good)
                try writer.put(bytes: altered, as: named.id)
            }
        }
        // Then it is refused as a hash mismatch and the store is exactly as before (the good object too is absent)
        guard case .invalidObject(let id, .hashMismatch) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(id == named.id)
        #expect(try await store.read { try $0.statistics() } == before)
        #expect(try await store.read { try $0.contains(good.id) } == false)
    }

    @Test func anObjectWhoseChildrenAreMissingIsRefused() async throws {
        let store = try StoreTestSupport.memoryStore()
        let (root, objects) = ObjectGraph.objects(of: SampleReport.make())
        let rootObject = try #require(objects.last)
        let error = await #expect(throws: StoreError.self) {
            try await store.write { try $0.put(rootObject) }
        }
        guard case .missingReference(_, let parent) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(parent == root)
        #expect(try await store.read { try $0.statistics().objectCount } == 0)
    }

    @Test func nonCanonicalBytesAreRefusedEvenUnderTheirOwnHash() async throws {
        let store = try StoreTestSupport.memoryStore()
        let bytes = Array("nianbao-object 1 paragraph\ntext 03:abc\n".utf8)
        let error = await #expect(throws: StoreError.self) {
            try await store.write { try $0.put(bytes: bytes, as: ObjectID.hashing(bytes)) }
        }
        guard case .invalidObject(_, .malformedObject) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
    }
}
