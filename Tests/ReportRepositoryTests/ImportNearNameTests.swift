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
        // (what made it near, and the id a new agency would get: 长张 reads chángzhāng, as 常张 does)
        #expect(failure.reason.contains("只差一两个字（“长”和“常”同音）"), "\(failure.reason)")
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

    /// 东关乡 was refused as a typo of a registered 城关乡 (county reviewer, rv101): one character of another sound
    /// is another place, a new agency; a character of the same sound (程关乡) is still taken for a typo, and the
    /// refusal says what it found and how to register the office as new if it is one.
    @Test func anotherPlaceWordIsANewAgencyAHomophoneIsNot() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "chengguan", name: "长子县城关乡人民政府", by: "管理员")
        let inbox = folder.path("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try RepositoryTestSupport.write(
            [
                "东关乡.txt": SampleReport.make(agency: "长子县东关乡人民政府", year: 2024),
                "程关乡.txt": SampleReport.make(agency: "长子县程关乡人民政府", year: 2024),
            ], to: inbox)

        let summary = try await repository.importFolder(at: inbox.path, author: "王审核")

        #expect(summary.newAgencies.map(\.name) == ["长子县东关乡人民政府"])
        #expect(summary.imported.map(\.report) == [ReportKey(agency: "dongguan", year: 2024)])
        let failure = try #require(summary.failed.first)
        #expect(failure.file == "程关乡.txt")
        #expect(failure.reason.contains("长子县城关乡人民政府（chengguan） 只差一两个字（“程”和“城”同音）"), "\(failure.reason)")
        #expect(failure.reason.contains("nianbao agency add chengguan-2 --name 长子县程关乡人民政府"), "\(failure.reason)")
    }

    @Test(arguments: [
        ("长子县东关乡人民政府", "长子县城关乡人民政府", false),
        ("常庄乡人民政府", "常张乡人民政府", false),
        ("王庄乡人民政府", "汪庄乡人民政府", true),
        ("张常乡人民政府", "常张乡人民政府", true),
        ("王庄乡人民政府", "王家庄乡人民政府", true),
        ("城关社区街道办事处", "东关社区街道办事处", false),
        ("长子县长张乡人民政府", "长子县常张乡人民政府", true),
        ("长子县常张镇人民政府", "长子县常张乡人民政府", true),
        ("长子县教育体局", "长子县教育局", true),
        ("长子县小庄乡人民政府", "长子县大庄乡人民政府", false),
        ("长子县西关街道办事处", "长子县东关街道办事处", false),
        ("第3乡人民政府", "第2乡人民政府", false),
        ("第10乡人民政府", "第1乡人民政府", false),
        ("长子县西河乡人民政府", "长子县常张乡人民政府", false),
        // a look-alike of another sound: a slip in a core of three or more (rv104 F1), another place in one of two
        ("长子县王泉山乡人民政府", "长子县玉泉山乡人民政府", true),
        ("长子县王泉镇人民政府", "长子县玉泉镇人民政府", false),
        ("长子县东关社区街道办事处", "长子县城关社区街道办事处", false),
    ])
    func nearNames(_ one: String, _ other: String, near: Bool) {
        #expect(AgencyNaming.areNear(one, other) == near)
        #expect(AgencyNaming.areNear(other, one) == near)
    }

    /// What the rule found, as the refusal says it.
    @Test func theSlipIsNamed() {
        #expect(NameSlip.slips(from: "长张乡人民政府", to: "常张乡人民政府") == [.homophone(written: "长", registered: "常")])
        #expect(NameSlip.slips(from: "张常乡", to: "常张乡人民政府") == [.swapped("张", "常")])
        #expect(NameSlip.slips(from: "王庄乡", to: "王家庄乡") == [.dropped("家")])
        #expect(NameSlip.slips(from: "长子县教育体局", to: "长子县教育局") == [.added("体")])
        #expect(NameSlip.slips(from: "长子县常张镇", to: "常张乡人民政府") == [.ending])
        #expect(NameSlip.slips(from: "东关乡", to: "城关乡") == nil)
        #expect(NameSlip.slips(from: "王泉山乡", to: "玉泉山乡") == [.replaced(written: "王", registered: "玉")])
        #expect(NameSlip.replaced(written: "王", registered: "玉").chineseDescription == "写的是“王”，登记的是“玉”")
        #expect(NameSlip.swapped("张", "常").chineseDescription == "“张常”两个字颠倒")
    }
}
