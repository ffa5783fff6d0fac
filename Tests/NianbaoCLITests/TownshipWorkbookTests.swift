import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A township's own node holds its own reports: the workbook `export --county` writes there says whose they are, as
/// the clerk's download from the county does, not 全县汇总 — sent on, the file had claimed to be the county's summary
/// (review rr93 F7). On the county's node it stays the county's.
@Suite struct TownshipWorkbookTests {
    @Test func aTownshipsWorkbookIsTitledByItsOffice() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let file = county.folder.path("2024.txt")
        try Data(ReportText.render(SampleReport.make()).utf8).write(to: file)
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { _ in
            try await county.runServed(["commit", file.path, "--agency", "changzhang", "--year", "2024"])
            #expect(try await township.runServed(["pull"]).status == 0)
        }
        let own = try township.run([
            "export", "--county", "2024", "--format", "xlsx", "-o", township.folder.path("t.xlsx").path,
        ])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stderr.contains("汇总表（常张乡人民政府）") && !own.stderr.contains("全县汇总"), "\(own.stderr)")
        let whole = try county.run([
            "export", "--county", "2024", "--format", "xlsx", "-o", county.folder.path("c.xlsx").path,
        ])
        #expect(whole.stderr.contains("汇总表（全县汇总）"), "\(whole.stderr)")
    }
}
