import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// The notes a list prints under a report (`nianbao reports`): a correction request only while the report is
/// returned. The township's list kept printing `已退回 退回意见：…` under a report it had since submitted again and the
/// county had published (user review ux98, N).
@Suite struct StandingNotesTests {
    @Test func aCorrectionRequestStandsOnlyWhileTheReportIsReturned() async throws {
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: store)
        let key = ReportKey(agency: "changzhang", year: 2024)
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        // (a minute between steps: marks of one second are told apart by time alone)
        func minute(_ count: Double) -> Date { RepositoryTestSupport.time.addingTimeInterval(60 * count) }
        try await repository.commit(report, to: key, author: "李四", message: "初稿", time: minute(0))
        try await repository.mark(key.description, as: .submitted, author: "李四", time: minute(1))
        try await repository.mark(
            key.description, as: .returned, comment: "表三合计不对", author: "王审核", time: minute(2))
        func notes() async throws -> [String] {
            try #require(try await repository.reports().first { $0.report == key }).standingNotes.compactMap(\.note)
        }
        #expect(try await notes() == ["退回意见：表三合计不对"])
        // Corrected, submitted again and published: the request was answered
        try await repository.commit(
            SampleReport.rewritingParagraph(of: report, index: 0, to: "2024年，常张乡人民政府改正了表三。"), to: key,
            author: "李四", message: "改正", time: minute(3))
        try await repository.mark(key.description, as: .submitted, author: "李四", time: minute(4))
        #expect(try await notes() == [])
        try await repository.mark(key.description, as: .published, author: "王审核", time: minute(5))
        #expect(try await notes() == [])
        // A forced publish's reason stands
        try await repository.commit(report, to: key, author: "李四", message: "又改", time: minute(6))
        try await repository.mark(
            key.description, as: .published, author: "王审核", overriding: "领导同意", time: minute(7))
        #expect(try await notes() == ["强制理由：领导同意"])
    }
}
