import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportRepository

/// A report file that comes as bytes (a web upload): committed as `commit FILE` commits a file, under the same
/// guards; and the reports of a year paired with the same agencies' reports of the year before.
@Suite struct UploadCommitTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func bytesAreCommittedUnderTheSameGuards() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let text = ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2024))
        let result = try await repository.commit(
            bytes: Array(text.utf8), named: "常张乡.txt", to: Self.key, author: "李四",
            time: RepositoryTestSupport.time)
        #expect(result.outcome.status == .committed)
        #expect(result.outcome.revision.content.author == "李四")
        #expect(result.outcome.revision.content.message == "上传 常张乡.txt")
        let before = try await repository.statistics()
        // Another year's text is refused, naming both; a text that is no report is a parse error; nothing is stored.
        let other = ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2023))
        await #expect {
            try await repository.commit(bytes: Array(other.utf8), named: "2023.txt", to: Self.key, author: "李四")
        } throws: { error in
            guard case RepositoryError.wrongReport(let mismatch) = error else { return false }
            return mismatch.textYear == 2023 && mismatch.target == Self.key
        }
        await #expect {
            try await repository.commit(bytes: [0x89, 0x50, 0, 0, 0], named: "a.png", to: Self.key, author: "李四")
        } throws: { error in
            guard case RepositoryError.parse(let file, _) = error else { return false }
            return file == "a.png"
        }
        #expect(try await repository.statistics() == before)
    }

    @Test func anUnconfirmedUploadToAPublishedReportIsRefusedInsideTheWrite() async throws {
        // Given 常张乡 2024 submitted and published
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        try await repository.commit(
            report, to: Self.key, author: "李四", message: "初稿", time: RepositoryTestSupport.time)
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await repository.mark("changzhang/2024", as: .published, author: "王审核", overriding: "县政府已审定")
        let statistics = try await repository.statistics()
        let states = try await repository.reportStates()
        let audit = try await repository.auditLog()
        // When an edited file comes without the confirmation
        let edited = ReportText.render(SampleReport.settingTable3Cell(of: report, index: 0, to: "42"))
        await #expect(throws: RepositoryError.publishedUnconfirmed(Self.key, version: 1, agencyName: "常张乡人民政府")) {
            try await repository.commit(
                bytes: Array(edited.utf8), named: "常张乡.txt", to: Self.key, author: "李四",
                audit: AuditNote(.upload, "常张乡.txt"), refusingPublished: true)
        }
        // Then the store is exactly as it was
        #expect(try await repository.statistics() == statistics)
        #expect(try await repository.reportStates() == states)
        #expect(try await repository.auditLog() == audit)
        // And with it (or for a report not published) the upload is taken
        let taken = try await repository.commit(
            bytes: Array(edited.utf8), named: "常张乡.txt", to: Self.key, author: "李四",
            audit: AuditNote(.upload, "常张乡.txt"))
        #expect(taken.outcome.status == .committed)
        let again = ReportText.render(SampleReport.settingTable3Cell(of: report, index: 0, to: "43"))
        let next = try await repository.commit(
            bytes: Array(again.utf8), named: "常张乡.txt", to: Self.key, author: "李四", refusingPublished: true)
        #expect(next.outcome.status == .committed)
    }

    @Test func aYearsReportsComeWithLastYearsAndThoseNotReportedYet() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let reports = [
            ("changzhang", "常张乡人民政府", [2023, 2024]), ("dazhuang", "大庄乡人民政府", [2024]),
            ("wagang", "瓦岗寨乡人民政府", [2023]),
        ]
        for (agency, name, years) in reports {
            for year in years {
                try await repository.commit(
                    SampleReport.make(agency: name, year: year), to: ReportKey(agency: agency, year: year),
                    author: "县政务公开办", message: "导入", time: RepositoryTestSupport.time)
            }
        }
        let entries = try await repository.yearEntries(ofYear: 2024)
        #expect(entries.map(\.agency) == ["changzhang", "dazhuang", "wagang"])
        #expect(entries[0].previous?.revision.report == ReportKey(agency: "changzhang", year: 2023))
        #expect(entries[1].previous == nil)
        // 瓦岗寨乡 must report (a township) and has not: listed, by name, with last year's report
        #expect(entries[2].current == nil)
        #expect(entries[2].name == "瓦岗寨乡人民政府")
        #expect(entries[2].previous?.revision.report == ReportKey(agency: "wagang", year: 2023))
        let township = try await repository.yearEntries(ofYear: 2024, scope: .agencies(["dazhuang"]))
        #expect(township.count == 1 && township[0].previous == nil)
    }
}
