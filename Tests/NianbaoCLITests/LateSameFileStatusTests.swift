import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The commonest late start: the county uploaded the file a township mailed and published it; the township sets up its
/// node later, commits the very same file and submits it. The two texts merge on their own, and the report stays
/// 已公开 at both offices: a submission of the published text is no news (rr99 F8). It had gone back to 已报送, waiting
/// for the reviewer to publish again a text published word for word.
@Suite struct LateSameFileStatusTests {
    @Test func submittingThePublishedTextKeepsTheReportPublished() async throws {
        let (county, township) = (try CLIWorkspace(), try CLIWorkspace())
        defer {
            county.remove()
            township.remove()
        }
        try #require(township.run(["init", "--node", "常张乡"]).status == 0)
        let text = ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2025))
        let mailed = county.folder.url.appendingPathComponent("常张乡.txt")
        try Data(text.utf8).write(to: mailed)
        let same = township.folder.url.appendingPathComponent("常张乡2025年报.txt")
        try Data(text.utf8).write(to: same)
        try await county.serveCounty(to: township) { _ in
            for command in [
                ["commit", mailed.path, "--agency", "changzhang", "--year", "2025", "--author", "王审核"],
                ["mark", "changzhang/2025", "submitted", "--author", "王审核"],
                ["mark", "changzhang/2025", "published", "--author", "王审核"],
            ] {
                let done = try await county.runServed(command)
                try #require(done.status == 0, "\(command): \(done.stderr)")
            }
            // (a second later at least: marks are timed to the second)
            try await Task.sleep(for: .seconds(1.1))
            for command in [
                ["commit", same.path, "--agency", "changzhang", "--year", "2025", "--author", "李四"],
                ["mark", "changzhang/2025", "submitted", "--author", "李四"],
            ] {
                let done = try await township.runServed(command)
                try #require(done.status == 0, "\(command): \(done.stderr)")
            }

            let synced = try await township.runServed(["sync"])

            try #require(synced.status == 0, "\(synced.stderr)")
            let atCounty = try await county.runServed(["reports"]).stdout
            #expect(atCounty.contains("常张乡人民政府  已公开"), "\(atCounty)")
            #expect(!atCounty.contains("常张乡人民政府  已报送"), "\(atCounty)")
            let atTownship = try await township.runServed(["reports"]).stdout
            #expect(atTownship.contains("常张乡人民政府  已公开"), "\(atTownship)")
        }
    }
}
