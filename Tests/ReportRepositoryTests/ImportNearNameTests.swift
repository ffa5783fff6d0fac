import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// A typo in an office's name (长张乡 for 常张乡) used to make a new agency on import, which the board then expected
/// every year, while the office's own report stayed 未报送 (user review ux96, finding 12). A name one or two characters
/// from a registered agency's is not made a new agency: the file fails, naming the registered office and how to go on.
@Suite struct ImportNearNameTests {
    /// A county in a repository file with 常张乡 and 大庄乡 registered.
    static func county(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        try await repository.addAgency(id: "dazhuang", name: "长子县大庄乡人民政府", by: "管理员")
        return repository
    }

    @Test func aNameOneCharacterFromARegisteredOfficeIsNotMadeANewAgency() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let inbox = folder.path("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try RepositoryTestSupport.write(
            ["常张乡2024年报.txt": SampleReport.make(agency: "长子县长张乡人民政府", year: 2024)], to: inbox)

        let summary = try await repository.importFolder(at: inbox.path, author: "王审核")

        #expect(summary.imported.isEmpty)
        #expect(summary.newAgencies.isEmpty)
        let failure = try #require(summary.failed.first)
        #expect(failure.file == "常张乡2024年报.txt")
        #expect(
            failure.reason.contains("写的机关名称“长子县长张乡人民政府”和已登记的 长子县常张乡人民政府（changzhang） 只差一两个字"),
            "\(failure.reason)")
        #expect(failure.reason.contains("这个文件没有导入，也没有新建机关"), "\(failure.reason)")
        #expect(failure.reason.contains("nianbao agency alias changzhang 长子县长张乡人民政府"), "\(failure.reason)")
        #expect(failure.reason.contains("nianbao agency add changzhang-2 --name 长子县长张乡人民政府"), "\(failure.reason)")
        #expect(try await repository.agencies().map(\.id).sorted() == ["changzhang", "dazhuang"])
        #expect(
            try await repository.expectedAgencies(year: 2025).agencies.map(\.id).sorted() == ["changzhang", "dazhuang"])

        // Given the county says it is another name of 常张乡, the file is 常张乡's report
        try await repository.addAliases(["长子县长张乡人民政府"], to: "changzhang", by: "管理员")
        let again = try await repository.importFolder(at: inbox.path, author: "王审核")
        #expect(again.failed.isEmpty)
        #expect(again.imported.map(\.report) == [ReportKey(agency: "changzhang", year: 2024)])
    }

    @Test func theOfficesNewNameAfterARenameIsNotANewAgencyEither() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let inbox = folder.path("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try RepositoryTestSupport.write(
            ["常张镇2025年报.txt": SampleReport.make(agency: "长子县常张镇人民政府", year: 2025)], to: inbox)

        let summary = try await repository.importFolder(at: inbox.path, author: "王审核")

        #expect(summary.imported.isEmpty)
        #expect(summary.failed.first?.reason.contains("长子县常张乡人民政府（changzhang）") == true)
        #expect(summary.failed.first?.reason.contains("nianbao agency rename") == true)
    }

    /// Neighbouring offices named apart by design, and names not close at all, are new agencies as before.
    @Test func otherOfficesAreStillNewAgencies() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let inbox = folder.path("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try RepositoryTestSupport.write(
            [
                "小庄乡.txt": SampleReport.make(agency: "长子县小庄乡人民政府", year: 2024),
                "西河乡.txt": SampleReport.make(agency: "长子县西河乡人民政府", year: 2024),
            ], to: inbox)

        let summary = try await repository.importFolder(at: inbox.path, author: "王审核")

        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(Set(summary.newAgencies.map(\.name)) == ["长子县小庄乡人民政府", "长子县西河乡人民政府"])
    }

    @Test(arguments: [
        ("长子县长张乡人民政府", "长子县常张乡人民政府", true),
        ("长子县常张镇人民政府", "长子县常张乡人民政府", true),
        ("长子县教育体局", "长子县教育局", true),
        ("长子县小庄乡人民政府", "长子县大庄乡人民政府", false),
        ("长子县西关街道办事处", "长子县东关街道办事处", false),
        ("第3乡人民政府", "第2乡人民政府", false),
        ("第10乡人民政府", "第1乡人民政府", false),
        ("长子县西河乡人民政府", "长子县常张乡人民政府", false),
    ])
    func nearNames(_ one: String, _ other: String, near: Bool) {
        #expect(AgencyNaming.areNear(one, other) == near)
        #expect(AgencyNaming.areNear(other, one) == near)
    }
}
