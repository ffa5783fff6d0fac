import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A report committed with `force` to an id not yet registered makes that agency from the report's name — never
/// under a name another agency has: two agencies named 城关镇人民政府 were two rows of the county's workbook that nobody
/// could tell apart (review rr93 F6).
@Suite struct ForcedCommitAgencyNameTests {
    @Test func aNewIdIsNotRegisteredUnderAnotherAgencysName() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "chengguan", name: "城关镇人民政府", by: "管理员")
        let report = SampleReport.make(agency: "城关镇人民政府", year: 2024)
        try await repository.commit(
            report, to: ReportKey(agency: "chengguan", year: 2024), author: "王审核", message: "城关镇")
        let before = try await repository.reportStates()
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "城关镇人民政府", agency: "chengguan"))) {
            try await repository.commit(
                SampleReport.settingTable3Cell(of: report, index: 0, to: "9"),
                to: ReportKey(agency: "xinzhen", year: 2024),
                author: "王审核", message: "新镇", force: true)
        }
        #expect(try await repository.agencies().map(\.id) == ["chengguan"])
        #expect(try await repository.reportStates() == before)
        // Registered first under its own name, it takes the report
        try await repository.addAgency(id: "xinzhen", name: "新镇人民政府", by: "管理员")
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9"), to: ReportKey(agency: "xinzhen", year: 2024),
            author: "王审核", message: "新镇", force: true)
        #expect(outcome.status == .committed)
    }
}
