import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// `nianbao history` and `blame` read a report's revisions from the store and follow units through them.
@Suite struct UnitHistoryTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aCellsHistoryListsEveryRevisionThatChangedIt() async throws {
        // Given three revisions by two people, the second and third changing one cell of table 3
        let repository = try RepositoryTestSupport.memoryRepository()
        var report = ReportGenerator(numbers: .balanced).make(seed: 3)
        _ = try await repository.commit(report, to: key, author: "李明", message: "初稿", time: RepositoryTestSupport.time)
        for (author, value) in [("王芳", "40"), ("李明", "41")] {
            for index in report.sections.indices {
                for block in report.sections[index].blocks.indices {
                    guard case .table(var table) = report.sections[index].blocks[block],
                        table.templateDefinition?.table == 3
                    else { continue }
                    table.setText(value, row: "received", column: "natural-person")
                    report.sections[index].blocks[block] = .table(table)
                }
            }
            _ = try await repository.commit(
                report, to: key, author: author, message: value, time: RepositoryTestSupport.time + 60)
        }
        // When the line is read and the cell followed along it
        let (_, graph) = try await repository.revisionGraph("changzhang/2024")
        let line = graph.revisions
        #expect(line.count == 3)
        let newest = try #require(line.last?.report)
        let unit = try #require(UnitID.cell(table: 3, row: "一、本年新收政府信息公开申请数量", column: "自然人", in: newest))
        #expect(unit.description == "section:三/table:table3/cell:received:natural-person")
        let changes = try UnitHistory.changes(of: unit, in: graph)
        // Then the first revision added it and each later one changed it, with author and old → new
        #expect(changes.map(\.kind) == [.added, .modified, .modified])
        #expect(changes.map(\.revision.author) == ["李明", "王芳", "李明"])
        #expect(changes.last?.old == "40")
        #expect(changes.last?.new == "41")
        // And blame names the last revision for that cell and the first for the others
        let blame = Blame.compute(in: graph)
        #expect(blame.first { $0.unit == unit }?.revision.id == line.last?.revision.id)
        #expect(blame.filter { $0.kind == .cell && $0.revision.id != line.first?.revision.id }.count == 1)
        #expect(try await repository.revisionGraph("changzhang/2024~1").graph.revisions.count == 2)
        #expect(try await repository.revisionGraph("changzhang/2024", limit: 2).graph.revisions.count == 2)
    }

    @Test func theRepositoryFollowsAUnitAndBlamesAsTheLineSays() async throws {
        // Given two revisions, the second changing one cell
        let repository = try RepositoryTestSupport.memoryRepository()
        let first = SampleReport.make()
        let (row, cell) = try #require(first.table(number: 3)?.cells.first)
        let second = SampleReport.settingTable3Cell(of: first, index: 0, to: "77")
        _ = try await repository.commit(first, to: key, author: "李明", message: "初稿", time: RepositoryTestSupport.time)
        _ = try await repository.commit(
            second, to: key, author: "王芳", message: "改", time: RepositoryTestSupport.time + 60)
        let (tip, graph) = try await repository.revisionGraph("changzhang/2024")
        let unit = try #require(UnitID.cell(table: 3, row: row.key, column: cell.column, in: second))
        // When the repository follows the cell and blames the draft
        let history = try await repository.unitHistory(of: unit, endingAt: "changzhang/2024")
        let blame = try await repository.blame("changzhang/2024")
        // Then it gives what ReportDiff gives along the same line
        #expect(history.report == key)
        #expect(history.changes == (try UnitHistory.changes(of: unit, in: graph)))
        #expect(blame.entries == Blame.compute(in: graph))
        #expect(blame.revision == tip.id)
        #expect(blame.first.hex == graph.revisions.first?.revision.id)
        #expect(history.changes.map(\.revision.author) == ["李明", "王芳"])
    }
}
