import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// The walk of a draft's newest revisions that every commit of a file naming no revision makes (the own-copy check,
/// up to 200 revisions) reads the revision index in a few queries, not one a revision, and gives the same headers in
/// the same order whatever it finds there: a merged line of fewer revisions is walked too.
@Suite struct RecentRevisionsWalkTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// Stores a revision of `key` by `author` onto `parents`; the draft is moved to it when `moving` is its head.
    static func commit(
        _ store: RevisionStore, author: String, parents: [ObjectID], moving head: ObjectID?, index: Int
    ) async throws -> ObjectID {
        var report = SampleReport.make()
        report.title = (report.title ?? "") + String(repeating: "。", count: index)
        let edited = report
        let time = Date(timeIntervalSince1970: 1_736_300_000 + Double(index) * 60)
        return try await store.write { writer in
            let (root, objects) = ObjectGraph.objects(of: edited)
            try writer.put(objects)
            let revision = EncodedObject(
                .revision(
                    RevisionContent(
                        report: key, root: root, parents: parents, author: author, node: "county", time: time,
                        message: "第 \(index + 1) 次修改")))
            try writer.put([revision])
            if parents.first == head {
                try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head), at: time)
            }
            return revision.id
        }
    }

    /// A line of `count` revisions by 李明, oldest first.
    static func line(_ store: RevisionStore, count: Int) async throws -> [ObjectID] {
        var ids: [ObjectID] = []
        for index in 0..<count {
            let parents = ids.last.map { [$0] } ?? []
            ids.append(try await commit(store, author: "李明", parents: parents, moving: ids.last, index: index))
        }
        return ids
    }

    @Test func aMergedShortLineIsWalkedInTheSameOrder() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try RevisionStore.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: StoreTestSupport.logger)
        // Given five revisions by 李明, a revision by 王审核 made on the first, and their merge on the draft
        let line = try await Self.line(store, count: 5)
        let side = try await Self.commit(store, author: "王审核", parents: [line[0]], moving: nil, index: 10)
        let merge = try await Self.commit(
            store, author: "李明", parents: [line[4], side], moving: line[4], index: 11)
        // Then the walk goes breadth first, each revision once, 王审核's (two generations below the merge's
        // first parent's line) included, with its author and parents
        let all = try await store.read { try $0.recentRevisions(from: merge, limit: 200) }
        #expect(all.map(\.id) == [merge, line[4], side, line[3], line[0], line[2], line[1]])
        #expect(all.map(\.author) == ["李明", "李明", "王审核", "李明", "李明", "李明", "李明"])
        #expect(all.map(\.parents) == [[line[4], side], [line[3]], [line[0]], [line[2]], [], [line[1]], [line[0]]])
        // And a walk of three meets 王审核's revision, whose generation is further below the merge's than three
        let three = try await store.read { try $0.recentRevisions(from: merge, limit: 3) }
        #expect(three.map(\.id) == [merge, line[4], side])
        #expect(three.map(\.author) == ["李明", "李明", "王审核"])
        #expect(three.last?.parents == [line[0]])
    }

    @Test func aWalkOfThirtyRevisionsReadsTheIndexInAFewQueries() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try RevisionStore.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: StoreTestSupport.logger)
        let line = try await Self.line(store, count: 30)
        // When the walk reads the thirty revisions, every statement it runs counted
        let (walked, statements) = try await store.writer.read { db in
            var count = 0
            db.trace(options: .statement) { _ in count += 1 }
            defer { db.trace(options: .statement, nil) }
            let reader = StoreReader(connection: StoreConnection(db: db, path: ""))
            let walked = try reader.recentRevisions(from: line[29], limit: 200)
            return (walked.map(\.id), count)
        }
        // Then it gives all thirty, newest first, from a handful of statements (it ran one a revision before)
        #expect(walked == line.reversed())
        #expect(statements <= 8)
    }
}
