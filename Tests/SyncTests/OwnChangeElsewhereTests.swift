import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A clerk who used the county's pages before her township had a node (or uses both): her change made there and
/// pulled to her township's node is hers. Her older own copy committed there over it is still refused — the figure
/// is kept — but had been said to put back "别人改过的地方", naming her (rv106 F4): it is said as her own change from
/// elsewhere (``ChangeMaker/isOwnElsewhere(of:)``).
@Suite struct OwnChangeElsewhereTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A county and a township node: 王审核 uploads 第 1 版 at the county, 张文书 sets 本年新收 to 5 on the county's
    /// pages (第 2 版), the township pulls; `body` gets the township and her own older copy there (第 1 版 with another
    /// figure changed).
    static func withHerOlderCopy(_ body: (TestNode, Report) async throws -> Void) async throws {
        let county = try TestNode("县政务公开办")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let first = try await county.repository.commit(
            try await county.document(Self.key), to: Self.key, author: "王审核", message: "县里上传", time: testTime(0)
        ).revision
        _ = try await county.repository.commit(
            SampleReport.settingTable3Cell(of: try await county.document(Self.key), index: 0, to: "5"), to: Self.key,
            author: "张文书", message: "上传 年报.docx", time: testTime(60))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).pull()
        }
        let own = SampleReport.settingTable3Cell(
            of: try await township.repository.report(at: first.id.hex), index: 5, to: "7")
        try await body(township, own)
    }

    @Test func herOwnChangeMadeOnTheCountysNodeIsCalledHers() async throws {
        try await Self.withHerOlderCopy { township, own in
            try await Self.herOlderCopyIsRefusedAsHers(township, own)
        }
    }

    static func herOlderCopyIsRefusedAsHers(_ township: TestNode, _ own: Report) async throws {
        let error = await #expect(throws: RepositoryError.self) {
            try await township.repository.commit(
                own, to: Self.key, author: "张文书", message: "上传 年报.txt", time: testTime(120),
                source: ReportSource(diagnostics: []))
        }
        guard case .undoesOthersChanges(_, _, let changes, _, _, let yours) = try #require(error) else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(yours)
        #expect(changes.allSatisfy { $0.chinese.hasSuffix("（第 2 版，你在 县政务公开办 的修改（同步送来））") }, "\(changes)")
        let words = try #require(error).description(in: .chinese)
        #expect(words.contains("会把你在别处（从别的节点同步送来）改过的地方改回以前的内容"), "\(words)")
        #expect(!words.contains("别人"), "\(words)")
        // (the figure is kept)
        #expect(try await township.repository.report(at: Self.key.description).table(number: 3) != own.table(number: 3))
    }

    /// Forced, the same copy's warning says so too: "你在别处", not "别人" (rv109 F1); the message everyone reads
    /// says 本人 (the one who committed it), never 你.
    @Test func herForcedOldCopySaysItPutBackHerOwnChange() async throws {
        try await Self.withHerOlderCopy { township, own in
            try await Self.herForcedCopySaysSo(township, own)
        }
    }

    static func herForcedCopySaysSo(_ township: TestNode, _ own: Report) async throws {
        let forced = try await township.repository.commit(
            own, to: Self.key, author: "张文书", message: "上传 年报.txt", time: testTime(120), force: true,
            source: ReportSource(diagnostics: []))
        let warning = forced.warnings.joined()
        #expect(warning.contains("已强制提交：这些地方改回了你在别处修改以前的内容："), "\(warning)")
        #expect(warning.contains("（你在别处的修改仍在历史中）") && !warning.contains("别人"), "\(warning)")
        let message = forced.revision.content.message
        #expect(message.contains("改回了本人在别处修改以前的内容") && !message.contains("你"), "\(message)")
    }

    /// Her own text copy, merged with her change made on the county's pages since, names that change as hers: the
    /// merge warning had said "草稿此后有别人的修改（…；第 2 版，张文书（县政务公开办 同步送来））" (rv109 F12).
    @Test func herOwnCopyMergedWithHerChangeElsewhereCallsItHers() async throws {
        let county = try TestNode("县政务公开办")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        // Given her own text committed on the township's node (第 1 版) and sent to the county
        let text = try await township.document(Self.key)
        _ = try await township.repository.commit(
            text, to: Self.key, author: "张文书", message: "上传 年报.txt", time: testTime(0),
            source: ReportSource(diagnostics: []))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).push()
        }
        // And her change of another figure on the county's pages (第 2 版), pulled back to the township
        _ = try await county.repository.commit(
            SampleReport.settingTable3Cell(of: try await county.document(Self.key), index: 0, to: "5"), to: Self.key,
            author: "张文书", message: "在县里的网页上改", time: testTime(60))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).pull()
        }
        // When she commits her own copy of 第 1 版 again with one more figure changed
        let outcome = try await township.repository.commit(
            SampleReport.settingTable3Cell(of: text, index: 5, to: "7"), to: Self.key, author: "张文书",
            message: "上传 年报.txt", time: testTime(120), source: ReportSource(diagnostics: []))
        // Then both changes are kept, and the warning names the change since as hers, made elsewhere
        #expect(outcome.status == .committed)
        let warning = outcome.warnings.joined()
        #expect(
            warning.contains("草稿此后有你在别处的修改（你在 县政务公开办 的修改（同步送来） 的第 2 版）：已把文件的修改和这一版的修改合在一起提交"),
            "\(warning)")
        #expect(!warning.contains("别人"), "\(warning)")
        let message = outcome.revision.content.message
        #expect(message.contains("草稿此后有张文书在别处的修改") && !message.contains("你"), "\(message)")
    }
}
