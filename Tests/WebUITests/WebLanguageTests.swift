import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// The pages in English as an option, on a real server on 127.0.0.1: Chinese for everyone unless they choose English
/// with the top bar's `中文 | English`, whatever their browser asks for; the choice is remembered by a cookie, from
/// the login page on; what people wrote stays as written; a page not yet in English stays wholly Chinese; a made-up
/// cookie is Chinese; the switch keeps the forms' anti-forgery rules.
@Suite struct WebLanguageTests {
    typealias People = WebPeopleTests.People

    /// What the fixture's people wrote that the board shows as written: offices, people, commit messages.
    static let written = [
        "常张乡人民政府", "大庄乡人民政府", "王芳", "李明", "赵强", "孙管理", "王审核", "初稿", "补充第一部分", "导入2023年报告",
    ]

    static func get(
        _ uri: String, _ headers: HTTPFields = [:], _ client: any TestClientProtocol
    ) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: headers)
        #expect(response.status == .ok, "\(uri)")
        return Web.text(response)
    }

    /// Posts the language switch as the top bar does.
    static func choose(
        _ language: String, next: String, csrf: String? = nil, headers: HTTPFields = [:],
        client: any TestClientProtocol
    ) async throws -> TestResponse {
        var fields = [("lang", language), ("next", next)]
        if let csrf { fields.append(("csrf", csrf)) }
        return try await client.execute(
            uri: "/language", method: .post, headers: Web.form(nil, extra: headers), body: Web.body(fields))
    }

    /// The `lang` cookie a response sets, as a `Cookie` header's pair.
    static func languageCookie(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix("lang=") }
            .flatMap { $0.split(separator: ";").first.map(String.init) }
    }

    /// A session's cookie and the language's, in one `Cookie` header.
    static func cookies(_ session: HTTPFields, _ language: String) throws -> HTTPFields {
        [.cookie: try #require(session[.cookie]) + "; " + language]
    }

    @Test func theCheckFindsChineseWordsAndPunctuationButNotWhatPeopleWrote() {
        #expect(Web.chineseOutside("<p>Sign in</p>").isEmpty)
        #expect(Web.chineseOutside("<button>登录</button>") == ["<button>登录</button>"])
        #expect(Web.chineseOutside("<input placeholder=\"Name（required）\">").count == 2)
        #expect(Web.chineseOutside("<p>Filter 筛选</p>").count == 1)
        #expect(Web.chineseOutside("<td>常张乡人民政府</td>", written: ["常张乡人民政府"]).isEmpty)
        #expect(
            Web.chineseOutside(
                "<form method=\"post\" action=\"/language\" class=\"inline\"><button>中文</button></form><p>Overview</p>"
            ).isEmpty)
    }

    @Test func chineseIsTheDefaultWhateverTheBrowserAsksFor() async throws {
        let people = try await People.make()
        try await people.live { client in
            let english: HTTPFields = [.acceptLanguage: "en-US,en;q=0.9"]
            let login = try await Self.get("/login", english, client)
            #expect(login.contains("<html lang=\"zh-CN\">"))
            #expect(login.contains("<h1>登录</h1>"))
            #expect(!login.contains("Sign in"))
            #expect(login.contains("<span aria-current=\"true\">中文</span> | <button"))
            var session = try await WebPeopleTests.session("孙管理", client: client)
            session.append(HTTPField(name: .acceptLanguage, value: "en"))
            let board = try await Self.get("/?year=2024", session, client)
            #expect(board.contains("<html lang=\"zh-CN\">"))
            #expect(board.contains("2024 年度报送情况"))
            #expect(!board.contains("Overview"))
        }
    }

    @Test func englishIsRememberedFromTheLoginPageOnAndPeoplesWritingStaysAsWritten() async throws {
        let people = try await People.make()
        try await people.live { client in
            // Given the login page, switched without a login.
            let switched = try await Self.choose("en", next: "/login?next=%2F", client: client)
            #expect(switched.status == .seeOther)
            #expect(switched.headers[.location] == "/login?next=%2F")
            let language = try #require(Self.languageCookie(switched))
            #expect(language == "lang=en")
            let login = try await Self.get("/login?next=%2F", [.cookie: language], client)
            #expect(login.contains("<html lang=\"en\">"))
            #expect(login.contains("<h1>Sign in</h1>"))
            #expect(Web.chineseOutside(login) == [])
            // When the person signs in, the choice stays; the board is English but for what people wrote.
            let session = try await WebPeopleTests.session("孙管理", client: client)
            let both = try Self.cookies(session, language)
            let board = try await Self.get("/?year=2024", both, client)
            #expect(board.contains("<html lang=\"en\">"))
            #expect(board.contains("<h1>Reports of 2024</h1>"))
            #expect(board.contains("<a href=\"/reports/changzhang/2024\"><bdi>常张乡人民政府</bdi></a>"))
            #expect(board.contains("<div class=\"sub\" title=\"补充第一部分\">补充第一部分</div>"))
            #expect(board.contains("Sign out"))
            #expect(Web.chineseOutside(board, written: Self.written) == [])
            let office = try await Self.get("/reports/changzhang", both, client)
            #expect(office.contains("<h1>Reports of 常张乡人民政府</h1>"))
            #expect(Web.chineseOutside(office, written: Self.written) == [])
            // Then back to Chinese, with the session's anti-forgery token.
            let csrf = try #require(Web.csrf(in: board))
            let back = try await Self.choose("zh", next: "/", csrf: csrf, headers: both, client: client)
            #expect(back.status == .seeOther)
            let chinese = try #require(Self.languageCookie(back))
            #expect(chinese == "lang=zh")
            let again = try await Self.get("/?year=2024", try Self.cookies(session, chinese), client)
            #expect(again.contains("<html lang=\"zh-CN\">"))
            #expect(again.contains("2024 年度报送情况"))
        }
    }

    @Test(arguments: [
        "lang=../../x", "lang=" + String(repeating: "en", count: 3000), "lang=EN", "lang=en-US", "lang=\"en\"",
        "lang=", "lang=zh",
    ])
    func aMadeUpLanguageCookieIsChinese(_ cookie: String) async throws {
        let people = try await People.make()
        try await people.live { client in
            let login = try await Self.get("/login", [.cookie: cookie], client)
            #expect(login.contains("<html lang=\"zh-CN\">"))
            #expect(login.contains("<h1>登录</h1>"))
        }
    }

    @Test func theSwitchKeepsTheFormRules() async throws {
        let people = try await People.make()
        try await people.live { client in
            // A signed-in session's switch needs its anti-forgery token.
            let session = try await WebPeopleTests.session("王审核", client: client)
            let missing = try await Self.choose("en", next: "/", headers: session, client: client)
            #expect(missing.status == .forbidden)
            #expect(Self.languageCookie(missing) == nil)
            let wrong = try await Self.choose("en", next: "/", csrf: "AAAA", headers: session, client: client)
            #expect(wrong.status == .forbidden)
            #expect(Self.languageCookie(wrong) == nil)
            // A form another site sent is refused, signed in or not.
            var otherSite = HTTPFields()
            otherSite.append(HTTPField(name: try #require(HTTPField.Name("Sec-Fetch-Site")), value: "cross-site"))
            let crossSite = try await Self.choose("en", next: "/login", headers: otherSite, client: client)
            #expect(crossSite.status == .forbidden)
            #expect(Self.languageCookie(crossSite) == nil)
            // The way back is a path on this site only.
            let away = try await Self.choose("en", next: "//example.com/", client: client)
            #expect(away.headers[.location] == "/")
        }
    }

    @Test func theHistoryInEnglishKeepsTheMarksNotesAsWritten() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await repository.mark("changzhang/2024", as: .returned, comment: "请核对表三的数字。", author: "王审核")
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try Self.cookies(session, "lang=en")
            let history = try await Self.get("/reports/changzhang/2024/history", english, client)
            #expect(history.contains("<html lang=\"en\">"))
            #expect(history.contains("<h1><bdi>常张乡人民政府 2024 report</bdi> · History</h1>"), "\(history)")
            #expect(
                history.contains("2 revisions. Choose an &quot;Old&quot; and a &quot;New&quot; one, then compare them.")
            )
            #expect(history.contains(">Version 2</a>"))
            #expect(history.contains("<span class=\"tag\">current draft</span>"))
            #expect(
                history.contains(
                    "<span class=\"tag\">returned</span> <span class=\"mark-note\"><bdi class=\"said\">correction request: 请核对表三的数字。</bdi>"
                ))
            #expect(Web.chineseOutside(history, written: Self.written + ["李四", "请核对表三的数字。"]) == [])
            let chinese = try await Self.get("/reports/changzhang/2024/history", session, client)
            #expect(chinese.contains("<h1><bdi>常张乡人民政府 2024 年度报告</bdi> · 历史</h1>"))
            #expect(chinese.contains("退回意见：请核对表三的数字。"))
        }
    }

    @Test func theAuditLogInEnglishReadsItsDetailsInEnglish() async throws {
        let people = try await People.make()
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let audit = try await Self.get("/audit", try Self.cookies(session, "lang=en"), client)
            #expect(audit.contains("<html lang=\"en\">"))
            #expect(audit.contains("<h1>Audit log</h1>"))
            #expect(audit.contains("<td data-label=\"Action\" class=\"nowrap\">Signed in</td>"), "\(audit)")
            #expect(Web.chineseOutside(audit, written: Self.written + ["管理员", "赵领导", "李四"]) == [])
            let chinese = try await Self.get("/audit", session, client)
            #expect(chinese.contains("<td data-label=\"操作\" class=\"nowrap\">登录</td>"))
        }
    }
}
