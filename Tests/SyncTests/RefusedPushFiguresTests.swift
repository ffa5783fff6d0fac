import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A push the county refuses once (it was restored from a backup that lacks a version the township saw there) is
/// planned again and sent. The figures the CLI prints (`3 次请求`) counted the second attempt only: the refused
/// attempt's listing, question and upload were left out. They count every request now.
@Suite struct RefusedPushFiguresTests {
    static let key = RestoredCountyTests.key

    @Test func theFiguresOfAPushCountTheRefusedAttempt() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            _ = try await county.repository.backup(to: backup)
            try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10))
            _ = try await township.client(port: port, token: token).push()
        }
        try await township.editCell(Self.key, index: 2, to: "9", time: testTime(20))
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        try await withServer(restored) { port in
            let pushed = try await township.client(port: port, token: token).push()
            #expect(pushed.results.contains { $0.ref == .draft && $0.status == .fastForwarded })
            // Each attempt: the listing, which objects the county lacks, the upload (refused the first time)
            #expect(pushed.statistics.requests == 6)
        }
    }
}
