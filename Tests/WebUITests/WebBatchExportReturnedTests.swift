import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// What the batch export's `说明.txt` and the board call a returned report's draft uploaded since the return.
@Suite struct WebBatchExportReturnedTests {
    /// 石哲镇's 第 1 版 was returned and a later upload made 第 2 版: `说明.txt` called the file `第 2 版（已退回）`, a
    /// version nobody returned (rv119 M7). It says `第 2 版（草稿；第 1 版已退回）`, as the report page's marks do, and the
    /// board `已退回（退回的是第 1 版）`.
    @Test func aDraftAfterAReturnIsNotTheReturnedVersion() async throws {
        let fixture = try await WebBoardTests.fixture()
        let key = ReportKey(agency: "changzhang", year: 2024)
        try await fixture.repository.mark(key.description, as: .submitted, author: "李四")
        let returned = try await fixture.repository.mark(
            key.description, as: .returned, comment: "表三请核对", author: "王审核"
        ).revision
        let report = try await fixture.repository.report(at: returned.hex)
        let draft = try await fixture.repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "20"), to: key, author: "李四", message: "按意见修改")
        let generations = try await fixture.repository.generations(of: [returned, draft.revision.id])
        let (first, second) = (try #require(generations[returned]), try #require(generations[draft.revision.id]))
        try await fixture.test { client in
            let files = try WebBatchExportTests.files(
                try await WebBatchExportTests.export(fixture.county, [key.description], client: client))
            let notes = String(decoding: try #require(files["说明.txt"]), as: UTF8.self)
            #expect(notes.contains("常张乡人民政府 2024 年度报告：第 \(second) 版（草稿；第 \(first) 版已退回）"), "\(notes)")
            #expect(!notes.contains("（已退回）"), "\(notes)")
            // The board, its 第 2 版 beside it, says which version was returned
            let board = try await WebBoardTests.page("/?year=2024", fixture.county, client)
            #expect(board.contains("已退回（退回的是第 \(first) 版）"), "\(board)")
        }
    }
}
