import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncServer
import Testing

/// Uploads a broken link or a hostile client could send: random edits of a good batch, and random bodies. Each is
/// refused with 400 and a JSON message, and the node stores nothing of any of them.
@Suite struct HostileBatchTests {
    @Test(arguments: [11, 12] as [UInt64])
    func mutatedUploadsAreRefusedWholeAndStoreNothing(seed: UInt64) async throws {
        // Given a county node and a good upload of a township's first draft
        let county = try TestNode("county")
        defer { county.remove() }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let (revision, objects) = ProtocolTests.objects(agency: "changzhang")
        let good = Array(
            try ProtocolTests.upload(objects, draft: revision, agency: "changzhang").readableBytesView)
        let headerLength = Int(good[4..<8].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        let count = 8 + headerLength
        let before = try await county.repository.statistics()
        let app = buildNodeApplication(
            repository: county.repository, configuration: .init(port: 0, logger: TestNode.logger))
        try await app.test(.router) { client in
            var random = SeededRandom(seed: seed)
            // When 200 edited or random bodies are uploaded
            for round in 0..<200 {
                var bytes = good
                if round % 10 == 0 {
                    bytes =
                        Array("NBO2".utf8) + ByteMutation.noise(Int.random(in: 0...64, using: &random), using: &random)
                } else {
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        ByteMutation.mutate(&bytes, fields: [4, count, count + 36], using: &random)
                    }
                }
                guard bytes != good else { continue }
                // Then each is refused as a bad request, with a message
                try await client.execute(
                    uri: "/v1/objects", method: .post,
                    headers: [
                        .authorization: "Bearer \(token)", .contentType: SyncProtocol.objectsContentType,
                    ],
                    body: ByteBuffer(bytes: bytes)
                ) { response in
                    #expect(response.status == .badRequest, "round \(round)")
                    let body = try JSONDecoder().decode(ErrorBody.self, from: Data(response.body.readableBytesView))
                    #expect(body.error == "bad-request")
                    #expect(!body.message.isEmpty)
                }
            }
        }
        // And nothing of any of them was stored
        #expect(try await county.repository.statistics() == before)
        #expect(try await county.repository.fsck().isClean)
    }
}
