import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// The county restores a backup older than its return of a township's version and its comment, both of which the
/// township had pulled. The township kept showing 已退回 and the county's comment, which the county no longer had,
/// and nobody was told (rr99 F3). Its next pull sees the county's store went back: the return is taken off there too
/// (the township shows the county's state), and the pull lists the return, with its correction request, and the
/// comment, for the clerk to tell the county.
@Suite struct RestoredCountyMarksTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aTownshipIsToldWhatARestoredCountyNoLongerHas() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        let version = try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0)).revision.id
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李四")
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            // The county backs up, then returns the version and writes a comment; the township pulls both
            _ = try await county.repository.backup(to: backup)
            try await MarkSyncTests.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "表三请改", author: "王审核")
            _ = try await county.repository.addComment(
                on: Self.key.description, at: "section:一", text: "第一段改", by: Principal(author: "王审核"))
            _ = try await township.client(port: port, token: token).pull()
        }
        #expect(try await township.repository.report(Self.key)?.status == .returned)
        #expect(try await township.repository.comments(of: Self.key).count == 1)
        // The county puts its backup in the place of its repository
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }

        let pull = try await withServer(restored) { port in
            try await township.client(port: port, token: token).pull()
        }

        #expect(pull.remoteWentBack)
        let lost = try #require(pull.reports.first { $0.report == Self.key }?.lostThere)
        #expect(lost.marks.map(\.mark) == [.returned])
        #expect(lost.marks.first?.revision == version)
        #expect(lost.marks.first?.comment?.comment == "表三请改")
        #expect(lost.notes.map(\.text) == ["第一段改"])
        // The township shows the county's state (已报送), and keeps the comment
        #expect(try await MarkSyncTests.mark(.returned, of: Self.key, on: township) == nil)
        #expect(try await township.repository.report(Self.key)?.status == .submitted)
        #expect(try await township.repository.comments(of: Self.key).count == 1)
        // A second pull has nothing more to say
        let again = try await withServer(restored) { port in
            try await township.client(port: port, token: token).pull()
        }
        #expect(!again.remoteWentBack)
        #expect(again.reports.allSatisfy { $0.lostThere == nil })
    }
}
