import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing
import WebUI

/// A report returned twice: 流程 showed each return's reason, but the history page and the report's 标记 list showed
/// only the latest 已退回 mark, so the first reason was read nowhere else (rv115 F7). Both now list each return on the
/// revision it returned, with its own reason, who returned it and when (Beijing time).
@Suite struct WebEarlierReturnsTests {
    static let first = "第五部分标题缺少编号，请补上“五、”后重新报送。"
    static let second = "表三（七）总计与各项之和不符，请核对。"

    @Test func theHistoryAndTheMarkListShowEachReturnWithItsReason() async throws {
        // Given 常张乡 2024 第 2 版 returned by 王审核 with one reason, and 第 3 版 returned with another
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let key = WebFixture.changzhang2024
        // (2025-01-08 13:33 Beijing time, an hour a step)
        let start = Date(timeIntervalSince1970: 1_736_300_000 + 4 * 3600)
        func at(_ hours: Int) -> Date { start.addingTimeInterval(Double(hours) * 3600) }
        func mark(_ mark: Mark, _ comment: String?, by person: String, at time: Date) async throws {
            try await repository.mark(
                key.description, as: mark, comment: comment, author: person, time: time,
                audit: AuditNote(.mark, AuditWording.pageMark(mark).detail()))
        }
        try await mark(.submitted, nil, by: "李明", at: at(0))
        try await mark(.returned, Self.first, by: "王审核", at: at(1))
        let report = try await repository.report(at: fixture.revisions2024[1].id.hex)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 1, to: "4"), to: key, author: "李明", message: "改正",
            time: at(2))
        try await mark(.submitted, nil, by: "李明", at: at(3))
        try await mark(.returned, Self.second, by: "王审核", at: at(4))

        try await fixture.test { client in
            // When the county opens the history page
            let history = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/history", method: .get, headers: Web.cookie(fixture.county)))
            // Then 第 2 版's row names its return with the first reason, who and when; 第 3 版's the second
            // (a row by the name in its 修订 cell: a later row links its parent by the same name)
            let rows = history.components(separatedBy: "<tr>")
            func row(_ name: String) -> String? {
                rows.first { row in
                    let cell = row.components(separatedBy: "data-label=\"修订\"").dropFirst().first?
                        .components(separatedBy: "</td>").first
                    return cell?.contains(">\(name)</a>") == true
                }
            }
            let two = try #require(row("第 2 版"))
            #expect(two.contains("退回意见：\(Self.first)"))
            #expect(two.contains("王审核 · 2025-01-08 14:33"))
            let three = try #require(row("第 3 版"))
            #expect(three.contains("退回意见：\(Self.second)"))
            #expect(three.contains("王审核 · 2025-01-08 17:33"))
            #expect(!three.contains(Self.first))

            // And the report's 标记 list shows both returns, the first as an earlier one, each with its reason
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            let list = try #require(
                page.components(separatedBy: "<section class=\"marks\">").dropFirst().first?
                    .components(separatedBy: "</section>").first)
            let items = list.components(separatedBy: "<li>").dropFirst()
            let earlier = try #require(items.first { $0.contains(Self.first) })
            #expect(earlier.contains("第 2 版"))
            #expect(earlier.contains("较早的一次退回"))
            #expect(earlier.contains("王审核</bdi> · 2025-01-08 14:33"))
            let latest = try #require(items.first { $0.contains(Self.second) })
            #expect(latest.contains("第 3 版"))
            #expect(!latest.contains("较早的一次退回"))
            let (one, other) = (try #require(list.range(of: Self.first)), try #require(list.range(of: Self.second)))
            #expect(one.lowerBound < other.lowerBound)
        }
    }
}
