import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import SyncClient
import SyncServer
import Testing

/// A push of more than the county's quota of uploads no ref reaches (years of scanned originals sent at once) moves
/// the draft along the way and finishes. It had failed after the quota filled, and every retry failed the same way.
@Suite struct LongPushTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// Eight revisions of one report, each with its own 300 KB original that does not compress.
    static func township() async throws -> TestNode {
        let township = try TestNode("changzhang")
        var generator = SystemRandomNumberGenerator()
        for index in 0..<8 {
            let bytes = (0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try await township.repository.commit(
                SampleReport.make(agency: "常张乡人民政府", year: 2024), to: key, author: "李四", message: "扫描件 \(index)",
                source: ReportSource(
                    diagnostics: [], original: OriginalFile(name: "扫描\(index).docx", format: .docx, bytes: bytes)))
        }
        return township
    }

    @Test func aPushLargerThanTheQuotaMovesTheDraftAlongAndFinishes() async throws {
        let county = try TestNode("county")
        let township = try await Self.township()
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let limits = NodeLimits(uploadQuota: 1_000_000)
        try await withServer(county, limits: limits) { port in
            let remote = Remote(name: "county", url: "http://127.0.0.1:\(port)", token: token)
            func client(checkpointBytes: Int) -> SyncClient {
                SyncClient(
                    repository: township.repository, remote: remote, timeout: .seconds(30), batchLimit: 2,
                    checkpointBytes: checkpointBytes, logger: TestNode.logger)
            }
            // Without moving the draft along, the quota fills and the push is refused
            await #expect(throws: SyncError.self) { try await client(checkpointBytes: .max).push() }
            // With it, the same push finishes and the county holds the township's draft
            let report = try await client(checkpointBytes: 400_000).push()
            #expect(report.results.contains { $0.report == Self.key && $0.ref == .draft })
        }
        #expect(try await county.drafts()[Self.key] == township.drafts()[Self.key])
        #expect(try await county.repository.fsck().isClean)
    }
}
