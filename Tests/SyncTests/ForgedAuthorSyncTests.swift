import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A township's node can name itself 县政务公开办 and its author 王审核, the county's reviewer, and push (user review
/// rv102, F3): every rule that asked "whose change is this" by the author's name then took the township's revision for
/// hers. A revision another node brought is its sender's (``ChangeMaker``): these push a forged revision through a
/// real server with 常张乡's token and check each rule at the county.
@Suite struct ForgedAuthorSyncTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let forgedCell = "999"

    /// The county node 县政务公开办 (王审核's 第 1 version); the township's node, named 县政务公开办 too, pulls it with
    /// 常张乡's token. `before` runs at the county after the pull (a correction of its own); then the township commits
    /// table 3's first cell as 999 authored 王审核 and pushes it.
    static func forged(
        before: @Sendable (TestNode) async throws -> Void = { _ in }
    ) async throws -> (county: TestNode, township: TestNode, first: Revision, pushed: Revision) {
        let county = try TestNode("县政务公开办")
        let township = try TestNode("县政务公开办")
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let first = try await county.repository.commit(
            try await county.document(key), to: key, author: "王审核", message: "县里上传", time: testTime(0)
        ).revision
        let pushed = try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.pull()
            try await before(county)
            let forged = try await township.repository.commit(
                SampleReport.settingTable3Cell(of: try await township.document(key), index: 0, to: forgedCell),
                to: key, author: "王审核", message: "县里核对后更正：改为999", time: testTime(60)
            ).revision
            _ = try await client.push()
            return forged
        }
        #expect(try await county.repository.receipts(of: [pushed.id])[pushed.id]?.sender == "常张乡")
        return (county, township, first, pushed)
    }

    @Test func restoringOverTheForgedPushNamesItAsTheTownships() async throws {
        let (county, township, first, _) = try await Self.forged()
        defer {
            county.remove()
            township.remove()
        }
        // The reviewer herself is asked, the township's change named as what it is
        let hers = try await county.repository.restoreUndoes(first.id.hex, author: "王审核", language: .chinese)
        #expect(hers.count == 1)
        #expect(hers.allSatisfy { $0.hasSuffix("（第 2 版，王审核（常张乡 同步送来））") })
        let his = try await county.repository.restoreUndoes(first.id.hex, author: "刘主任", language: .chinese)
        #expect(his == hers)
        await #expect(throws: RepositoryError.self) {
            try await county.repository.restore(first.id.hex, author: "王审核", refusingUndone: true)
        }
    }

    /// Her own text file of 第 1 版, a paragraph edited: checked against 第 1 版, the township's cell kept — not
    /// checked against the township's 第 2 版 as hers, the township's 999 put back to her old text unseen.
    @Test func herOwnCopyIsNotMergedFromTheForgedPush() async throws {
        let (county, township, first, _) = try await Self.forged()
        defer {
            county.remove()
            township.remove()
        }
        _ = try await county.repository.commit(
            SampleReport.settingTable3Cell(of: try await county.document(Self.key), index: 5, to: "7"), to: Self.key,
            author: "刘主任", message: "县里更正", time: testTime(120))
        let own = SampleReport.rewritingParagraph(
            of: try await county.repository.report(at: first.id.hex), index: 0, to: "县里核对后补充的一段。")
        let outcome = try await county.repository.commit(
            own, to: Self.key, author: "王审核", message: "上传 年报.txt", time: testTime(180),
            source: ReportSource(diagnostics: []))
        #expect(outcome.status == .committed)
        let expected = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: own, index: 0, to: Self.forgedCell), index: 5, to: "7")
        #expect(try await county.repository.report(at: Self.key.description) == expected)
        #expect(outcome.revision.content.message.contains("按王审核的第 1 版核对"))
        #expect(outcome.revision.content.message.contains("王审核（常张乡 同步送来） 的第 2 版"))
    }

    /// Her Word file of 第 1 版 changes the cell the township's push changed: that place is not hers to change again
    /// (changedOnlyBy), so the clash is refused, naming who sent the other change.
    @Test func thePlaceOfTheForgedPushIsNotHersToChangeAgain() async throws {
        let (county, township, first, pushed) = try await Self.forged()
        defer {
            county.remove()
            township.remove()
        }
        var source = ReportSource(diagnostics: [])
        source.basedOn = first.id.hex
        let error = await #expect(throws: RepositoryError.self) {
            try await county.repository.commit(
                SampleReport.settingTable3Cell(
                    of: try await county.repository.report(at: first.id.hex), index: 0, to: "555"),
                to: Self.key, author: "王审核", message: "上传 年报.docx", time: testTime(180), source: source)
        }
        guard case .editedOlderVersion(_, _, _, let author, _, _, _) = error else {
            Issue.record("expected an edit of an older version, got \(String(describing: error))")
            return
        }
        #expect(author == "王审核（常张乡 同步送来）")
        #expect(try await county.repository.resolve(Self.key.description).id == pushed.id)
    }

    /// The reviewer's correction and the township's forged one of the same cell meet in a conflict; she keeps hers.
    /// The merge names the township's side as the township's, and her publish is not told that her change was left
    /// out; keeping the township's side, it is.
    @Test func aMergeKeepingHerCorrectionOverTheForgedPushIsNoCaution() async throws {
        let (county, township, _, _) = try await Self.forged { county in
            _ = try await county.repository.commit(
                SampleReport.settingTable3Cell(of: try await county.document(Self.key), index: 0, to: "5"),
                to: Self.key, author: "王审核", message: "县里更正", time: testTime(30))
        }
        defer {
            county.remove()
            township.remove()
        }
        let repository = county.repository
        #expect(try await repository.report(Self.key)?.status == .conflict)
        let merged = try #require(
            try await repository.mergeHeads(of: Self.key, takeAll: .ours, author: "王审核", time: testTime(240)).revision)
        // (stored as the office that sent it and the name it claims: never the county's 县政务公开办 王审核)
        #expect(merged.content.message.contains("未采用 常张乡 王审核 的修改"), "\(merged.content.message)")
        #expect(try await repository.changesNotTaken(in: merged, of: "王审核").isEmpty)
    }
}
