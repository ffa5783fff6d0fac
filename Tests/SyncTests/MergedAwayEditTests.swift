import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A township computer that edited under an agency id while the county merged that id into another, keeping another
/// text for the year: the edit must reach the merged report (merged at once, or kept as a second head to merge by
/// hand), never stay stranded under the old id, which no node takes any more.
@Suite struct MergedAwayEditTests {
    static let old = ReportKey(agency: "wagang", year: 2024)
    static let merged = ReportKey(agency: "wgz", year: 2024)

    /// The text of one cell of table 3 of a sample report (row-major, as ``SampleReport/settingTable3Cell``).
    static func cell(_ report: Report, _ index: Int) -> String? {
        guard case .table(let table) = report.sections[2].blocks[0] else { return nil }
        let cells = table.cells
        return cells[index % cells.count].1.text
    }

    /// The county holds `wagang/2024` (cell 0 = 5), the township pulls it and edits cell `edited` to `value`
    /// without syncing; the county registers `wgz`, whose 2024 report (cell 0 = 1, cell 2 = 9) it keeps over
    /// wagang's by making wagang's the same text, and merges wagang into wgz.
    static func season(
        county: TestNode, township: TestNode, edited: Int, value: String, port: Int, pushed: Bool = false,
        submitted: Bool = false
    ) async throws -> (client: SyncClient, county: Report) {
        try await county.editCell(old, index: 0, to: "5", time: testTime(0))
        let token = try await county.repository.issueTownshipToken(label: "瓦岗寨乡", agencies: [old.agency]).secret
        let client = township.client(port: port, token: token)
        _ = try await client.sync()
        try await township.editCell(old, index: edited, to: value, time: testTime(20))
        if submitted { try await township.repository.mark(old.description, as: .submitted, author: "孙明") }
        if pushed { _ = try await client.sync() }
        try await county.repository.addAgency(id: "wgz", name: "滑县瓦岗寨乡政府", kind: .township, by: "管理员")
        let kept = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: SampleReport.make(agency: "滑县瓦岗寨乡政府"), index: 0, to: "1"),
            index: 2, to: "9")
        try await county.repository.commit(kept, to: merged, author: "王审核", message: "导入", time: testTime(30))
        try await county.repository.commit(
            kept, to: old, author: "王审核", message: "保留 wgz 的文本", time: testTime(40), force: true)
        let outcome = try await county.repository.mergeAgency(old.agency, into: merged.agency, author: "王管理")
        #expect(outcome.same == [2024])
        return (client, try await county.repository.report(at: merged.description))
    }

    @Test func anEditThatDoesNotClashIsMergedAndReachesTheCounty() async throws {
        let county = try TestNode("county")
        let township = try TestNode("wagang")
        defer {
            county.remove()
            township.remove()
        }
        try await withServer(county) { port in
            // The clerk had also marked the edit 已报送, without syncing
            let (client, kept) = try await Self.season(
                county: county, township: township, edited: 1, value: "7", port: port, submitted: true)
            let synced = try await client.sync()
            let followed = try #require(synced.pull.merges.first?.outcome)
            #expect(followed.kept == [2024] && followed.merged[2024] != nil)
            // The submission marked a text the merged report is not: it is not carried, and the pull says so
            #expect(followed.resubmit == [2024])
            #expect(try await county.repository.report(Self.merged)?.submitted == nil)
            #expect(synced.push.results.map(\.status) == [.fastForwarded])
            // The county's report now has the township's edit and keeps its own text elsewhere
            let there = try await county.repository.report(at: Self.merged.description)
            #expect(Self.cell(there, 1) == "7")
            #expect(Self.cell(there, 0) == "1" && Self.cell(there, 2) == "9" && there.title == kept.title)
            let head = try #require(try await county.repository.report(Self.merged)).head
            #expect(head.content.author == "wagang" && head.content.parents.count == 2)
            #expect(try await county.repository.conflicts().isEmpty)
            #expect(try await township.repository.conflicts().isEmpty)
            #expect(try await township.repository.reportStates().map(\.report) == [Self.merged])
            #expect(try await township.drafts() == county.drafts())
        }
    }

    @Test func anEditThatClashesIsKeptAsASecondHeadAndMergedFromTheOldText() async throws {
        let county = try TestNode("county")
        let township = try TestNode("wagang")
        defer {
            county.remove()
            township.remove()
        }
        try await withServer(county) { port in
            // The township changed cell 0 (5 → 6), which the county's kept text has as 1: both changed it.
            let (client, kept) = try await Self.season(
                county: county, township: township, edited: 0, value: "6", port: port)
            let synced = try await client.sync()
            let followed = try #require(synced.pull.merges.first?.outcome)
            #expect(followed.kept == [2024] && followed.merged.isEmpty)
            #expect(synced.push.results.isEmpty)
            #expect(try await county.repository.report(at: Self.merged.description) == kept)
            // The edit is not lost: a second head with a conflict from the old id's line
            let open = try await township.repository.conflicts()
            #expect(open.map(\.report) == [Self.merged])
            #expect(ConflictOrigin(recorded: try #require(open.first).origin) == .agencyMerge(from: "wagang乡人民政府"))
            // Merged from the text the edit started from: only cell 0 clashes; cell 2 is the county's, the title too
            let preview = try await township.repository.mergeHeads(of: Self.merged, author: "孙明", commit: false)
            #expect(preview.result.conflicts.count == 1, "\(preview.result.conflicts)")
            let done = try await township.repository.mergeHeads(of: Self.merged, takeAll: .theirs, author: "孙明")
            #expect(done.isCommitted)
            let pushed = try await client.sync()
            #expect(pushed.push.results.map(\.status) == [.fastForwarded])
            let there = try await county.repository.report(at: Self.merged.description)
            #expect(Self.cell(there, 0) == "6" && Self.cell(there, 2) == "9" && there.title == kept.title)
        }
    }

    /// The township's edit reached the county before the merge, and the county chose another text: nothing of the
    /// township's own is left to keep, and the county's choice stands on both nodes, without a conflict.
    @Test func anEditTheCountyHadAndReplacedIsNotBroughtBack() async throws {
        let county = try TestNode("county")
        let township = try TestNode("wagang")
        defer {
            county.remove()
            township.remove()
        }
        try await withServer(county) { port in
            let (client, kept) = try await Self.season(
                county: county, township: township, edited: 1, value: "7", port: port, pushed: true)
            let synced = try await client.sync()
            let followed = try #require(synced.pull.merges.first?.outcome)
            #expect(followed.replaced == [2024] && followed.kept.isEmpty)
            #expect(synced.push.results.isEmpty)
            #expect(try await county.repository.report(at: Self.merged.description) == kept)
            #expect(try await township.repository.report(at: Self.merged.description) == kept)
            #expect(try await township.repository.conflicts().isEmpty)
            #expect(try await township.repository.reportStates().map(\.report) == [Self.merged])
        }
    }

    /// Without anything seen on the remote, what of a different text is this node's own cannot be told: the report
    /// stays under the old id, untouched, and the advice is not the county's (which would overwrite it).
    @Test func withNothingSeenThereADifferentTextStaysAndIsNotOverwritten() async throws {
        let township = try TestNode("wagang")
        defer { township.remove() }
        try await township.editCell(Self.old, index: 0, to: "6", time: testTime(0))
        try await township.repository.addAgency(id: "wgz", name: "滑县瓦岗寨乡政府", kind: .township, by: "孙明")
        try await township.repository.commit(
            SampleReport.make(agency: "滑县瓦岗寨乡政府"), to: Self.merged, author: "王审核", message: "导入",
            time: testTime(10))
        let before = try await township.repository.reportStates()
        let followed = try await township.repository.followMerges(
            [AgencyMerge(agency: "wagang", into: "wgz", merged: testTime(20))], from: "county")
        let problem = try #require(followed.first?.problem)
        #expect(problem == .agency(.followConflict(from: "wagang", into: "wgz", years: [2024])))
        #expect("\(problem)".contains("不要把对方的报告提交到 wagang 名下"), "\(problem)")
        #expect(try await township.repository.reportStates() == before)
    }
}
