import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import Testing

/// The original file of a revision travels with it: pushed to the county, pulled by another node, never served to
/// a token that does not reach its report.
@Suite struct OriginalSyncTests {
    static let key = ReportKey(agency: "qingshi", year: 2024)
    static let docx = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures/qingshi-2024.docx")

    @Test func anOriginalIsPushedAndPulledWithItsRevisionAndStaysWithinReach() async throws {
        let county = try TestNode("county")
        let township = try TestNode("qingshi")
        let archive = try TestNode("archive")
        let neighbour = try TestNode("dazhuang")
        defer { for node in [county, township, archive, neighbour] { node.remove() } }
        let bytes = [UInt8](try Data(contentsOf: Self.docx))
        let own = try await county.repository.issueTownshipToken(label: "青石镇", agencies: ["qingshi"])
        let other = try await county.repository.issueTownshipToken(label: "大庄乡", agencies: ["dazhuang"])
        let all = try await county.repository.issueToken(label: "县政务公开办", scope: .all)
        // Given the township's revision committed from its Word file
        let committed = try await township.repository.commit(
            fileAt: Self.docx.path, to: Self.key, author: "王芳", time: testTime(0))
        let parts = try #require(committed.outcome.revision.content.original?.parts)
        try await withServer(county) { port in
            // When it is pushed to the county over a real server
            _ = try await township.client(port: port, token: own.secret).push()
            // Then the county has the original, byte for byte
            #expect(try await county.repository.original(of: Self.key.description).file.bytes == bytes)
            // And a node pulling with the county's token gets it too
            _ = try await archive.client(port: port, token: all.secret).pull()
            #expect(try await archive.repository.original(of: Self.key.description).file.bytes == bytes)
            #expect(try await archive.repository.fsck().problems.isEmpty)
            // But another township's token is told the original does not exist, however it asks
            let neighbourWire = WireClient(port: port, token: other.secret)
            let missing = try await neighbourWire.post("/v1/objects/missing", json: ObjectIDList(ids: parts))
            #expect(try missing.json(MissingObjects.self).missing == parts)
            let fetched = try await neighbourWire.post("/v1/objects/fetch", json: ObjectIDList(ids: parts))
            #expect(fetched.status == 200)
            #expect(try ObjectBatch.decode(fetched.body).objects.isEmpty)
            _ = try await neighbour.client(port: port, token: other.secret).pull()
            #expect(try await neighbour.repository.reportStates().isEmpty)
            #expect(try await neighbour.repository.statistics().objectCount == 0)
            // While the township's own token may fetch it
            let ownFetch = try await WireClient(port: port, token: own.secret).post(
                "/v1/objects/fetch", json: ObjectIDList(ids: parts))
            #expect(try ObjectBatch.decode(ownFetch.body).objects.map(\.id) == parts)
        }
    }
}
