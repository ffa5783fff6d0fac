import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import SyncAPI
import SyncServer
import Testing

@testable import SyncClient

/// A pull larger than one pack: each pack stored whole, the next asked for while it is stored, every object sent
/// once.
@Suite struct PackedPullTests {
    /// A county with four townships' reports of a few revisions each.
    static func county() async throws -> TestNode {
        let county = try TestNode("county")
        for (index, agency) in ["changzhang", "lizhuang", "wangji", "zhaoqiao"].enumerated() {
            let key = ReportKey(agency: agency, year: 2024)
            for edit in 0..<4 {
                try await county.editCell(key, index: edit, to: "\(index * 10 + edit + 1)", time: testTime(edit))
            }
            try await county.editParagraph(key, index: 0, to: "\(agency)本年度主动公开政府信息。", time: testTime(9))
        }
        return county
    }

    /// Packs of a few objects more than the first revision of a report (the largest here): a pack ends after a whole
    /// revision.
    static var limits: NodeLimits {
        NodeLimits(objectsPerPack: ObjectGraph.objects(of: SampleReport.make()).objects.count + 6)
    }

    @Test func aPullOfSeveralPacksBringsEveryReportAndSendsEachObjectOnce() async throws {
        // Given a county whose reports take several packs, each of a few more objects than its largest revision
        let county = try await Self.county()
        defer { county.remove() }
        let township = try TestNode("township")
        defer { township.remove() }
        let token = try await county.repository.issueToken(label: "县", scope: .all).secret
        let limits = Self.limits
        let countyObjects = try await county.repository.fsck().objects
        #expect(countyObjects > 2 * limits.objectsPerPack)
        // When the township pulls everything from nothing
        let report = try await withServer(county, limits: limits) { port in
            try await township.client(port: port, token: token).pull()
        }
        // Then it holds every report at the county's draft, and its store is sound
        #expect(try await township.drafts() == county.drafts())
        let fsck = try await township.repository.fsck()
        #expect(fsck.isClean)
        #expect(fsck.objects == countyObjects)
        // And each object came once: every request after the first named what the packs before it brought
        #expect(report.objectsReceived == countyObjects)
        #expect(report.statistics.requests >= 3)
        #expect(report.statistics.requests <= 2 * countyObjects / limits.objectsPerPack + 1, "\(report.statistics)")
    }

    @Test func aPullOfSeveralPacksIntoAHistoryOfItsOwnSendsOnlyWhatItLacks() async throws {
        // Given a township that pulled the county's reports once, then made a revision of its own, and a county
        // that made more revisions of every report since
        let county = try await Self.county()
        defer { county.remove() }
        let township = try TestNode("township")
        defer { township.remove() }
        let token = try await county.repository.issueToken(label: "县", scope: .all).secret
        let limits = Self.limits
        try await withServer(county, limits: limits) { port in
            _ = try await township.client(port: port, token: token).pull()
        }
        let before = try await township.repository.fsck().objects
        let own = ReportKey(agency: "changzhang", year: 2024)
        try await township.editParagraph(own, index: 1, to: "本乡自己的修改。", time: testTime(20))
        for agency in ["lizhuang", "wangji", "zhaoqiao"] {
            for edit in 0..<3 {
                try await county.editCell(
                    ReportKey(agency: agency, year: 2024), index: edit + 4, to: "\(edit + 7)", time: testTime(30 + edit)
                )
            }
        }
        let countyObjects = try await county.repository.fsck().objects
        // When it pulls again
        let report = try await withServer(county, limits: limits) { port in
            try await township.client(port: port, token: token).pull()
        }
        // Then it holds the county's new revisions, keeps its own, and received only objects it lacked
        let drafts = try await township.drafts()
        let countyDrafts = try await county.drafts()
        for agency in ["lizhuang", "wangji", "zhaoqiao"] {
            let key = ReportKey(agency: agency, year: 2024)
            #expect(drafts[key] == countyDrafts[key])
        }
        #expect(drafts[own] != countyDrafts[own])
        let fsck = try await township.repository.fsck()
        #expect(fsck.isClean)
        #expect(report.objectsReceived <= countyObjects - before)
        #expect(report.objectsReceived > 0)
    }

    @Test func theHavesAfterAPackNameItsNewestRevisionsInPlaceOfTheirParents() throws {
        // Given a pack with two revisions of one report (the second following the first) and one of another, from
        // a puller that held the first report's earlier revision and a revision of a third report
        func revision(_ agency: String, parents: [ObjectID], second: Int) -> EncodedObject {
            let (root, _) = ObjectGraph.objects(of: SampleReport.make(agency: agency + "乡人民政府", year: 2024))
            return EncodedObject(
                .revision(
                    RevisionContent(
                        report: ReportKey(agency: agency, year: 2024), root: root, parents: parents, author: "王芳",
                        node: "county", time: testTime(second), message: "m",
                        diagnostics: [Diagnostic(.warning, line: 3, code: .paragraphJoined, "合并")]
                    )))
        }
        let held = revision("changzhang", parents: [], second: 0)
        let other = revision("zhaoqiao", parents: [], second: 0)
        let first = revision("changzhang", parents: [held.id], second: 1)
        let second = revision("changzhang", parents: [first.id], second: 2)
        let third = revision("lizhuang", parents: [], second: 1)
        let (_, content) = ObjectGraph.objects(of: SampleReport.make())
        let pack = (content + [first, second, third]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) }
        // When the puller works out its next request's haves
        let haves = SyncClient.haves(after: [held.id, other.id], storing: pack)
        // Then they are the third report's revision, the newest of the first report, and the new report's
        #expect(haves == [other.id, second.id, third.id])
        // And a pack whose revision cannot be read gives none: the next request waits for the store
        var broken = Array(second.bytes)
        broken.replaceSubrange(broken.count - 10..<broken.count, with: Array(repeating: UInt8(ascii: "x"), count: 10))
        let damaged = Array(ObjectKind.revision.headerLine) + Array("report 1:x".utf8)
        #expect(
            SyncClient.haves(after: [], storing: [ReceivedObject(id: first.id, bytes: damaged)]) == nil)
        // while a revision whose later fields are damaged still names its parents (the store refuses it whole)
        #expect(
            SyncClient.haves(after: [held.id], storing: [ReceivedObject(id: second.id, bytes: broken)])
                == [held.id, second.id])
    }
}
