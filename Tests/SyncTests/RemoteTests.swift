import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import Testing

/// A remote that moves to another address, and a push that cannot send everything: what a township relies on.
@Suite struct RemoteTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// The client of the remote `county` as the township's repository has it.
    static func client(_ township: TestNode) async throws -> SyncClient {
        SyncClient(
            repository: township.repository, remote: try await township.repository.remote(named: "county"),
            timeout: .seconds(30), logger: TestNode.logger)
    }

    @Test func aRemotePointedElsewhereIsPushedToFromScratch() async throws {
        // Given three county nodes (the old server, its replacement, and a third) and a township with a draft
        let nodes = [try TestNode("a"), try TestNode("b"), try TestNode("c")]
        let township = try TestNode("changzhang")
        defer { for node in nodes + [township] { node.remove() } }
        var tokens: [String] = []
        for node in nodes {
            tokens.append(
                try await node.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret)
        }
        let secrets = tokens
        try await township.editCell(Self.key, index: 0, to: "1", time: testTime(1))
        try await withServer(nodes[0]) { a in
            try await withServer(nodes[1]) { b in
                try await withServer(nodes[2]) { c in
                    // When it pushes to the first
                    try await township.repository.addRemote(
                        Remote(name: "county", url: "http://127.0.0.1:\(a)", token: secrets[0]))
                    _ = try await Self.client(township).push()
                    #expect(try await nodes[0].drafts() == township.drafts())
                    // then its remote is pointed at the replacement (`remote add` over it), and it pushes again
                    try await township.repository.addRemote(
                        Remote(name: "county", url: "http://127.0.0.1:\(b)/", token: secrets[1]))
                    let second = try await Self.client(township).push()
                    // Then the replacement gets the whole draft
                    #expect(second.results.map(\.status) == [.created])
                    #expect(try await nodes[1].drafts() == township.drafts())
                    // And the same after `remote remove` and `remote add`
                    try await township.repository.removeRemote(named: "county")
                    try await township.repository.addRemote(
                        Remote(name: "county", url: "http://127.0.0.1:\(c)", token: secrets[2]))
                    _ = try await Self.client(township).push()
                    #expect(try await nodes[2].drafts() == township.drafts())
                    #expect(try await nodes[2].repository.fsck().isClean)
                    // A token changed on the same address keeps what was seen there: nothing is sent again
                    try await township.repository.addRemote(
                        Remote(name: "county", url: "http://127.0.0.1:\(c)", token: secrets[2]))
                    #expect(try await Self.client(township).push().results.isEmpty)
                }
            }
        }
    }

    @Test func whatATokenMayNotWriteIsNamedNotSilentlyDropped() async throws {
        // Given a township whose token reaches changzhang only; it also holds a report under a mistyped id, and has
        // marked its own report published
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await township.editCell(Self.key, index: 0, to: "1", time: testTime(1))
        let typo = ReportKey(agency: "changzang", year: 2024)
        try await township.editCell(typo, index: 0, to: "1", time: testTime(2))
        try await township.repository.mark(
            Self.key.description, as: .published, author: "常张乡党政办", overriding: "乡里以为可以公开")
        try await withServer(county) { port in
            // When it pushes
            let push = try await township.client(port: port, token: token).push()
            // Then its own draft is sent, and the rest is listed with the reason
            #expect(push.results.map(\.ref) == [.draft])
            #expect(
                push.unsent == [
                    UnsentRef(report: typo, ref: .draft, reason: .outOfReach),
                    UnsentRef(report: Self.key, ref: .mark(.published), reason: .countyOnly),
                ])
            #expect(push.unsent.first?.description.contains("令牌不能写这个机关的报告") == true)
            #expect(try await county.drafts().keys.sorted() == [Self.key])
            // And a push with nothing new still says so
            let again = try await township.client(port: port, token: token).push()
            #expect(again.results.isEmpty)
            #expect(again.unsent.count == 2)
            // And every sync after it (which looks only at what changed since the last push) names the draft
            for _ in 0..<2 {
                let synced = try await township.client(port: port, token: token).sync()
                #expect(synced.push.results.isEmpty)
                #expect(synced.push.unsent.contains(UnsentRef(report: typo, ref: .draft, reason: .outOfReach)))
            }
        }
    }

    /// A broken or hostile remote whose listing names a report twice: the push stops with a clear error, it does not
    /// crash the township's `nianbao push`.
    @Test func aListingThatNamesAReportTwiceIsABadAnswer() async throws {
        let township = try TestNode("changzhang")
        defer { township.remove() }
        try await township.editCell(Self.key, index: 0, to: "1", time: testTime(0))
        let report = WireReport(report: Self.key, agency: nil, draft: nil, heads: [:], marks: [], conflicts: [])
        let listing = RefsListing(
            protocolVersion: SyncProtocol.version, node: "county",
            identity: TokenIdentity(label: "常张乡", all: false, agencies: ["changzhang"]), reports: [report, report])
        let body = try JSONEncoder().encode(listing)
        let router = Router()
        router.get("v1/refs") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        try await Application(router: router, logger: TestNode.logger).test(.live) { client in
            let port = try #require(client.port)
            let error = await #expect(throws: SyncError.self) {
                try await township.client(port: port, token: "nbt_x").push()
            }
            guard case .badResponse(_, let detail) = error else {
                Issue.record("expected a bad response, got \(String(describing: error))")
                return
            }
            #expect(detail.contains("changzhang/2024"))
        }
    }
}
