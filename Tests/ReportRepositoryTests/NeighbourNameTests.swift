import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// A file naming a neighbouring registered office's new name (常庄镇人民政府, 常庄乡 become a town) committed as
/// 常张乡's was taken for a near name of 常张乡 — and the web offered to register it as 常张乡's alias, which filed
/// that office's reports under 常张乡 and sent them to its token (rr98 F3, ux98 I). It is now another office's file.
@Suite struct NeighbourNameTests {
    static func repository(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        try await repository.addAgency(id: "changzhuang", name: "常庄乡人民政府", by: "管理员")
        return repository
    }

    @Test func aNeighboursNewNameIsAnotherOfficesFileNotANearName() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.repository(in: folder)
        let key = ReportKey(agency: "changzhang", year: 2024)

        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                SampleReport.make(agency: "常庄镇人民政府", year: 2024), to: key, author: "李四", message: "初稿")
        }

        guard case .wrongReport(let mismatch) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(!mismatch.isNearName)
        #expect(mismatch.otherOffice == "常庄乡人民政府")
        let text = error?.description ?? ""
        #expect(text.contains("文件里的名称是 常庄乡人民政府 的名称或和它只差一两个字：是不是选错了文件？"), "\(text)")
        #expect(!text.contains("nianbao agency alias changzhang"), "\(text)")
        #expect(mismatch.otherOfficeID == "changzhuang" && !mismatch.namesOtherOffice)
        #expect(
            mismatch.descriptionByName.hasSuffix("（文件里写的“常庄镇人民政府”和 常庄乡人民政府 的名称只差一两个字，多半是它的报告）"),
            "\(mismatch.descriptionByName)")
        #expect(try await repository.report(key) == nil)
    }

    /// A clerk of 常张乡 (the pages pass the session's scope) is answered for an office out of her reach as for a name
    /// nobody registered: the refusal neither completes her guess into the registry's name nor confirms the office
    /// exists (rv102 F1); the county, which reaches it, is told which office the file is.
    @Test func anOfficeOutOfTheSendersReachIsNotNamed() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.repository(in: folder)
        let bare = try TemporaryDirectory()
        defer { bare.remove() }
        let unregistered = try RepositoryTestSupport.fileRepository(in: bare)
        try await unregistered.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        let key = ReportKey(agency: "changzhang", year: 2024)
        let clerk = AccessScope.agencies(["changzhang"])
        func refusal(_ repository: ReportRepository, _ name: String) async -> String {
            do {
                try await repository.commit(
                    SampleReport.make(agency: name, year: 2024), to: key, author: "李四", message: "初稿", scope: clerk)
                return "committed"
            } catch {
                return error.description(in: .chinese)
            }
        }
        for name in ["常庄镇人民政府", "长子县常庄乡人民政府", "常庄乡人民政府"] {
            let answer = await refusal(repository, name)
            #expect(!answer.contains("常庄乡人民政府 的名称"), "\(answer)")
            #expect(answer == (await refusal(unregistered, name)), "\(name)")
        }
        #expect(try await repository.report(key) == nil)
    }

    /// The rule itself: the office a name is the same office as comes first, then the nearest; none for a name
    /// near only the target.
    @Test func theOtherOfficeIsTheOneTheNameBelongsTo() {
        let agencies = [
            Agency(id: "changzhang", name: "常张乡人民政府"), Agency(id: "changzhuang", name: "常庄乡人民政府"),
            Agency(id: "dazhuang", name: "大庄乡人民政府"),
        ]
        #expect(AgencyNaming.otherOffice(for: "常庄镇人民政府", than: "changzhang", among: agencies)?.id == "changzhuang")
        #expect(AgencyNaming.otherOffice(for: "长子县常庄乡人民政府", than: "changzhang", among: agencies)?.id == "changzhuang")
        #expect(AgencyNaming.otherOffice(for: "长张乡人民政府", than: "changzhang", among: agencies) == nil)
        #expect(AgencyNaming.otherOffice(for: "常张镇人民政府", than: "changzhang", among: agencies) == nil)
    }
}
