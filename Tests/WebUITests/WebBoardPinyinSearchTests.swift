import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import SyncServer
import Testing
import WebUI

/// The board's 名称 box (名称、别名或拼音首字母): `nz`, 南漳镇's initials, listed 17 of 18 offices of 长子县, every
/// `…renminzhengfu` holding an `n` before a `z` (user walk rv115, F1). On a live server, the county's own offices.
@Suite struct WebBoardPinyinSearchTests {
    @Test func initialsFindTheOfficesTheySpell() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let fixture = try await WebFixture.make(at: folder.path("county.sqlite").path)
        for (id, name) in [
            ("nanzhang", "长子县南漳镇人民政府"), ("nianzhang", "长子县碾张乡人民政府"), ("nanchen", "长子县南陈乡人民政府"),
            ("dianzhen", "长子县店镇人民政府"), ("changle", "长子县长乐乡人民政府"), ("cilin", "长子县慈林镇人民政府"),
        ] {
            try await fixture.repository.addAgency(id: id, name: name, kind: .township, by: "管理员")
        }
        try await fixture.repository.setExpectedAgencies(
            ["nanzhang", "nianzhang", "nanchen", "dianzhen", "changle", "cilin", "changzhang", "dazhuang"], year: 2024)
        let application = buildNodeWebApplication(
            repository: fixture.repository,
            configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: WebFixture.roomyLimits),
            web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32)))
        let cases: [(search: String, rows: [String])] = [
            ("nz", ["nanzhang/2024", "nianzhang/2024"]), ("nanz", ["nanzhang/2024"]), ("nc", ["nanchen/2024"]),
            ("czx", ["changzhang/2024"]), ("clx", ["changle/2024"]), ("an", []), ("zf", []), ("zzx", []),
            ("%E5%8D%97%E6%BC%B3", ["nanzhang/2024"]),  // 南漳
        ]
        try await application.test(.live) { client in
            for (search, rows) in cases {
                let board = try await WebBoardTests.page("/?year=2024&q=\(search)", fixture.county, client)
                #expect(WebBoardTests.rows(board) == rows, "\(search)")
            }
        }
    }
}
