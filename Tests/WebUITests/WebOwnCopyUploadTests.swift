import DocxWriter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// A clerk's own text file uploaded on the page after his Word file was merged with the county's correction, on a real
/// server on 127.0.0.1: the correction and his Word edit stay in the draft, and the page names the version the file
/// was checked against and the county's change kept — it used to say 新修订已成为草稿 and undo both.
@Suite struct WebOwnCopyUploadTests {
    @Test func theOwnFileAfterAMergedWordUploadKeepsTheCountysCorrection() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let key = WebUploadTests.qingshi
        _ = try await repository.addPerson(
            name: "赵六", role: .clerk, agencies: ["qingshi"], password: WebPeopleTests.People.password, by: "管理员")
        let own = SampleReport.settingTable3Cell(
            of: try await repository.report(at: key.description), index: 2, to: "7")
        let mine = SampleReport.settingTable3Cell(of: own, index: 5, to: "2")
        let word = SampleReport.settingTable3Cell(of: own, index: 3, to: "9")
        let page = "/reports/qingshi/2024/upload"
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("赵六", client: client)
            // 第 2 版: his own text file
            let first = try await WebUploadTests.upload(
                ("青石镇年报.txt", Array(ReportText.render(own).utf8)), to: page, session: clerk, client: client)
            #expect(first.status == .ok)
            let downloaded = try await repository.resolve(key.description)
            // 第 3 版: the county corrects a cell
            try await repository.commit(
                SampleReport.settingTable3Cell(of: own, index: 0, to: "41"), to: key, author: "王审核",
                message: "县里更正表三")
            // 第 4 版: his Word file of 第 2 版, edited, merged with the correction
            let merged = try await WebUploadTests.upload(
                ("青石镇年报.docx", [UInt8](try DocxWriter.write(word, revision: downloaded.id))), to: page,
                session: clerk, client: client)
            #expect(Web.text(merged).contains("已把文件的修改和第 3 版的修改合在一起提交"))
            // 第 5 版: his own text file again, one more cell changed
            let again = try await WebUploadTests.upload(
                ("青石镇年报-我的稿.txt", Array(ReportText.render(mine).utf8)), to: page, session: clerk, client: client)
            #expect(again.status == .ok)
            let text = Web.text(again)
            #expect(text.contains("按你的第 2 版核对，草稿此后有别人的修改（王审核 的第 3 版）"), "\(text)")
            #expect(!text.contains("第 4 版，"), "\(text)")
            // The county's history page does not speak to it as the clerk ("你")
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let history = try await client.execute(
                uri: "/reports/qingshi/2024/history", method: .get, headers: reviewer)
            #expect(Web.text(history).contains("按赵六的第 2 版核对"))
            #expect(!Web.text(history).contains("按你"))
        }
        let expected = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: mine, index: 3, to: "9"), index: 0, to: "41")
        #expect(try await repository.report(at: key.description) == expected)
    }
}
