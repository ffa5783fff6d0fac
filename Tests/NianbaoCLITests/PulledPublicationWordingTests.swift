import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The county's 公开 as the township reads it: the pull's line named nobody (`已公开 → 第 1 版`) where its 退回 line
/// names 王审核 (user review rv117, M9), and the township's `audit` named only the version's author, not who
/// published; the clerk's own commit line did not say the version it made (`命令行提交 W2.docx`, M10).
@Suite struct PulledPublicationWordingTests {
    @Test func thePullAndTheAuditNameWhoPublished() async throws {
        let (county, township) = (try CLIWorkspace(), try CLIWorkspace())
        defer {
            county.remove()
            township.remove()
        }
        try #require(township.run(["init", "--node", "常张乡"]).status == 0)
        let file = township.folder.url.appendingPathComponent("常张乡2025.txt")
        try Data(ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2025)).utf8).write(to: file)
        let key = ["--agency", "changzhang", "--year", "2025"]
        try #require(township.run(["commit", file.path] + key + ["--author", "李四"]).status == 0)
        try #require(township.run(["mark", "changzhang/2025", "submitted", "--author", "李四"]).status == 0)
        try await county.serveCounty(to: township) { _ in
            // Given the township's 第 1 版 submitted, and 王审核 publishing it at the county
            #expect(try await township.runServed(["push"]).status == 0)
            let published = try await county.runServed(["mark", "changzhang/2025", "published", "--author", "王审核"])
            try #require(published.status == 0, "\(published.stderr)")

            // When the township pulls
            let pulled = try await township.runServed(["pull"])

            // Then its line says who published, and so does its audit log, in both languages
            #expect(pulled.stdout.contains("已公开 → 第 1 版（王审核）"), "\(pulled.stdout)")
            let audit = try await township.runServed(["audit"]).stdout
            #expect(
                audit.contains("收到标记“已公开”（王审核 设置），第 1 版：李四（在 常张乡 节点提交）"), "\(audit)")
            let english = try await township.runServed(["audit", "--lang", "en"]).stdout
            #expect(
                english.contains("received the mark “Published” (set by 王审核), version 1: 李四 (committed on 常张乡)"),
                "\(english)")
            // And the clerk's own commit names the version it made
            #expect(audit.contains("命令行提交 常张乡2025.txt → 第 1 版"), "\(audit)")
            #expect(english.contains("committed 常张乡2025.txt on the command line → version 1"), "\(english)")
        }
    }
}
