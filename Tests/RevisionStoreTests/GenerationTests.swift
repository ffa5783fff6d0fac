import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// Revisions numbered by their generation (schema 16, `Schema/store.md`, "Generations"): 1 without parents, else one
/// more than the greatest of the parents', the same on every node whatever the order revisions arrived in.
@Suite struct GenerationTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A history with two lines, a merge of them, and a merge whose first parent is also an ancestor of its second:
    ///
    ///     first ─ second ─ third ─────────── merge        (merge's parents: third, side)
    ///                 └─ side ─ sideTwo ─ catchUp          (catchUp's parents: side, sideTwo)
    ///
    /// in the order the objects can be stored (every revision after its parents).
    static func history() -> (revisions: [String: EncodedObject], objects: [EncodedObject], order: [String]) {
        var objects: [EncodedObject] = []
        var revisions: [String: EncodedObject] = [:]
        func add(_ name: String, cell: String, parents: [String], minute: Int) {
            let report = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 1, to: cell)
            let (root, pieces) = ObjectGraph.objects(of: report)
            objects += pieces
            revisions[name] = EncodedObject(
                .revision(
                    RevisionContent(
                        report: key, root: root, parents: parents.compactMap { revisions[$0]?.id }, author: name,
                        node: "test", time: Date(timeIntervalSince1970: 1_736_400_000 + Double(minute) * 60),
                        message: name)))
        }
        add("first", cell: "1", parents: [], minute: 0)
        add("second", cell: "2", parents: ["first"], minute: 1)
        add("third", cell: "3", parents: ["second"], minute: 2)
        add("side", cell: "4", parents: ["second"], minute: 3)
        add("sideTwo", cell: "5", parents: ["side"], minute: 4)
        add("merge", cell: "6", parents: ["third", "side"], minute: 5)
        add("catchUp", cell: "7", parents: ["side", "sideTwo"], minute: 6)
        return (revisions, objects, ["first", "second", "third", "side", "sideTwo", "merge", "catchUp"])
    }

    static let expected = ["first": 1, "second": 2, "third": 3, "side": 3, "sideTwo": 4, "merge": 4, "catchUp": 5]

    static func store(
        _ order: [String], history: (revisions: [String: EncodedObject], objects: [EncodedObject])
    )
        async throws -> RevisionStore
    {
        let store = try StoreTestSupport.memoryStore()
        try await store.write { writer in
            try writer.put(history.objects)
            try writer.put(order.compactMap { history.revisions[$0] })
        }
        return store
    }

    static func generations(
        in store: RevisionStore, of revisions: [String: EncodedObject], scope: AccessScope = .all
    ) async throws -> [String: Int] {
        let found = try await store.read { try $0.generations(of: revisions.values.map(\.id), scope: scope) }
        return revisions.compactMapValues { found[$0.id] }
    }

    @Test func aRevisionIsOneMoreThanItsGreatestParentWhateverTheOrderItArrivedIn() async throws {
        let history = Self.history()
        // Given the same revisions stored into two stores, one line first in the one, the other line first in the other
        let one = try await Self.store(history.order, history: (history.revisions, history.objects))
        let other = try await Self.store(
            ["first", "second", "side", "sideTwo", "catchUp", "third", "merge"],
            history: (history.revisions, history.objects))
        // Then both number every revision alike, side-by-side revisions sharing a number
        #expect(try await Self.generations(in: one, of: history.revisions) == Self.expected)
        #expect(try await Self.generations(in: other, of: history.revisions) == Self.expected)
        #expect(try await one.verify().isClean)
        // And a revision of an agency outside the reader's scope is left out, as one the store does not hold
        #expect(try await Self.generations(in: one, of: history.revisions, scope: .agencies(["dazhuang"])).isEmpty)
    }

    @Test func aWriterKnowsTheNumbersOfWhatItStoredAndReadsTheOthers() async throws {
        let history = Self.history()
        let store = try StoreTestSupport.memoryStore()
        let names = ["first", "second", "third"]
        // Given revisions stored in one transaction, then one more in another
        let inFirst = try await store.write { writer in
            try writer.put(history.objects)
            try writer.put(names.compactMap { history.revisions[$0] })
            return try names.map { try writer.generation(of: try #require(history.revisions[$0]).id) }
        }
        let inSecond = try await store.write { writer in
            try writer.put([try #require(history.revisions["side"])])
            return try ["side", "third", "merge"].map {
                try writer.generation(of: try #require(history.revisions[$0]).id)
            }
        }
        // Then each transaction gives the numbers of what it stored and of what was stored before, and none for a
        // revision not held
        #expect(inFirst == [1, 2, 3])
        #expect(inSecond == [3, 3, nil])
    }

    @Test func aVersion15FileIsNumberedWhenItIsBroughtUpToDate() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a file of schema 15 holding the history, stored merge-last
        let path = folder.path("repository.sqlite").path
        let history = Self.history()
        do {
            let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
            try await store.write { writer in
                try writer.put(history.objects)
                try writer.put(history.order.compactMap { history.revisions[$0] })
            }
        }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try StoreTestSupport.undoVersion16($0) }
        try queue.close()
        // When this version opens it
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then every revision has its number, and the file is sound
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        #expect(try await Self.generations(in: upgraded, of: history.revisions) == Self.expected)
        #expect(try await upgraded.verify().isClean)
    }

    @Test func theIndexRebuiltFromTheRevisionsNumbersThemAlike() async throws {
        // Given a store whose numbers were all lost behind its back
        let history = Self.history()
        let store = try await Self.store(history.order, history: (history.revisions, history.objects))
        try await store.writer.write { db in try db.execute(sql: "UPDATE revision SET generation = 0") }
        #expect(try await store.verify().problems.count == history.revisions.count)
        // When the index is rebuilt from the revision objects, then every revision has its number again
        #expect(try await store.rebuildIndexes() == history.revisions.count)
        #expect(try await Self.generations(in: store, of: history.revisions) == Self.expected)
        #expect(try await store.verify().isClean)
    }

    @Test func fsckFindsAWrongNumber() async throws {
        // Given a store one of whose revisions was renumbered behind its back
        let history = Self.history()
        let store = try await Self.store(history.order, history: (history.revisions, history.objects))
        let merge = try #require(history.revisions["merge"])
        try await store.writer.write { db in
            let row = try #require(try ObjectRecord.locate(merge.id, in: db)).row
            try db.execute(sql: "UPDATE revision SET generation = 7 WHERE object = ?", arguments: [row])
        }
        // Then fsck names it, and it alone
        let problems = try await store.verify().problems
        #expect(problems.map(\.kind) == [.index])
        #expect(problems.first?.object == merge.id)
    }

    @Test func aFileWithoutNumbersIsReadAsItIsWithoutThem() async throws {
        // Given a store at schema 15 (as a file on read-only media stays)
        let store = try RevisionStore.inMemory(upTo: "v15-object-names", logger: StoreTestSupport.logger)
        let history = Self.history()
        try await store.write { writer in
            try writer.put(history.objects)
            try writer.put(history.order.compactMap { history.revisions[$0] })
        }
        // Then its revisions are stored and read, without numbers
        #expect(try await Self.generations(in: store, of: history.revisions).isEmpty)
        #expect(try await store.verify().isClean)
    }
}
