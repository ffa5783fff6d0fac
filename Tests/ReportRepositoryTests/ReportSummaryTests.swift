import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// The one read model of a report in a list, and the reports around one: what `nianbao reports` and every web page
/// read through the repository.
@Suite struct ReportSummaryTests {
    static let changzhang2023 = ReportKey(agency: "changzhang", year: 2023)
    static let changzhang2024 = ReportKey(agency: "changzhang", year: 2024)
    static let dazhuang2024 = ReportKey(agency: "dazhuang", year: 2024)

    /// Three reports of two agencies, 常张乡's 2024 one submitted.
    static func repository() async throws -> (ReportRepository, [ReportKey: Revision]) {
        let repository = try RepositoryTestSupport.memoryRepository()
        var drafts: [ReportKey: Revision] = [:]
        for key in [changzhang2023, changzhang2024, dazhuang2024] {
            let agency = key.agency == "changzhang" ? "常张乡人民政府" : "大庄镇人民政府"
            drafts[key] =
                try await repository.commit(
                    SampleReport.make(agency: agency, year: key.year), to: key, author: "王芳", message: "初稿",
                    time: RepositoryTestSupport.time
                ).revision
        }
        try await repository.mark("changzhang/2024", as: .submitted, author: "常张乡党政办")
        return (repository, drafts)
    }

    @Test func aScopeListsOnlyTheReportsItReaches() async throws {
        let (repository, _) = try await Self.repository()
        #expect(
            try await repository.reports().map(\.report) == [
                Self.changzhang2023, Self.changzhang2024, Self.dazhuang2024,
            ])
        #expect(
            try await repository.reports(scope: .agencies(["dazhuang"])).map(\.report) == [Self.dazhuang2024])
        #expect(try await repository.reports(scope: .agencies(["nowhere"])).isEmpty)
    }

    @Test func oneReportIsWhatTheListSaysOfIt() async throws {
        let (repository, drafts) = try await Self.repository()
        let listed = try #require(try await repository.reports().first { $0.report == Self.changzhang2024 })
        let one = try #require(try await repository.report(Self.changzhang2024))
        #expect(one == listed)
        #expect(one.head == drafts[Self.changzhang2024])
        #expect(one.status == .submitted)
        #expect(one.displayName == "常张乡人民政府")
        #expect(one.refs.map(\.name).sorted() == [.draft, .submitted])
        #expect(one.otherHeads.isEmpty && one.conflicts.isEmpty && one.secondHead == nil)
        #expect(try await repository.report(ReportKey(agency: "changzhang", year: 2020)) == nil)
    }

    @Test func lastYearsReportIsTheDraftOfTheYearBefore() async throws {
        let (repository, drafts) = try await Self.repository()
        #expect(try await repository.previousYear(of: Self.changzhang2024) == drafts[Self.changzhang2023])
        #expect(try await repository.previousYear(of: Self.changzhang2023) == nil)
        #expect(try await repository.previousYear(of: Self.dazhuang2024) == nil)
        #expect(try await repository.nextYear(of: Self.changzhang2023) == drafts[Self.changzhang2024])
        #expect(try await repository.nextYear(of: Self.changzhang2024) == nil)
    }

    @Test func revisionsAreReadInTheOrderAskedAndAnUnknownOneIsAnError() async throws {
        let (repository, drafts) = try await Self.repository()
        let ids = [drafts[Self.dazhuang2024], drafts[Self.changzhang2023]].compactMap { $0?.id }
        #expect(try await repository.revisions(ids).map(\.id) == ids)
        let unknown = try #require(ObjectID(bytes: Array(repeating: 7, count: 32)))
        await #expect(throws: RepositoryError.store(.revisionNotFound(unknown))) {
            try await repository.revisions([unknown])
        }
    }

    @Test func theLogOfAReportWithOneHeadIsTheLogOfItsDraft() async throws {
        let (repository, _) = try await Self.repository()
        let summary = try #require(try await repository.report(Self.changzhang2024))
        #expect(try await repository.log(of: summary) == (try await repository.log("changzhang/2024")))
    }
}
