import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// History never crosses reports: a revision's parents are revisions of its own agency and year, so that what reaches
/// one report never brings another's.
@Suite struct HistoryIntegrityTests {
    static let ours = ReportKey(agency: "changzhang", year: 2024)
    static let theirs = ReportKey(agency: "dazhuang", year: 2024)

    /// A revision of `key` over a document, with the given parents.
    static func revision(_ key: ReportKey, _ report: Report, parents: [ObjectID]) -> (EncodedObject, [EncodedObject]) {
        let (root, objects) = ObjectGraph.objects(of: report)
        let record = RevisionContent(
            report: key, root: root, parents: parents, author: "t", node: "n",
            time: Date(timeIntervalSince1970: 1_736_400_000), message: "m")
        return (EncodedObject(.revision(record)), objects)
    }

    /// A store with a revision of 常张乡's report and one of 大庄乡's, and a "merge" of the two (not stored).
    static func twoAgencies() async throws -> (
        store: RevisionStore, own: ObjectID, foreign: ObjectID, edited: Report, merge: EncodedObject,
        objects: [EncodedObject]
    ) {
        let store = try StoreTestSupport.memoryStore()
        let own = try await StoreTestSupport.commit(SampleReport.make(), as: ours, in: store).revision
        let foreign = try await StoreTestSupport.commit(SampleReport.make(agency: "大庄乡"), as: theirs, in: store)
            .revision
        let edited = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 1, to: "4")
        let (merge, objects) = revision(ours, edited, parents: [own, foreign])
        return (store, own, foreign, edited, merge, objects)
    }

    @Test(arguments: [ReportKey(agency: "dazhuang", year: 2024), ReportKey(agency: "changzhang", year: 2023)])
    func aRevisionWithAParentOfAnotherReportIsRefused(other: ReportKey) async throws {
        // Given a store with a revision of our report and one of another report (another agency, or another year)
        let store = try StoreTestSupport.memoryStore()
        let own = try await StoreTestSupport.commit(SampleReport.make(), as: Self.ours, in: store).revision
        let foreign = try await StoreTestSupport.commit(SampleReport.make(agency: "大庄乡"), as: other, in: store)
            .revision
        let before = try await store.read { try $0.statistics() }
        // When a merge of the two is stored
        let edited = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 1, to: "4")
        let (merge, objects) = Self.revision(Self.ours, edited, parents: [own, foreign])
        await #expect(throws: StoreError.foreignParent(merge.id, parent: foreign)) {
            try await store.write { writer in
                try writer.put(objects)
                try writer.put(bytes: merge.bytes, as: merge.id)
            }
        }
        // Then nothing was stored
        #expect(try await store.read { try $0.statistics() } == before)
    }

    @Test func aParentOutsideTheSendersReachIsAnsweredAsMissing() async throws {
        let (store, _, foreign, _, merge, objects) = try await Self.twoAgencies()
        // A sender that reaches only 常张乡 gets the answer it would get for an id the store never saw
        await #expect(throws: StoreError.missingReference(foreign, referencedBy: merge.id)) {
            try await store.write { writer in
                var reach = try writer.reach(of: .agencies(["changzhang"]))
                for object in objects { try writer.put(bytes: object.bytes, as: object.id, within: &reach) }
                try writer.put(bytes: merge.bytes, as: merge.id, within: &reach)
            }
        }
    }

    @Test func fsckFindsAParentOfAnotherReport() async throws {
        // Given a store holding, behind the store's back, a revision whose second parent is another agency's
        let (store, own, foreign, edited, merge, objects) = try await Self.twoAgencies()
        _ = try await store.write { writer in try writer.put(objects) }
        try await store.writer.write { db in
            let body = try CompactBody.encode(try CanonicalReader(merge.bytes)) { _, id in
                try #require(try ObjectRecord.locate(id, in: db)).row
            }
            let row = try ObjectRecord.insert(
                hash: Data(merge.id.bytes), kind: CompactBody.code(of: .revision), body: body, in: db
            ).row
            let root = try #require(try ObjectRecord.locate(ObjectGraph.objects(of: edited).root, in: db)).row
            let parentRows = try [own, foreign].map { try #require(try ObjectRecord.locate($0, in: db)).row }
            try RevisionIndexRecord(
                object: row, agency: Self.ours.agency, year: Self.ours.year, root: root, time: 1_736_400_000,
                generation: try #require(try RevisionIndexRecord.generation(withParents: parentRows, in: db))
            ).insertCached(db)
            for (position, parentRow) in parentRows.enumerated() {
                try RevisionParentRecord(revision: row, position: position, parent: parentRow).insertCached(db)
            }
        }
        // Then fsck names it
        let report = try await store.verify()
        #expect(report.problems.map(\.kind) == [.parent])
        #expect(report.problems.first?.object == merge.id)
    }
}
