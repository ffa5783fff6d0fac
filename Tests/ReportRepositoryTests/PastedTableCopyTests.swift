import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// Last year's table 3 pasted ABOVE this year's: the pasted copy is a table added, and this year's keeps its comments,
/// blame and history, though it is now the second table 3 of the section (`table3#2`). Copies used to be paired by
/// order: every comment, blame and history line of the year's table 3 moved onto last year's copy and its 175 cells
/// were "changed" (review rv114 F5).
@Suite struct PastedTableCopyTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let firstCell = "section:三/table:table3/cell:received:natural-person"
    static let secondCell = "section:三/table:table3#2/cell:received:natural-person"
    static let reviewer = Principal(
        person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date(timeIntervalSince1970: 0)))

    @Test func thePastedCopyIsAddedAndTheYearsTableKeepsItsCommentBlameAndHistory() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        // Given 甲's 第 1 版 with this year's table 3, and the county's comment on one of its cells
        let base = PastedTable3.thisYear()
        let first = try await repository.commit(base, to: Self.key, author: "甲", message: "初稿", time: time).revision
        try await repository.addComment(
            on: first.id.hex, at: Self.firstCell, text: "这个数请核对", by: Self.reviewer, time: time + 30)
        // When 乙 commits the report with last year's table 3 pasted above this year's
        let pasted = PastedTable3.pastedAbove(base)
        let second = try await repository.commit(
            pasted, to: Self.key, author: "乙", message: "粘贴了去年的表三", time: time + 60
        ).revision

        // Then the diff has the pasted copy added and this year's table unchanged
        let script = await repository.comparison(from: base, to: pasted)
        let changed = script.tables.filter { $0.status != .unchanged }
        #expect(changed.map(\.unit.description) == ["section:三/table:table3"])
        #expect(changed.map(\.status) == [.added])
        let years = script.tables.first { $0.unit.description == "section:三/table:table3#2" }
        #expect(years?.status == .unchanged && years?.oldBlock == 0)
        // the comment stays on this year's copy, with its figure
        let threads = try await repository.comments(of: Self.key, shownIn: second.id)
        #expect(threads.map(\.shownAnchor) == [Self.secondCell])
        #expect(threads.first?.place.contains("表三（第 2 个）") == true, "\(threads.map(\.place))")
        // blame gives this year's cells to 甲, who wrote them, and only the pasted copy's to 乙
        let blame = try await repository.blame(Self.key.description)
        let yearsCells = blame.entries.filter { $0.kind == .cell && $0.unit.description.contains("/table:table3#2/") }
        let lastYears = blame.entries.filter { $0.kind == .cell && $0.unit.description.contains("/table:table3/") }
        #expect(!yearsCells.isEmpty && yearsCells.allSatisfy { $0.revision.author == "甲" })
        #expect(!lastYears.isEmpty && lastYears.allSatisfy { $0.revision.author == "乙" })
        // and the history of this year's cell begins with 甲's 第 1 版
        let history = try await repository.unitHistory(
            of: try #require(UnitID(Self.secondCell)), endingAt: Self.key.description)
        #expect(history.changes.map(\.revision.author) == ["甲"])
        #expect(history.changes.map(\.kind) == [.added])
    }
}
