import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A report returned twice keeps both returns' reasons: the store holds one comment per report and mark, so the
/// second 退回 replaced the first's reason, which was then gone from 流程 and never in the audit log (rv115 F7). Each
/// mark's and upload's audit line now names the version it marked or made, and a mark's line its comment, on the
/// pages, in a batch and at the terminal alike (rv115 F4).
@Suite struct ReturnReasonsKeptTests {
    static let key = ReportKey(agency: "changzhang", year: 2025)
    static let first = "第五部分标题缺少编号，请补上“五、”后重新报送。"
    static let second = "表三（七）总计与各项之和不符，请核对。"

    @Test func eachReturnKeepsItsReasonInTheFlowAndTheLog() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try ReportRepository.create(
            at: folder.path("county.sqlite").path, node: "县政务公开办", logger: RepositoryTestSupport.logger)
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2025)
        try await repository.commit(
            report, to: Self.key, author: "李四", message: "初稿", audit: AuditNote(.upload, "常张乡2025.docx"))
        try await repository.mark(
            Self.key.description, as: .submitted, author: "李四",
            audit: AuditNote(.mark, AuditWording.pageMark(.submitted).detail()))
        let batch = await repository.markBatch(
            [Self.key], as: .returned, comment: Self.first, author: "王审核",
            audit: AuditNote(.mark, AuditWording.batchMark(.returned).detail()))
        #expect(batch.map(\.refusal) == [nil])
        try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "2"), to: Self.key, author: "李四", message: "改",
            audit: AuditNote(.upload, "常张乡2025（改）.docx"))
        try await repository.mark(
            Self.key.description, as: .submitted, author: "李四",
            audit: AuditNote(.mark, AuditWording.pageMark(.submitted).detail()))
        try await repository.mark(
            Self.key.description, as: .returned, comment: Self.second, author: "王审核",
            audit: AuditNote(.mark, AuditWording.pageMark(.returned).detail()))

        let returns = try await repository.workflowSteps(of: Self.key).filter { $0.mark == .returned }
        #expect(returns.map(\.comment) == [Self.first, Self.second])
        let log = try await repository.auditLog(report: Self.key).map(\.detail).reversed()
        #expect(
            Array(log) == [
                "常张乡2025.docx → 第 1 版", "已报送 第 1 版", "已退回（批量） 第 1 版：\(Self.first)",
                "常张乡2025（改）.docx → 第 2 版", "已报送 第 2 版", "已退回 第 2 版：\(Self.second)",
            ])
        #expect(
            AuditWording.english(of: "已退回 第 2 版：\(Self.second)") == "returned, version 2: \(Self.second)")
        #expect(AuditWording.english(of: "常张乡2025.docx → 第 1 版") == "常张乡2025.docx → version 1")
    }
}
