import Foundation
import ReportFixtures
import ReportModel
import Testing

/// On the township, a county comment pulled by sync is said as sent by the county's office, as the pull names it —
/// not by the remote's name here (`由 county 同步送来`), which the clerk never chose to read (rv115 M4).
@Suite struct PulledCommentSenderTests {
    @Test func aPulledCommentNamesTheOfficeThatSentIt() async throws {
        let (county, township) = (try CLIWorkspace(), try CLIWorkspace())
        defer {
            county.remove()
            township.remove()
        }
        try #require(township.run(["init", "--node", "常张乡"]).status == 0)
        let sample = try township.writeSample("常张乡2024年报.txt")
        try #require(
            township.run(["commit", sample, "--agency", "changzhang", "--year", "2024", "--author", "李明"]).status == 0)
        try await county.serveCounty(to: township) { _ in
            let pushed = try await township.runServed(["push"])
            try #require(pushed.status == 0, "\(pushed.stderr)")
            let comment = try await county.runServed(["comment", "changzhang/2024", "--at", "section:一", "请核对"])
            try #require(comment.status == 0, "\(comment.stderr)")

            let pulled = try await township.runServed(["pull"])

            try #require(pulled.status == 0, "\(pulled.stderr)")
            let text = try await township.runServed(["comments", "changzhang/2024"]).stdout
            #expect(text.contains("请核对"), "\(text)")
            #expect(text.contains("（由 县政务公开办 同步送来，本节点收到于 "), "\(text)")
            #expect(!text.contains("由 county 同步送来"), "\(text)")
        }
    }
}
