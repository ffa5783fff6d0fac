import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// A late round: the county listed the offices expected to report an earlier year (`agency expect 2022`), none of
/// whose reports has come in. A clerk's 年度 menu offered only the years of her reports and the year being collected:
/// the year she was asked to report for was reached only by typing `?year=2022` (rv103 F1). Every year her offices
/// are listed for is in the menu now; a year listing none of them is not.
@Suite struct WebExpectedYearMenuTests {
    @Test func aYearTheClerksOfficeIsListedForIsInTheMenu() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        _ = try await repository.addPerson(
            name: "赵六", role: .clerk, agencies: ["dazhuang"], password: WebPeopleTests.People.password, by: "管理员")
        try await repository.setExpectedAgencies(["dazhuang", "changzhang"], year: 2022)
        try await repository.setExpectedAgencies(["changzhang"], year: 2021)
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("赵六", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: clerk))

            #expect(board.contains("<option value=\"2022\">"), "\(board)")
            #expect(!board.contains("<option value=\"2021\""), "\(board)")
            // Chosen there, the year's board offers the report the upload starts
            let year = Web.text(try await client.execute(uri: "/?year=2022", method: .get, headers: clerk))
            #expect(year.contains("<option value=\"2022\" selected>"))
            #expect(year.contains("<option value=\"dazhuang/2022\""), "\(year)")

            // The county's menu has every listed year
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let county = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            #expect(county.contains("<option value=\"2022\">") && county.contains("<option value=\"2021\">"))
        }
    }
}
