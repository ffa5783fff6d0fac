import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// A commit of a file naming the office one character differently from its registered name (a typo, or its new name
/// after 撤乡设镇) said "check --agency, or add --force" — which would put the typo in the report to be published
/// (user review ux96, finding 10). It now names both names and the way on, without --force.
@Suite struct NearNameCommitTests {
    @Test(arguments: ["长子县长张乡人民政府", "长子县常张镇人民政府"])
    func aNearNameIsToldAsSuchWithoutForce(_ named: String) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        let key = ReportKey(agency: "changzhang", year: 2025)

        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: named, year: 2025), to: key, author: "李四", message: "初稿")
        }

        guard case .wrongReport(let mismatch) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(mismatch.isNearName)
        let text = error?.description ?? ""
        #expect(text.contains("文件里写的机关名称“\(named)”和登记的“长子县常张乡人民政府”不一样（只差一两个字）"), "\(text)")
        #expect(text.contains("nianbao agency rename changzhang 新名称"), "\(text)")
        #expect(text.contains("nianbao agency alias changzhang \(named)"), "\(text)")
        #expect(!text.contains("--force"), "\(text)")
        #expect(try await repository.report(key) == nil)
    }

    /// Another office's report is still refused as one, with --force offered.
    @Test func anotherOfficeIsNotANearName() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "长子县大庄乡人民政府", year: 2025), to: ReportKey(agency: "changzhang", year: 2025),
                author: "李四", message: "初稿")
        }
        guard case .wrongReport(let mismatch) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(!mismatch.isNearName)
        #expect(error?.description.contains("--force") == true)
    }
}
