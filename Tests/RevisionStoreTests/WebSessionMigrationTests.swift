import Foundation
import GRDB
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

/// A store of schema 18 (before the web sessions were kept in the file) is brought to the current schema when it is opened
/// for writing, with everything it held, and keeps sessions from then on.
@Suite struct WebSessionMigrationTests {
    @Test func aVersion18FileGetsItsSessionTableWhenItIsOpened() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a file of schema 18 holding a report
        let path = folder.path("repository.sqlite").path
        let key = ReportKey(agency: "changzhang", year: 2024)
        let revision: ObjectID
        do {
            let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
            revision = try await StoreTestSupport.commit(SampleReport.make(), as: key, in: store).revision
        }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try StoreTestSupport.undoVersion19($0) }
        #expect(try await queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 18)
        try queue.close()
        // When this version opens it
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then it is at the current schema with every migration, its report kept, and it keeps a session
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        #expect(try await upgraded.read { try $0.ref(.draft, of: key)?.revision } == revision)
        let hash = Array(repeating: UInt8(3), count: 32)
        try await upgraded.write { writer in
            try writer.openWebSession(
                idHash: hash, for: .person(id: 1, stamp: "s"), expires: Date().addingTimeInterval(60), now: Date(),
                capacity: 10, perSubject: 20)
        }
        #expect(try await upgraded.read { try $0.webSession(idHash: hash)?.subject } == .person(id: 1, stamp: "s"))
        #expect(try await upgraded.verify().isClean)
    }
}
