import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A clerk's own Word file sent again byte for byte after the county changed the draft brings nothing new: nothing is
/// committed and she is told so — not a new empty version said to merge the file's changes (ux96 finding 13).
@Suite struct OwnCopyResentTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func theSameOwnFileAgainCommitsNothingAndSaysSo() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given 赵六's own Word file as 第 1 版 and the county's correction as 第 2 版
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let own = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let bytes = Array(try DocxWriter.write(own))
        let time = RepositoryTestSupport.time
        let first = try await repository.commit(
            bytes: bytes, named: "dz-firstcopy.docx", to: key, author: "赵六", time: time)
        #expect(first.outcome.status == .committed)
        let corrected = try await repository.report(at: "changzhang/2024")
        let county = try await repository.commit(
            SampleReport.settingTable3Cell(of: corrected, index: 0, to: "3"), to: key, author: "王审核",
            message: "县里更正表三", time: time + 60
        ).revision
        // When she uploads the same file again
        let again = try await repository.commit(
            bytes: bytes, named: "dz-firstcopy.docx", to: key, author: "赵六", time: time + 120)
        // Then nothing is committed, the draft stays the county's, and she reads why
        #expect(again.outcome.status == .unchanged)
        #expect(try await repository.resolve("changzhang/2024").id == county.id)
        #expect(
            again.outcome.warnings == ["这份文件就是你提交过的第 1 版，没有新的修改；草稿现在是第 2 版（含王审核的修改），没有改动。"],
            "\(again.outcome.warnings)")
    }
}
