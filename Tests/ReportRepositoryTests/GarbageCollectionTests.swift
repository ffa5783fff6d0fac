import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// `nianbao gc` removes what nothing reaches — the batches of pushes that never finished — and never anything a ref,
/// head, mark or conflict reaches; the repository is sound afterwards.
@Suite struct GarbageCollectionTests {
    static let now = Date(timeIntervalSince1970: 1_736_500_000)
    static let keys = [
        ReportKey(agency: "a0", year: 2023), ReportKey(agency: "a0", year: 2024), ReportKey(agency: "a1", year: 2024),
        ReportKey(agency: "a2", year: 2024),
    ]

    /// A random history: commits, marks, pushes that open conflicts, merges that close them, and uploads no ref
    /// reaches (some a day old, some new).
    struct History {
        let repository: ReportRepository
        let folder: TemporaryDirectory
        var oldJunk: [ObjectID] = []
        var newJunk: [ObjectID] = []

        static func make(seed: UInt64) async throws -> History {
            let folder = try TemporaryDirectory(prefix: "nianbao-gc")
            let repository = try ReportRepository.create(
                at: folder.path("repository.sqlite").path, node: "county", logger: RepositoryTestSupport.logger)
            var history = History(repository: repository, folder: folder)
            let issued = try await RepositoryTestSupport.townshipToken("乡", agencies: ["a0", "a1"], in: repository)
            let sender = Sender(issued.token)
            var random = SeededRandom(seed: seed)
            var time = now.addingTimeInterval(-10 * 86_400)
            for step in 0..<24 {
                time = time.addingTimeInterval(3600)
                let key = random.pick(keys)
                let draft = try? await repository.report(at: key.description)
                let document = SampleReport.settingTable3Cell(
                    of: draft ?? SampleReport.make(agency: "\(key.agency)乡", year: key.year), index: random.int(0...20),
                    to: "\(step + 100)")
                switch random.int(0...5) {
                case 0, 1:
                    try await repository.commit(document, to: key, author: "王芳", message: "\(step)", time: time)
                case 2 where draft != nil:
                    try await repository.mark(key.description, as: .submitted, author: "王芳", time: time)
                case 3 where draft != nil && key.agency != "a2":
                    // A township's line from the draft's parent (or the draft): a second head, or a fast-forward
                    let head = try await repository.resolve(key.description)
                    let parent = head.firstParent ?? head.id
                    let (root, objects) = ObjectGraph.objects(of: document)
                    let revision = EncodedObject(
                        .revision(
                            RevisionContent(
                                report: key, root: root, parents: [parent], author: "乡", node: "township",
                                time: time, message: "乡 \(step)")))
                    _ = try await repository.receive(
                        objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
                        updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: nil)],
                        from: sender, time: time)
                case 4 where draft != nil:
                    // The county resolves any open conflict by committing the text
                    try await repository.commit(
                        document, to: key, author: "审核员", message: "合并 \(step)", time: time, mergingHeads: true)
                default:
                    // A push that never finished: objects no ref reaches, a day old or new
                    let isOld = random.chance(0.5)
                    let objects = (0..<3).map { index in
                        EncodedObject(.paragraph("未完成的上传 \(seed) \(step) \(index) \(random.int(0...1_000_000))"))
                    }
                    _ = try await repository.receive(
                        objects: objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) }, updates: [], from: sender,
                        time: isOld ? now.addingTimeInterval(-2 * 86_400) : now.addingTimeInterval(-3600))
                    if isOld { history.oldJunk += objects.map(\.id) } else { history.newJunk += objects.map(\.id) }
                }
            }
            return history
        }

        /// Every object a ref, head, mark or conflict reaches: each revision of each line and its document.
        func reachable() async throws -> Set<ObjectID> {
            var starts: [ObjectID] = []
            for state in try await repository.reportStates() {
                starts += state.revisions
            }
            for conflict in try await repository.conflicts(openOnly: false) {
                starts += [conflict.ours, conflict.theirs] + [conflict.base, conflict.merge].compactMap { $0 }
            }
            var objects = Set<ObjectID>()
            for start in Set(starts) {
                for revision in try await repository.log(start.hex) where objects.insert(revision.id).inserted {
                    let document = try await repository.report(at: revision.id.hex)
                    let graph = ObjectGraph.objects(of: document)
                    objects.formUnion(graph.objects.map(\.id))
                }
            }
            return objects
        }
    }

    @Test(arguments: 0..<6)
    func gcRemovesOnlyWhatNothingReaches(seed: UInt64) async throws {
        let history = try await History.make(seed: seed)
        defer { history.folder.remove() }
        let repository = history.repository
        let reachable = try await history.reachable()
        let before = try await repository.statistics()
        // When gc runs now
        let report = try await repository.collectGarbage(time: Self.now)
        // Then every reachable object is still there and reads back, the day-old junk is gone, the new junk stays
        let kept = try await repository.objects(Array(reachable), scope: .all)
        #expect(kept.count == reachable.count)
        #expect(
            try await repository.missingObjects(history.oldJunk, for: Sender(label: "x", scope: .all))
                == history.oldJunk)
        #expect(try await repository.missingObjects(history.newJunk, for: Sender(label: "x", scope: .all)).isEmpty)
        #expect(report.removed == history.oldJunk.count)
        #expect(before.objectCount - (try await repository.statistics()).objectCount == history.oldJunk.count)
        let fsck = try await repository.fsck()
        #expect(fsck.isClean, "\(fsck.problems)")
        // And a day later the rest of the junk goes too, and still nothing reachable
        let later = try await repository.collectGarbage(time: Self.now.addingTimeInterval(2 * 86_400))
        #expect(later.removed == history.newJunk.count)
        #expect(try await repository.objects(Array(reachable), scope: .all).count == reachable.count)
        #expect((try await repository.statistics()).objectCount == reachable.count)
        #expect(try await repository.fsck().isClean)
    }
    /// A push that never finished leaves a revision no ref reaches, with the receipt of who sent it: gc removes both.
    @Test func gcRemovesAnUnreachedRevisionWithItsReceipt() async throws {
        let folder = try TemporaryDirectory(prefix: "nianbao-gc")
        defer { folder.remove() }
        let repository = try ReportRepository.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: RepositoryTestSupport.logger)
        let key = ReportKey(agency: "a0", year: 2024)
        let report = SampleReport.make(agency: "a0乡", year: 2024)
        let head = try await repository.commit(report, to: key, author: "王芳", message: "初稿", time: Self.now)
        let sender = Sender(try await RepositoryTestSupport.townshipToken("乡", agencies: ["a0"], in: repository).token)
        let (root, objects) = ObjectGraph.objects(of: SampleReport.settingTable3Cell(of: report, index: 0, to: "77"))
        let revision = EncodedObject(
            .revision(
                RevisionContent(
                    report: key, root: root, parents: [head.revision.id], author: "乡", node: "township",
                    time: Self.now, message: "没有推完")))
        _ = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) }, updates: [],
            from: sender, time: Self.now)
        #expect(try await repository.receipts(of: [revision.id])[revision.id]?.sender == "乡")
        let report2 = try await repository.collectGarbage(time: Self.now.addingTimeInterval(2 * 86_400))
        #expect(report2.removed >= 2)
        #expect(try await repository.receipts(of: [revision.id]).isEmpty)
        #expect(try await repository.fsck().isClean)
    }

    @Test func gcIsDueNeverRunBeforeADayAfterTheLastOneOrWhenTheClockWentBack() async throws {
        let folder = try TemporaryDirectory(prefix: "nianbao-gc-due")
        defer { folder.remove() }
        let repository = try ReportRepository.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: RepositoryTestSupport.logger)
        // Never run: due, and recorded when it runs
        #expect(try await repository.collectGarbageIfDue(time: Self.now) != nil)
        #expect(try await repository.lastCollection() == Self.now)
        // An hour, and almost a day, later: not due
        #expect(try await repository.collectGarbageIfDue(time: Self.now.addingTimeInterval(3600)) == nil)
        #expect(try await repository.collectGarbageIfDue(time: Self.now.addingTimeInterval(86_399)) == nil)
        // A day later: due again
        let later = Self.now.addingTimeInterval(86_400)
        #expect(try await repository.collectGarbageIfDue(time: later) != nil)
        #expect(try await repository.lastCollection() == later)
        // `nianbao gc` by hand counts as the day's
        let byHand = later.addingTimeInterval(2 * 86_400)
        _ = try await repository.collectGarbage(time: byHand)
        #expect(try await repository.collectGarbageIfDue(time: byHand.addingTimeInterval(60)) == nil)
        // A clock set back before the last one: due, so that a wrong date cannot stop it for good
        #expect(try await repository.collectGarbageIfDue(time: Self.now) != nil)
        #expect(try await repository.lastCollection() == Self.now)
    }
}
