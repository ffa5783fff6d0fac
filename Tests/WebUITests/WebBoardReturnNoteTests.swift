import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The board under a returned report's 已退回: the county's correction request, cut short when long, for whoever
/// reaches the report (user review rv120, M10: a clerk's board said 已退回 and she had to open the report to learn
/// why).
@Suite struct WebBoardReturnNoteTests {
    /// A long correction request written over two lines.
    static let request = "请核实表二行政许可件数（见批注），\n并补充第四部分政府信息公开行政复议、行政诉讼情况的说明，完成后重新报送。"

    @Test func theClerksAndTheCountysBoardsSayWhyAReportWasReturned() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        _ = try await repository.addPerson(
            name: "赵六", role: .clerk, agencies: ["dazhuang"], password: WebPeopleTests.People.password, by: "管理员")
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await repository.mark("changzhang/2024", as: .returned, comment: Self.request, author: "王审核")
        let line = "请核实表二行政许可件数（见批注）， 并补充第四部分政府信息公开行政复议、行政诉讼情况的说明，完成后重新报送。"
        let cut = "退回意见：" + String(line.prefix(OverviewWords.returnNoteLength - 1)) + "…"
        try await people.live { client in
            // The clerk of the office and the county's reviewer both read it on the board, cut short, whole on hover
            for name in ["李四", "王审核"] {
                let session = try await WebPeopleTests.session(name, client: client)
                let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: session))
                #expect(board.contains(cut), "\(name): \(board)")
                #expect(board.contains("title=\"\(line)\""), "\(name)")
                // and the report's page has it whole, as written
                let page = Web.text(
                    try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: session))
                #expect(page.contains("请核实表二行政许可件数（见批注），"), "\(name)")
                #expect(page.contains("完成后重新报送。"), "\(name)")
            }
            // In English the note's label is English and the request stays as written
            var english = try await WebPeopleTests.session("李四", client: client)
            english[.cookie] = (english[.cookie] ?? "") + "; lang=en"
            let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: english))
            #expect(board.contains("Correction request: " + String(line.prefix(39)) + "…"), "\(board)")
            // Another township's clerk sees neither the row nor the request
            let other = try await WebPeopleTests.session("赵六", client: client)
            let theirs = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: other))
            #expect(!theirs.contains("请核实表二"))
            #expect(!theirs.contains("退回意见"))
        }
    }

    /// Once submitted again, the request was answered: the board no longer shows it.
    @Test func aReportSubmittedAgainNoLongerShowsTheRequest() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await repository.mark("changzhang/2024", as: .returned, comment: "表三请核对", author: "王审核")
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await people.live { client in
            let session = try await WebPeopleTests.session("李四", client: client)
            let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: session))
            #expect(board.contains("已报送"))
            #expect(!board.contains("表三请核对"), "\(board)")
        }
    }
}
