import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportRepository
import Testing

/// A token for the county computer (`token create --all --owner 王审核`, as the README shows) acted as an
/// administrator on the pages whoever owned it: the reviewer who owned one opened the people page, added an
/// administrator and disabled the real one (review rr95, finding 2). A token a person owns now acts as that person at
/// most — their role, within their reach — on a real server on 127.0.0.1.
@Suite struct WebOwnedTokenTests {
    @Test func aReviewersTokenReviewsAndDoesNotManagePeople() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let reviewers = try await repository.issueToken(label: "审核电脑", scope: .all, owner: "王审核")
        let admins = try await repository.issueToken(label: "管理电脑", scope: .all, owner: "孙管理")
        let nobodys = try await repository.issueToken(label: "县里电脑", scope: .all, owner: "县政务公开办")
        try await people.live { client in
            // Given the reviewer logged in with their token
            let reviewer = try await Web.login(reviewers.secret, client: client)
            // Then they read the reports, and the people page is refused as it is to them by password
            #expect(try await client.execute(uri: "/", method: .get, headers: reviewer).status == .ok)
            #expect(try await client.execute(uri: "/people", method: .get, headers: reviewer).status == .forbidden)
            let byPassword = try await WebPeopleTests.session("王审核", client: client)
            #expect(try await client.execute(uri: "/people", method: .get, headers: byPassword).status == .forbidden)
            // And adding an administrator through the form is refused, nobody added
            let page = try await client.execute(uri: "/", method: .get, headers: reviewer)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            var headers = Web.form(nil)
            for field in reviewer { headers.append(field) }
            let added = try await client.execute(
                uri: "/people", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", csrf), ("name", "新管理员"), ("role", "admin"), ("password", "新管理员的密码2024!"),
                ]))
            #expect(added.status == .forbidden)
            #expect(try await repository.people().contains { $0.name == "新管理员" } == false)
            // While the administrator's own token, and a token no person owns (a node's), still manage people
            let admin = try await Web.login(admins.secret, client: client)
            #expect(try await client.execute(uri: "/people", method: .get, headers: admin).status == .ok)
            let node = try await Web.login(nobodys.secret, client: client)
            #expect(try await client.execute(uri: "/people", method: .get, headers: node).status == .ok)
        }
    }

    @Test func aClerksTokenReachesOnlyTheClerksAgencies() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let clerks = try await repository.issueToken(label: "李四的电脑", scope: .agencies(["changzhang"]), owner: "李四")
        try await people.live { client in
            let clerk = try await Web.login(clerks.secret, client: client)
            let own = try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: clerk)
            #expect(own.status == .ok)
            // 大庄乡 is not 李四's: answered as a report that does not exist, as to 李四 by password
            let other = try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: clerk)
            let none = try await client.execute(uri: "/reports/nosuch/2024", method: .get, headers: clerk)
            #expect(other.status == .notFound && none.status == .notFound)
        }
    }
}
