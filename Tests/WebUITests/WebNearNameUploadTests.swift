import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// A clerk whose file names her office one character differently from the register (长张乡 for 常张乡: a typo, or the
/// office's new name after 撤乡设镇) was told only "请确认选对了文件" on an error page: she had chosen the right file
/// and had nothing to do (user review ux96, finding 10). The report page now names both names and the way on: the
/// clerk to correct the file or ask the county, the county's reviewer a button that registers the name.
@Suite struct WebNearNameUploadTests {
    /// Uploads the fixture's draft (第 2 版) with the office's name typed 长张乡.
    static func upload(
        _ session: HTTPFields, fixture: WebFixture, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let draft = try await fixture.repository.report(at: fixture.revisions2024[1].id.hex)
        let text = ReportText.render(draft).replacingOccurrences(of: "常张乡人民政府", with: "长张乡人民政府")
        return try await WebUploadTests.upload(
            ("常张乡2024年报.txt", Array(text.utf8)), to: "/reports/changzhang/2024/upload", session: session,
            client: client)
    }

    @Test func theClerkIsToldBothNamesAndToAskTheCounty() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("changzhang/2024")
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)

            let response = try await Self.upload(clerk, fixture: people.fixture, client: client)

            let page = Web.text(response)
            #expect(response.status == .badRequest)
            #expect(
                page.contains("文件里写的机关名称“长张乡人民政府”和登记的“常张乡人民政府”不一样（只差一两个字）"), "\(page)")
            #expect(page.contains("如果是文件写错了，请改正后再上传"))
            #expect(page.contains("如果机关已改名（如撤乡设镇）或这是它的另一种写法，请联系县政务公开办在机关名册里登记这个名称"))
            #expect(page.contains("草稿没有改动"))
            #expect(!page.contains("请确认选对了文件"))
            #expect(!page.contains("agency-name"))
            // The upload form is there to try again
            #expect(page.contains("class=\"card upload-form\""))
        }
        #expect(try await repository.resolve("changzhang/2024").id == head.id)
        #expect(try await repository.agency("changzhang")?.aliases.isEmpty == true)
    }

    @Test func theReviewerRegistersTheNameAndTheFileIsThenTaken() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let refused = Web.text(try await Self.upload(reviewer, fixture: people.fixture, client: client))
            #expect(refused.contains("可以用下面的按钮把“长张乡人民政府”登记为常张乡人民政府的另一个名称，再上传一次"), "\(refused)")
            #expect(refused.contains("action=\"/reports/changzhang/2024/agency-name\""))
            #expect(refused.contains("<input type=\"hidden\" name=\"name\" value=\"长张乡人民政府\">"))
            #expect(refused.contains(">把“长张乡人民政府”登记为常张乡人民政府的另一个名称</button>"))

            // When the reviewer presses the button
            var headers = Web.form(nil)
            for field in reviewer { headers.append(field) }
            let named = try await client.execute(
                uri: "/reports/changzhang/2024/agency-name", method: .post, headers: headers,
                body: Web.body([("csrf", try #require(Web.csrf(in: refused))), ("name", "长张乡人民政府")]))

            #expect(named.status == .ok)
            #expect(Web.text(named).contains("已把“长张乡人民政府”登记为常张乡人民政府的另一个名称：请再上传一次文件。"))
            #expect(try await repository.agency("changzhang")?.aliases == ["长张乡人民政府"])
            // And the file is taken
            let again = try await Self.upload(reviewer, fixture: people.fixture, client: client)
            #expect(again.status == .ok, "\(Web.text(again).prefix(800))")
            #expect(Web.text(again).contains("已上传 <bdi>常张乡2024年报.txt</bdi>：新修订"))
        }
    }

    /// The form registers only a name one or two characters from the office's, and only for the county.
    @Test func theFormTakesNoOtherNameAndNoClerk() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await people.live { client in
            for (person, name, status) in [
                ("王审核", "大庄乡人民政府", HTTPResponse.Status.badRequest), ("李四", "长张乡人民政府", .forbidden),
            ] {
                let session = try await WebPeopleTests.session(person, client: client)
                let page = try await client.execute(uri: "/", method: .get, headers: session)
                var headers = Web.form(nil)
                for field in session { headers.append(field) }
                let response = try await client.execute(
                    uri: "/reports/changzhang/2024/agency-name", method: .post, headers: headers,
                    body: Web.body([("csrf", try #require(Web.csrf(in: Web.text(page)))), ("name", name)]))
                #expect(response.status == status, "\(person)")
            }
        }
        #expect(try await repository.agency("changzhang")?.aliases.isEmpty == true)
    }

    /// The upload form of a report's page, with the refusal or note in it and the name form after it: the page around
    /// it shows the report's own text.
    static func uploadForm(_ page: String) -> String {
        let start = page.range(of: "class=\"card upload-form\"")?.lowerBound ?? page.startIndex
        let end = page.range(of: "<section class=\"marks\">", range: start..<page.endIndex)?.lowerBound ?? page.endIndex
        return String(page[start..<end])
    }

    /// The refusal, the button, what it says once pressed and its own refusal in English, for a reviewer who chose
    /// it: the names as written, nothing else in Chinese.
    @Test func theNearNameRefusalAndFormSpeakEnglish() async throws {
        let people = try await WebPeopleTests.People.make()
        let written = WebLanguageTests.written + ["长张乡人民政府", "常张乡2024年报.txt", "常张乡"]
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(reviewer, "lang=en")

            let refused = Web.text(try await Self.upload(english, fixture: people.fixture, client: client))

            #expect(refused.contains("the file names the office “长张乡人民政府”, not the registered “常张乡人民政府”"), "\(refused)")
            #expect(refused.contains("action=\"/reports/changzhang/2024/agency-name\""))
            #expect(Web.chineseOutside(Self.uploadForm(refused), written: written) == [], "\(refused)")
            var headers = Web.form(nil)
            for field in english { headers.append(field) }
            let csrf = try #require(Web.csrf(in: refused))
            let other = try await client.execute(
                uri: "/reports/changzhang/2024/agency-name", method: .post, headers: headers,
                body: Web.body([("csrf", csrf), ("name", "西河乡人民政府")]))
            let otherPage = Web.text(other)
            #expect(other.status == .badRequest)
            #expect(otherPage.contains("Only a name one or two characters from 常张乡人民政府"), "\(otherPage)")
            #expect(Web.chineseOutside(otherPage, written: written + ["西河乡人民政府"]) == [], "\(otherPage)")
            // Another registered office's name is said to be that office's
            let neighbour = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/agency-name", method: .post, headers: headers,
                    body: Web.body([("csrf", csrf), ("name", "大庄乡人民政府")])))
            #expect(neighbour.contains("is, or is one or two characters from, the name of 大庄乡人民政府"), "\(neighbour)")
            #expect(Web.chineseOutside(neighbour, written: written + ["大庄乡人民政府"]) == [], "\(neighbour)")
            let named = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/agency-name", method: .post, headers: headers,
                    body: Web.body([("csrf", csrf), ("name", "长张乡人民政府")])))
            #expect(named.contains("“长张乡人民政府” is registered as another name of 常张乡人民政府"), "\(named)")
            #expect(Web.chineseOutside(Self.uploadForm(named), written: written) == [], "\(named)")
        }
    }
}
