import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The error pages, the people page, the batch page and the confirmation of a publish in English, for one who chose
/// it, on a real server on 127.0.0.1 over a repository file: their own words and the reasons of refusals in English,
/// what people wrote and the names of people and offices as written; the Chinese pages as they were.
@Suite struct WebErrorLanguageTests {
    typealias People = WebPeopleTests.People

    /// A form of the pages, posted by a session with its anti-forgery token.
    static func post(
        _ path: String, _ fields: [(String, String)], session: HTTPFields, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let page = try await client.execute(uri: "/", method: .get, headers: session)
        let csrf = try #require(Web.csrf(in: Web.text(page)))
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        return try await client.execute(
            uri: path, method: .post, headers: headers, body: Web.body([("csrf", csrf)] + fields))
    }

    @Test func aPageNotFoundAndARefusedFormSayWhyInEnglish() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(session, "lang=en")
            let missing = try await client.execute(uri: "/reports/nowhere/2024", method: .get, headers: english)
            let page = Web.text(missing)
            #expect(missing.status == .notFound)
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains("<h1>Page not found</h1>"), "\(page)")
            #expect(page.contains("There is no office with the id nowhere."))
            #expect(page.contains("Error code 404"))
            #expect(Web.chineseOutside(page, written: WebLanguageTests.written) == [])
            let chinese = Web.text(
                try await client.execute(uri: "/reports/nowhere/2024", method: .get, headers: session))
            #expect(chinese.contains("<h1>找不到页面</h1>") && chinese.contains("错误代码 404"))
            // A return whose comment is too long: the rule's refusal, and the comment shown back to copy
            let long = String(repeating: "核", count: ReportRepository.maxNoteLength + 1)
            let count = ReportRepository.maxNoteLength + 1
            for (headers, words) in [
                (english, "Correction request (\(count) characters)"), (session, "退回意见（\(count) 字）"),
            ] {
                let refused = try await Self.post(
                    "/reports/changzhang/2024/mark",
                    [("mark", "returned"), ("revision", fixture.revisions2024[1].id.hex), ("comment", long)],
                    session: headers, client: client)
                let text = Web.text(refused)
                #expect(refused.status == .badRequest, "\(text)")
                #expect(text.contains(words), "\(text)")
                guard headers == english else {
                    #expect(text.contains("<h2>您填写的内容没有保存</h2>") && text.contains(">返回报告页</a>"))
                    continue
                }
                #expect(text.contains("<h2>What you wrote was not saved</h2>"), "\(text)")
                #expect(text.contains(">Back to the report</a>"))
                #expect(Web.chineseOutside(text, written: WebLanguageTests.written + [long]) == [], "\(text)")
            }
        }
    }

    /// The small page an error makes of its own, outside the site's frame (thrown where no page middleware turns it
    /// into a framed page): in English for a browser that chose it, wholly Chinese otherwise or for an error without
    /// its English.
    @Test func theSelfContainedErrorPageSpeaksTheChosenLanguage() async throws {
        let router = Router()
        router.get("missing") { _, _ -> Response in throw WebError.unknownAgency("nowhere") }
        router.get("chinese-only") { _, _ -> Response in throw WebError.badRequest("只有中文的理由。") }
        try await Application(router: router).test(.router) { client in
            let english: HTTPFields = [.cookie: "lang=en"]
            let page = Web.text(try await client.execute(uri: "/missing", method: .get, headers: english))
            #expect(page.contains("<html lang=\"en\">"), "\(page)")
            #expect(
                page.contains("<h1>Page not found</h1>") && page.contains("There is no office with the id nowhere."))
            #expect(page.contains(">Back to the overview</a>"), "\(page)")
            #expect(Web.chineseOutside(page) == [], "\(page)")
            let chinese = Web.text(try await client.execute(uri: "/missing", method: .get))
            #expect(chinese.contains("<html lang=\"zh-CN\">") && chinese.contains("<h1>找不到页面</h1>"))
            #expect(chinese.contains(">返回概览</a>"))
            let only = Web.text(try await client.execute(uri: "/chinese-only", method: .get, headers: english))
            #expect(only.contains("<html lang=\"zh-CN\">") && only.contains("只有中文的理由。") && only.contains(">返回概览</a>"))
        }
    }

    @Test func anErrorWithoutItsEnglishIsAWhollyChinesePage() {
        #expect(!WebError.badRequest("只有中文的理由。").speaksEnglish)
        #expect(WebError.badRequest("中文。", english: "English.").speaksEnglish)
        #expect(WebError.badRequest("中文。", english: "English.").description(in: .english) == "English.")
        #expect(WebError.refused(.commentRequired).description(in: .english).contains("comment"))
        #expect(
            WebError.refused(.commentRequired).description == RepositoryError.commentRequired.description(in: .chinese))
        #expect(PageWords.of("a-page-not-yet-in-english", in: .english).language == .chinese)
    }

    @Test func thePeopleBatchAndConfirmationPagesInEnglish() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        try await people.live { client in
            let admin = try await WebPeopleTests.session("孙管理", client: client)
            let english = try WebLanguageTests.cookies(admin, "lang=en")
            let list = try await WebLanguageTests.get("/people", english, client)
            #expect(list.contains("<h1>People</h1>"))
            #expect(list.contains("<td data-label=\"Role\">county reviewer</td>"), "\(list)")
            let refused = Web.text(
                try await Self.post(
                    "/people", [("name", "周五"), ("role", "clerk"), ("password", People.password)], session: english,
                    client: client))
            #expect(
                refused.contains("Not added: A township clerk needs the offices they write for ticked."), "\(refused)")
            let added = try await Self.post(
                "/people", [("name", "周五"), ("role", "viewer"), ("password", People.password)], session: english,
                client: client)
            let location = try #require(added.headers[.location])
            let after = try await WebLanguageTests.get(location, english, client)
            #expect(after.contains("Added <bdi>周五</bdi>."))
            let names = WebLanguageTests.written + ["周五", "李四", "赵领导", "管理员"]
            for page in [list, refused, after] { #expect(Web.chineseOutside(page, written: names) == []) }
            let chinese = try await WebLanguageTests.get("/people", admin, client)
            #expect(chinese.contains("<h1>用户管理</h1>") && chinese.contains("<td data-label=\"角色\">县级审核员</td>"))

            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let reviewing = try WebLanguageTests.cookies(reviewer, "lang=en")
            // A batch publish of reports never submitted: each left as it was, and why
            let batch = Web.text(
                try await Self.post(
                    "/batch", [("action", "published"), ("report", "changzhang/2024"), ("report", "dazhuang/2024")],
                    session: reviewing, client: client))
            #expect(batch.contains("<h1>Reports published together: the results</h1>"), "\(batch)")
            #expect(batch.contains("Done: <strong id=\"done\">0</strong>; left as they were: <strong id=\"refused\">2"))
            #expect(batch.contains("Left as it was: "))
            #expect(Web.chineseOutside(batch, written: names) == [], "\(batch)")
            let zhBatch = Web.text(
                try await Self.post(
                    "/batch", [("action", "published"), ("report", "changzhang/2024")], session: reviewer,
                    client: client))
            #expect(zhBatch.contains("<h1>批量公开的结果</h1>") && zhBatch.contains("未改动：不能公开："), "\(zhBatch)")
            // A publish the rules hold back asks to confirm it, in English
            let confirm = Web.text(
                try await Self.post(
                    "/reports/changzhang/2024/mark",
                    [("mark", "published"), ("revision", fixture.revisions2024[1].id.hex)], session: reviewing,
                    client: client))
            #expect(confirm.contains("<h1>Please confirm before publishing</h1>"), "\(confirm)")
            #expect(confirm.contains("Version 2 cannot be published as it is yet:"))
            #expect(confirm.contains("<li>the report has not been submitted</li>"))
            #expect(Web.chineseOutside(confirm, written: names) == [], "\(confirm)")
            let zhConfirm = Web.text(
                try await Self.post(
                    "/reports/changzhang/2024/mark",
                    [("mark", "published"), ("revision", fixture.revisions2024[1].id.hex)], session: reviewer,
                    client: client))
            #expect(zhConfirm.contains("<h1>公开前请确认</h1>") && zhConfirm.contains("第 2 版现在还不能直接公开："))
        }
    }
}
