import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A pull cut into packs (Schema/sync-protocol.md, "A pull"): each pack ends after a whole revision, says whether
/// more remain, and the packs together bring every object.
@Suite struct PullPackTests {
    /// Two reports of six revisions each, every revision changing one cell of table 3.
    static func county() async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.memoryRepository()
        for (agency, name) in [("changzhang", "常张乡人民政府"), ("dongfeng", "东风乡人民政府")] {
            let key = ReportKey(agency: agency, year: 2024)
            for revision in 0..<6 {
                let report = SampleReport.settingTable3Cell(
                    of: SampleReport.make(agency: name), index: 0, to: "\(revision + 1)")
                try await repository.commit(
                    report, to: key, author: "李四", message: "第\(revision + 1)稿",
                    time: RepositoryTestSupport.time + Double(revision))
            }
        }
        return repository
    }

    /// Limits as objects beyond those of the first revision (the first pack must hold a whole one).
    @Test(arguments: [0, 1, 7, 40, 20_000])
    func packsCutAtAnyLimitBringEverythingEachEndingWithARevision(extra: Int) async throws {
        let county = try await Self.county()
        let whole = try await county.pullPack(scope: .all, have: [], maxObjects: 20_000, maxBytes: .max)
        #expect(whole.remaining == 0)
        let first = try #require(whole.objects.firstIndex { $0.kind == .revision }) + 1
        let maxObjects = min(first + extra, 20_000)
        let township = try RepositoryTestSupport.memoryRepository()
        var have: [ObjectID] = []
        var received: [ObjectID] = []
        for _ in 0..<whole.objects.count + 1 {
            let pack = try await county.pullPack(scope: .all, have: have, maxObjects: maxObjects, maxBytes: .max)
            // A pack ends with a whole revision, within its limit
            if let last = pack.objects.last { #expect(last.kind == .revision) }
            #expect(pack.objects.count <= maxObjects)
            try await township.store(pack.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) })
            received += pack.objects.map(\.id)
            have += pack.objects.filter { $0.kind == .revision }.map(\.id)
            if pack.remaining == 0 { break }
            // Remaining objects are said while they remain, and a pack that brings nothing cannot say so
            #expect(!pack.objects.isEmpty)
            if pack.objects.isEmpty { break }
        }
        // Every object arrives; one may come twice when it is shared with a revision the puller already has that the
        // new one does not grow from (the other report's), and is stored as a no-op.
        #expect(Set(received) == Set(whole.objects.map(\.id)))
        #expect(received.count < whole.objects.count + first)
        let fsck = try await township.fsck()
        #expect(fsck.problems.isEmpty)
        #expect(fsck.revisions == 12)
    }
}
