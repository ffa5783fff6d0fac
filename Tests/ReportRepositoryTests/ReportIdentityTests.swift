import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The wrong report never replaces a draft: the agency and year a text names are checked against the report it is
/// committed as, on every way in.
@Suite struct ReportIdentityTests {
    static let hongze = ReportKey(agency: "hongze", year: 2024)

    /// A repository where hongze/2024 is 淮安市洪泽区人民政府's draft.
    static func repository() async throws -> (ReportRepository, Revision) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let first = try await repository.commit(
            SampleReport.make(agency: "淮安市洪泽区人民政府"), to: hongze, author: "县政务公开办", message: "初稿")
        return (repository, first.revision)
    }

    @Test func anotherAgencysReportIsRefusedNamingBothAndTheDraftIsUntouched() async throws {
        // Given hongze/2024's draft
        let (repository, first) = try await Self.repository()
        let before = try await repository.statistics()
        // When 金乡县羊山镇's report is committed as hongze/2024
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "金乡县羊山镇人民政府"), to: Self.hongze, author: "县政务公开办", message: "2")
        }
        // Then it is refused with both reports named, and nothing is written
        guard case .wrongReport(let mismatch) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(mismatch.description == "这份报告是 金乡县羊山镇人民政府 2024 年的，不是 hongze/2024（淮安市洪泽区人民政府）")
        #expect(error?.description.hasPrefix(mismatch.description + "。") == true)
        #expect(try await repository.resolve("hongze/2024") == first)
        #expect(try await repository.statistics() == before)
    }

    @Test func anotherYearIsRefused() async throws {
        let (repository, first) = try await Self.repository()
        // (the office's own report of another year: the web pages say which year to choose, ux98 A)
        var otherYear = ReportMismatch(
            textAgency: "淮安市洪泽区人民政府", textYear: 2023, target: Self.hongze, targetName: "淮安市洪泽区人民政府",
            textAgencyID: nil)
        otherYear.isOtherYear = true
        // (what the year check knows of it: its title and statistics period both 2023, ux98 P)
        (otherYear.titleYear, otherYear.periodYear) = (2023, 2023)
        await #expect(throws: RepositoryError.wrongReport(otherYear)) {
            try await repository.commit(
                SampleReport.make(agency: "淮安市洪泽区人民政府", year: 2023), to: Self.hongze, author: "a", message: "m")
        }
        #expect(try await repository.resolve("hongze/2024") == first)
    }

    @Test func forceCommitsItAndTheMessageSaysSo() async throws {
        let (repository, first) = try await Self.repository()
        let outcome = try await repository.commit(
            SampleReport.make(agency: "金乡县羊山镇人民政府"), to: Self.hongze, author: "县政务公开办", message: "换稿",
            force: true)
        #expect(outcome.status == .committed)
        #expect(outcome.revision.parents == [first.id])
        #expect(
            outcome.revision.content.message
                == "换稿\n\n（强制提交：这份报告是 金乡县羊山镇人民政府 2024 年的，不是 hongze/2024（淮安市洪泽区人民政府））")
        #expect(outcome.warnings.first?.hasPrefix("已强制提交") == true)
    }

    @Test(arguments: ["淮安市洪泽区人民政府", "洪泽区人民政府", "洪泽区", "江苏省淮安市洪泽区人民政府", "淮安市洪泽区 人民政府"])
    func theSameOfficeUnderAnotherSpellingIsAccepted(name: String) async throws {
        let (repository, _) = try await Self.repository()
        let outcome = try await repository.commit(
            SampleReport.make(agency: name, paragraphs: 4), to: Self.hongze, author: "a", message: "m")
        #expect(outcome.status == .committed)
    }

    @Test func aNewIDForAnAgencyTheRepositoryKnowsByNameIsRefused() async throws {
        let (repository, _) = try await Self.repository()
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "淮安市洪泽区人民政府"), to: ReportKey(agency: "hz", year: 2024), author: "a",
                message: "m")
        }
        #expect(error?.description.hasPrefix("这份报告是 淮安市洪泽区人民政府（本仓库的 hongze） 2024 年的，不是 hz/2024。") == true)
        #expect(try await repository.agencies().map(\.id) == ["hongze"])
    }

    /// An agency known by its id only (a first commit of a text that named no agency) is no way around the check: a
    /// report of an agency this repository knows by name is still refused.
    @Test func aTargetKnownByItsIDOnlyStillRefusesAnotherAgencysReport() async throws {
        let (repository, _) = try await Self.repository()
        var nameless = SampleReport.make(agency: "淮安市洪泽区人民政府", paragraphs: 4)
        nameless.agency = nil
        let key = ReportKey(agency: "xiaocun", year: 2024)
        _ = try await repository.commit(nameless, to: key, author: "a", message: "初稿")
        #expect(try await repository.agency("xiaocun")?.name == "xiaocun")
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "淮安市洪泽区人民政府"), to: key, author: "a", message: "m")
        }
        #expect(error?.description.hasPrefix("这份报告是 淮安市洪泽区人民政府（本仓库的 hongze） 2024 年的，不是 xiaocun/2024") == true)
        // A name nobody here has is still taken
        let outcome = try await repository.commit(
            SampleReport.make(agency: "小村镇人民政府", paragraphs: 4), to: key, author: "a", message: "m")
        #expect(outcome.status == .committed)
    }

    @Test func aTextThatNamesNoAgencyOrNoYearIsAcceptedWithAWarning() async throws {
        let (repository, _) = try await Self.repository()
        var report = SampleReport.make(agency: "淮安市洪泽区人民政府", paragraphs: 4)
        report.agency = nil
        let outcome = try await repository.commit(report, to: Self.hongze, author: "a", message: "m")
        #expect(outcome.status == .committed)
        #expect(outcome.warnings == ["这份报告的标题和开头没有写明机关名称，无法核对它是不是 淮安市洪泽区人民政府 2024 年度报告"])
        report = SampleReport.make(agency: "淮安市洪泽区人民政府", paragraphs: 5)
        report.year = nil
        let second = try await repository.commit(report, to: Self.hongze, author: "a", message: "m")
        #expect(second.status == .committed)
        #expect(second.warnings == ["这份报告没有写明年度，无法核对它是不是 淮安市洪泽区人民政府 2024 年度报告"])
    }

    /// The blank official template (or any text naming neither agency nor year) never replaces a draft unasked:
    /// nothing says it is this report.
    @Test func aTextThatNamesNeitherAgencyNorYearIsRefusedUnlessForced() async throws {
        let (repository, first) = try await Self.repository()
        var report = SampleReport.make(agency: "淮安市洪泽区人民政府", paragraphs: 4)
        report.agency = nil
        report.year = nil
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(report, to: Self.hongze, author: "a", message: "m")
        }
        #expect(
            error?.description.hasPrefix(
                "这份文件没有写明机关名称和年度，看不出是 hongze/2024（淮安市洪泽区人民政府）的报告（是不是空白模板或别的文件？）") == true)
        #expect(try await repository.resolve("hongze/2024") == first)
        let forced = try await repository.commit(report, to: Self.hongze, author: "a", message: "m", force: true)
        #expect(forced.status == .committed)
        #expect(forced.warnings.first?.hasPrefix("已强制提交：这份文件没有写明机关名称和年度") == true)
    }

    @Test func anImportWhoseMappingNamesTheWrongAgencyFailsThatFileOnly() async throws {
        // Given hongze/2024, and a folder whose mapping sends 羊山镇's file to hongze
        let (repository, first) = try await Self.repository()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try RepositoryTestSupport.write(
            ["yangshan.txt": SampleReport.make(agency: "金乡县羊山镇人民政府")], to: folder.url)
        try Data("yangshan.txt\thongze\n".utf8).write(to: folder.path("agencies.tsv"))
        // When it is imported
        let summary = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        // Then the file fails with the reason and hongze's draft is untouched
        #expect(summary.imported.isEmpty)
        #expect(summary.failed.map(\.file) == ["yangshan.txt"])
        #expect(summary.failed.first?.reason.hasPrefix("这份报告是 金乡县羊山镇人民政府 2024 年的，不是 hongze/2024") == true)
        #expect(try await repository.resolve("hongze/2024") == first)
    }
}
