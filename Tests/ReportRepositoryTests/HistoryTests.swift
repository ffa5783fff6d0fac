import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

@Suite struct HistoryTests {
    @Test func logListsNewestFirstAndRespectsTheLimit() async throws {
        let (repository, revisions) = try await RefResolutionTests.history()
        #expect(try await repository.log("changzhang/2024").map(\.id) == revisions.reversed().map(\.id))
        #expect(try await repository.log("changzhang/2024", limit: 2).map(\.id) == [revisions[2].id, revisions[1].id])
        #expect(try await repository.log("changzhang/2024~2").map(\.id) == [revisions[0].id])
    }

    @Test func logOfAMergeListsBothLinesChildrenFirst() async throws {
        // Given a merge revision whose parents are two lines from a common base, all made in the same second
        let (repository, revisions) = try await RefResolutionTests.history()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let side = RevisionContent(
            report: key, root: revisions[0].root, parents: [revisions[0].id], author: "b", node: "township",
            time: RepositoryTestSupport.time, message: "side")
        let merge = RevisionContent(
            report: key, root: revisions[2].root, parents: [revisions[2].id, Revision(side).id], author: "a",
            node: "county", time: RepositoryTestSupport.time, message: "merge")
        try await repository.store.write { writer in
            try writer.put([EncodedObject(.revision(side)), EncodedObject(.revision(merge))])
            try writer.moveRef(.draft, of: key, to: Revision(merge).id)
        }
        // When the log is listed
        let log = try await repository.log("changzhang/2024").map(\.id)
        // Then every revision appears once, each before its parents
        #expect(Set(log) == Set(revisions.map(\.id) + [Revision(side).id, Revision(merge).id]))
        #expect(log.count == 5)
        #expect(log.first == Revision(merge).id)
        #expect(log.last == revisions[0].id)
    }

    @Test func showGivesTheDocumentAndTheRefsOnIt() async throws {
        let (repository, revisions) = try await RefResolutionTests.history()
        let details = try await repository.show("changzhang/2024~2")
        #expect(details.revision == revisions[0])
        #expect(details.refs == [.submitted])
        #expect(details.agency?.name == "常张乡人民政府")
        #expect(details.report.table(number: 3)?.cells.first?.cell.text == "1")
    }

    @Test func marksMoveAndReportsListThem() async throws {
        let (repository, revisions) = try await RefResolutionTests.history()
        let outcome = try await repository.mark("changzhang/2024", as: .submitted, author: "常张乡党政办")
        #expect(outcome.previous == revisions[0].id)
        #expect(outcome.revision == revisions[2].id)
        // An old revision is not published, reason or not (user review rv103, F9)
        await #expect(
            throws: RepositoryError.workflow(.notCurrentDraft(.published, generation: 2, draft: 3, submitted: 3))
        ) {
            try await repository.mark(
                "changzhang/2024~1", as: .published, author: "县政务公开办", overriding: "县里已审定这一修订")
        }
        // The draft changed after the submission is published by force, with the reason
        let changed = try await repository.commit(
            SampleReport.make(paragraphs: 5), to: ReportKey(agency: "changzhang", year: 2024), author: "a",
            message: "step 3", time: RepositoryTestSupport.time + 3)
        try await repository.mark(
            "changzhang/2024", as: .published, author: "县政务公开办", overriding: "县里已审定这一修订")
        let summary = try #require(try await repository.reports().first)
        #expect(summary.report == ReportKey(agency: "changzhang", year: 2024))
        #expect(summary.agencyName == "常张乡人民政府")
        #expect(summary.head == changed.revision)
        #expect(summary.submitted == revisions[2].id)
        #expect(summary.published == changed.revision.id)
        #expect(summary.mark(.published)?.isForced == true)
        #expect(summary.mark(.published)?.comment?.comment == "县里已审定这一修订")
    }

    @Test func markingAnUnknownREFChangesNothing() async throws {
        let (repository, _) = try await RefResolutionTests.history()
        let before = try await repository.reports()
        await #expect(
            throws: RepositoryError.refNotSet(
                ReportKey(agency: "changzhang", year: 2023), .draft, agencyName: "常张乡人民政府")
        ) {
            try await repository.mark("changzhang/2023", as: .published, author: "县政务公开办")
        }
        #expect(try await repository.reports() == before)
    }
}
