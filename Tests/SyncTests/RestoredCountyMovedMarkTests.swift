import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// The county published 第 1 版, backed up, then published 第 2 版; the township pulled both. The county restores its
/// backup: the township's pull moved 已公开 back to 第 1 版 and listed nothing as lost (`lostThere: []`), so nobody
/// was told that the publication of 第 2 版 must be done again (rv108 F19). It lists it now, with the version it was
/// on.
@Suite struct RestoredCountyMovedMarkTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aMarkTheCountyMovedAfterItsBackupIsListedAsLost() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        let first = try await township.editParagraph(Self.key, index: 0, to: "第一稿。", time: testTime(0)).revision.id
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李四")
        let second = try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            // The county publishes 第 1 版 and backs up
            _ = try await county.repository.mark(Self.key.description, as: .published, author: "王审核")
            _ = try await township.client(port: port, token: token).pull()
            _ = try await county.repository.backup(to: backup)
            // The township sends 第 2 版, which the county publishes after its backup
            try await MarkSyncTests.nextSecond()
            let second = try await township.editParagraph(Self.key, index: 0, to: "第二稿。", time: testTime(60))
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李四")
            _ = try await township.client(port: port, token: token).sync()
            try await MarkSyncTests.nextSecond()
            _ = try await county.repository.mark(Self.key.description, as: .published, author: "王审核")
            _ = try await township.client(port: port, token: token).pull()
            return second.revision.id
        }
        #expect(try await MarkSyncTests.mark(.published, of: Self.key, on: township) == second)
        // The county puts its backup in the place of its repository
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }

        let pull = try await withServer(restored) { port in
            try await township.client(port: port, token: token).pull()
        }

        // Then the township shows the county's state (第 1 版 published), and is told 第 2 版's publication is lost
        #expect(pull.remoteWentBack)
        #expect(try await MarkSyncTests.mark(.published, of: Self.key, on: township) == first)
        let lost = try #require(pull.reports.first { $0.report == Self.key }?.lostThere)
        #expect(lost.marks.map(\.mark) == [.published])
        #expect(lost.marks.first?.revision == second)
        // And its audit log keeps it
        let audit = try await township.repository.auditLog()
        #expect(audit.contains { $0.detail.contains("已没有标记“已公开”") && $0.revision == second.hex })
    }
}
