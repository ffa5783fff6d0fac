import Foundation
import Testing

/// A township's node named 县政务公开办, its author 王审核, pushes (user review rv102, F3): `nianbao reports` and
/// `nianbao log` at the county said `王审核` as if the county's reviewer had made it. They say who sent it.
@Suite struct ForgedAuthorListingTests {
    @Test func reportsAndLogSayWhoSentAForgedPush() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "县政务公开办"])
        try township.run([
            "commit", try township.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024", "--author",
            "王审核", "-m", "县里核对后更正",
        ])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            let reports = try await county.runServed(["reports"])
            let log = try await county.runServed(["log", "changzhang/2024"])

            #expect(reports.stdout.contains("王审核（常张乡 同步送来）"), "\(reports.stdout)")
            #expect(log.stdout.contains("王审核（常张乡 同步送来）"), "\(log.stdout)")
        }
    }
}
