import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// A clerk of two townships uploaded one's report on the other's page: the refusal said the file's name "is 宋村乡's
/// name or one or two characters from it" of the very name it had just quoted, and gave no way on, though the clerk
/// holds that office too (rv103 F5). It now says whose report it is and links to where it is uploaded — only for an
/// office the person reaches.
@Suite struct WebOtherOfficeUploadTests {
    /// 孙七, clerk of 常张乡 and 安阳乡 (not yet started in 2024), besides the fixture's 大庄乡 (2024 held) which she
    /// holds too; 李四 holds 常张乡 only.
    static func county() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.addAgency(id: "anyang", name: "安阳乡人民政府", by: "管理员")
        _ = try await repository.addPerson(
            name: "孙七", role: .clerk, agencies: ["changzhang", "dazhuang", "anyang"],
            password: WebPeopleTests.People.password, by: "管理员")
        return people
    }

    static func file(of office: String) -> (name: String, bytes: [UInt8]) {
        ("\(office.prefix(3))2024年报.txt", Array(ReportText.render(SampleReport.make(agency: office, year: 2024)).utf8))
    }

    @Test func anotherOfficesReportSaysWhoseAndLinksToItsPage() async throws {
        let people = try await Self.county()
        let repository = people.fixture.repository
        let head = try await repository.resolve("changzhang/2024")
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("孙七", client: client)
            let file = Self.file(of: "大庄乡人民政府")
            let refused = try await WebUploadTests.upload(
                file, to: "/reports/changzhang/2024/upload", session: clerk, client: client)

            #expect(refused.status == .badRequest)
            let page = Web.text(refused)
            #expect(
                page.contains(
                    "“\(file.name)”没有上传：这份报告是 大庄乡人民政府 2024 年的，不是 常张乡人民政府 2024 年的报告。"
                        + "要上传它，请到“大庄乡人民政府 2024 年度报告”页上传。草稿没有改动。"),
                "\(page)")
            #expect(page.contains("<a class=\"button way-on\" href=\"/reports/dazhuang/2024\">大庄乡人民政府 2024 年度报告</a>"))
            #expect(!page.contains("只差一两个字"), "\(page)")

            // An office not started yet that year: its year's board, where its upload is offered
            let anyang = Self.file(of: "安阳乡人民政府")
            let awaited = Web.text(
                try await WebUploadTests.upload(
                    anyang, to: "/reports/changzhang/2024/upload", session: clerk, client: client))
            #expect(
                awaited.contains("要上传它，请到“2024 年度报送情况”，在“上传报告”里选“安阳乡人民政府 2024 年度报告”。"), "\(awaited)")
            #expect(awaited.contains("<a class=\"button way-on\" href=\"/?year=2024\">2024 年度报送情况</a>"))

            // 李四 holds 常张乡 only: no way to 大庄乡's report, nor its name from the registry
            let other = try await WebPeopleTests.session("李四", client: client)
            let plain = Web.text(
                try await WebUploadTests.upload(
                    file, to: "/reports/changzhang/2024/upload", session: other, client: client))
            #expect(plain.contains("请确认选对了文件"), "\(plain)")
            #expect(!plain.contains("way-on") && !plain.contains("/reports/dazhuang"), "\(plain)")
        }
        #expect(try await repository.resolve("changzhang/2024").id == head.id)
        #expect(try await repository.report(ReportKey(agency: "anyang", year: 2024)) == nil)
    }
}
