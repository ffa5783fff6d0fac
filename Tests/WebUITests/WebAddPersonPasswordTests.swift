import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import WebUI

/// A password the rules find too easy to guess (one kind of character, the person's name) on 添加用户 comes back as
/// the people page with the rule's words above the form and what was typed in it, never the password; the form's
/// label says the rule before anyone types (rv109 F11: `审核审核审核审核` fitted the label and was refused).
@Suite struct WebAddPersonPasswordTests {
    @Test func aWeakFirstPasswordBringsTheFormBackWithTheRule() async throws {
        let people = try await WebPeopleTests.People.make()
        try await people.live { client in
            let admin = try await WebPeopleTests.session("孙管理", client: client)
            let page = try await client.execute(uri: "/people", method: .get, headers: admin)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            // The label says the rule beside the field
            #expect(Web.text(page).contains("混用字母或汉字、数字、符号中的两种，不含本人姓名"), "\(Web.text(page))")
            var headers = Web.form(nil)
            for field in admin { headers.append(field) }
            for (password, words) in [("审核审核审核审核", "只用了一种字符"), ("周五周五2025", "里面有本人的姓名")] {
                let refused = try await client.execute(
                    uri: "/people", method: .post, headers: headers,
                    body: Web.body([
                        ("csrf", csrf), ("name", "周五"), ("role", "clerk"), ("agency", "dazhuang"),
                        ("password", password),
                    ]))
                let again = Web.text(refused)
                #expect(refused.status == .badRequest)
                #expect(again.contains("<p class=\"alert\" role=\"alert\">没有添加：密码太简单："), "\(again)")
                #expect(again.contains(words), "\(again)")
                #expect(again.contains("value=\"周五\"") && again.contains("<option value=\"clerk\" selected>"))
                #expect(again.contains("value=\"dazhuang\" checked> 大庄乡人民政府"), "\(again)")
                #expect(!again.contains(password), "\(again)")
            }
        }
    }
}
