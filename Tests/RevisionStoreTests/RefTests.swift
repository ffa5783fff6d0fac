import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@Suite struct RefTests {
    @Test func headMovesOnlyFromTheRevisionTheWriterSaw() async throws {
        // Given a report with two revisions
        let store = try StoreTestSupport.memoryStore()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let report = SampleReport.make()
        let (first, _) = try await StoreTestSupport.commit(report, as: key, in: store)
        let (second, _) = try await StoreTestSupport.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "1"), as: key, in: store)
        // When a writer that last saw the first revision tries to move the head back to it
        let error = await #expect(throws: StoreError.self) {
            try await store.write { try $0.moveRef(.draft, of: key, to: first, expecting: .at(first)) }
        }
        // Then the move is refused, naming both, and the head stays
        #expect(error == .refMoved(key, ref: .draft, expected: first, found: second))
        #expect(try await store.read { try $0.ref(.draft, of: key)?.revision } == second)
    }

    @Test func marksPointToRevisionsOfTheirOwnReportOnly() async throws {
        let store = try StoreTestSupport.memoryStore()
        let mine = ReportKey(agency: "changzhang", year: 2024)
        let other = ReportKey(agency: "changzhang", year: 2023)
        let (revision, _) = try await StoreTestSupport.commit(SampleReport.make(), as: mine, in: store)
        try await store.write { try $0.moveRef(.submitted, of: mine, to: revision) }
        let error = await #expect(throws: StoreError.self) {
            try await store.write { try $0.moveRef(.published, of: other, to: revision) }
        }
        #expect(error == .revisionOfAnotherReport(revision, expected: other, found: mine))
        let refs = try await store.read { try $0.refs(of: mine) }
        #expect(refs.map(\.name) == [.draft, .submitted])
    }

    @Test func aReportMayKeepSeveralHeads() async throws {
        // Sync keeps both heads while a conflict is open: the table must allow it.
        let store = try StoreTestSupport.memoryStore()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let (revision, _) = try await StoreTestSupport.commit(SampleReport.make(), as: key, in: store)
        let township = RefName(kind: .head, name: "township-node")
        try await store.write { try $0.moveRef(township, of: key, to: revision, expecting: .absent) }
        #expect(try await store.read { try $0.refs(of: key).filter { $0.name.kind == .head }.count } == 2)
        #expect(try await store.write { try $0.removeRef(township, of: key, expecting: .at(revision)) })
    }

    @Test func revisionsAreFoundByUniquePrefix() async throws {
        let store = try StoreTestSupport.memoryStore()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let (revision, _) = try await StoreTestSupport.commit(SampleReport.make(), as: key, in: store)
        let prefix = String(revision.hex.prefix(6)).uppercased()
        #expect(try await store.read { try $0.revisions(withPrefix: prefix) } == [revision])
        #expect(try await store.read { try $0.revisions(withPrefix: "xyz") }.isEmpty)
        // A prefix of a non-revision object (the root) finds no revision.
        let root = try await store.read { try $0.requireRevision(revision).root }
        let rootMatches = try await store.read { try $0.revisions(withPrefix: root.hex) }
        #expect(rootMatches.isEmpty)
    }
}
