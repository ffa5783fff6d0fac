import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// Marks are stored to the second and a tie went by rank (published over returned over submitted): a report submitted
/// again within the second of its return stayed 已退回, one returned within the second of its publication stayed 已公开
/// (found looking at the brief of names-102). A mark set within the second of another is stamped a second after it.
@Suite struct MarkSameSecondTests {
    @Test func resubmittedInTheSecondOfTheReturn() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let key = ReportKey(agency: "changzhang", year: 2024)
        let time = RepositoryTestSupport.time
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: key, author: "李四", message: "报告", time: time)
        try await repository.mark(key.description, as: .submitted, author: "李四", time: time + 10)
        try await repository.mark(
            key.description, as: .returned, comment: "表三", author: "王审核", time: time + 20.2)
        try await repository.mark(key.description, as: .submitted, author: "李四", time: time + 20.7)
        var summary = try #require(try await repository.reports().first { $0.report == key })
        #expect(summary.status == .submitted)
        // A third mark in that second is later still
        try await repository.mark(
            key.description, as: .returned, comment: "还是不对", author: "王审核", time: time + 20.9)
        summary = try #require(try await repository.reports().first { $0.report == key })
        #expect(summary.status == .returned)
    }

    @Test func returnedInTheSecondOfThePublication() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let key = ReportKey(agency: "changzhang", year: 2024)
        let time = RepositoryTestSupport.time
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: key, author: "李四", message: "报告", time: time)
        try await repository.mark(key.description, as: .submitted, author: "李四", time: time + 10)
        try await repository.mark(key.description, as: .published, author: "王审核", time: time + 20.2)
        try await repository.mark(
            key.description, as: .returned, comment: "公开错了", author: "王审核", time: time + 20.7)
        let summary = try #require(try await repository.reports().first { $0.report == key })
        #expect(summary.status == .returned)
    }
}
