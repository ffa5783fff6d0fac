import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// "The same office" was any name that merely ended with an office's: 北王庄乡's report uploaded to 王庄乡 was taken as
/// 王庄乡's, the county could not register 东王庄乡 beside 王庄乡, and 常张乡政府 was registered as a second office
/// beside 常张乡人民政府 (rr99 F7). One office is one name with or without the regions in front and a trailing 政府.
@Suite struct SameOfficeRuleTests {
    @Test(arguments: [
        ("长子县常张乡人民政府", "常张乡人民政府"), ("常张乡政府", "常张乡人民政府"), ("常张乡", "常张乡 人民政府"),
        ("山西省长治市长子县常张乡", "常张乡"), ("长子县常张乡政府", "常张乡"),
    ])
    func oneOfficeWrittenLongerOrShorter(names: (String, String)) {
        #expect(ReportMismatch.sameOffice(names.0, names.1))
        #expect(ReportMismatch.sameOffice(names.1, names.0))
    }

    @Test(arguments: [
        ("北王庄乡人民政府", "王庄乡人民政府"), ("东常张乡", "常张乡"), ("张乡人民政府", "常张乡人民政府"),
        ("新洪泽区", "洪泽区"), ("大庄乡", "小庄乡"),
    ])
    func anotherOfficeThatEndsTheSame(names: (String, String)) {
        #expect(!ReportMismatch.sameOffice(names.0, names.1))
        #expect(!ReportMismatch.sameOffice(names.1, names.0))
    }

    @Test func theNeighbourIsRegisteredAndTheShortFormIsNot() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "wangzhuang", name: "王庄乡人民政府", by: "管理员")
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        // 东王庄乡 is another township
        try await repository.addAgency(id: "dongwangzhuang", name: "东王庄乡人民政府", by: "管理员")
        // 常张乡政府 is 常张乡人民政府 written shorter: refused as that office's
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "常张乡政府", agency: "changzhang"))) {
            try await repository.addAgency(id: "changzhangzf", name: "常张乡政府", by: "管理员")
        }
        #expect(try await repository.agency("changzhangzf") == nil)
    }

    @Test func aNeighboursFileIsRefusedNamingBoth() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "wangzhuang", name: "王庄乡人民政府", by: "管理员")
        let key = ReportKey(agency: "wangzhuang", year: 2024)
        let before = try await repository.statistics()
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "北王庄乡人民政府", year: 2024), to: key, author: "李四", message: "初稿",
                time: RepositoryTestSupport.time)
        }
        guard case .wrongReport(let mismatch) = error else {
            Issue.record("not refused as another office's report: \(String(describing: error))")
            return
        }
        #expect(mismatch.textAgency == "北王庄乡人民政府")
        #expect(mismatch.description.contains("王庄乡人民政府"))
        #expect(try await repository.statistics() == before)
        // The township's own file, its county in front, is taken
        let own = try await repository.commit(
            SampleReport.make(agency: "长子县王庄乡人民政府", year: 2024), to: key, author: "李四", message: "初稿",
            time: RepositoryTestSupport.time)
        #expect(own.status == .committed)
    }
}
