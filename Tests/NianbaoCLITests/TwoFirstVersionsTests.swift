import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A township that starts its node after the county uploaded and published the file it mailed: two different
/// 「第 1 版」, the county's and the township's own (user review ux98, finding L). The pull says what happened — the
/// county's is another upload, not a backup the county restored — and `reports` names the two apart by office and
/// person wherever both appear.
@Suite struct TwoFirstVersionsTests {
    @Test func theCountysUploadAndTheTownshipsOwnFirstVersionAreToldApart() async throws {
        let (county, township) = (try CLIWorkspace(), try CLIWorkspace())
        defer {
            county.remove()
            township.remove()
        }
        try #require(township.run(["init", "--node", "常张乡"]).status == 0)
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2025)
        let mailed = county.folder.url.appendingPathComponent("常张乡.txt")
        try Data(ReportText.render(report).utf8).write(to: mailed)
        let own = township.folder.url.appendingPathComponent("常张乡2025年报.txt")
        try Data(ReportText.render(SampleReport.settingTable3Cell(of: report, index: 2, to: "5")).utf8).write(to: own)
        try await county.serveCounty(to: township) { _ in
            // The county uploads the mailed file and publishes it
            for command in [
                ["commit", mailed.path, "--agency", "changzhang", "--year", "2025", "--author", "王审核"],
                ["mark", "changzhang/2025", "submitted", "--author", "王审核"],
                ["mark", "changzhang/2025", "published", "--author", "王审核"],
            ] {
                let done = try await county.runServed(command)
                try #require(done.status == 0, "\(command): \(done.stderr)")
            }
            // The township commits and submits its own before it ever pulled, a second later at least (marks are timed
            // to the second: two set in one second on two computers cannot be told apart by time)
            try await Task.sleep(for: .seconds(1.1))
            for command in [
                ["commit", own.path, "--agency", "changzhang", "--year", "2025", "--author", "李四"],
                ["mark", "changzhang/2025", "submitted", "--author", "李四"],
            ] {
                let done = try await township.runServed(command)
                try #require(done.status == 0, "\(command): \(done.stderr)")
            }
            _ = try await township.runServed(["push"])
            let pull = try await township.runServed(["pull"]).stdout
            #expect(!pull.contains("恢复了备份"), "\(pull)")
            #expect(
                pull.contains(
                    "已报送  保留本节点的 第 1 版（常张乡 李四）：县政务公开办 的 第 1 版（县政务公开办 王审核） 是另一份，"
                        + "在本节点设这个标记之前设的；本节点的仍保留，推送时重新发送"),
                "\(pull)")
            // Merged and pushed: the county's list names the two 第 1 版 apart
            _ = try await township.runServed(["merge", "changzhang/2025", "--take", "ours", "--author", "李四"])
            _ = try await township.runServed(["push"])
            let reports = try await county.runServed(["reports"]).stdout
            #expect(reports.contains("已报送 第 1 版（常张乡 李四）、已公开 第 1 版（县政务公开办 王审核）"), "\(reports)")
        }
    }
}
