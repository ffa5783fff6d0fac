import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportRepository

/// Unfilled cells of a table are one finding, decided as one; a decision taken on one cell before the cells were
/// grouped is not carried to the group, and a decision on the group holds only while the same cells are unfilled
/// the same way (ux96 finding 15).
@Suite struct GroupedFindingDecisionTests {
    /// The bundled sample 000 (常张乡 2024) with some cells of table 4 written 无.
    static func sample(wu columns: [String]) throws -> Report {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        var report = try ReportParser.parse(Data(contentsOf: url)).report
        for index in report.sections.indices {
            for block in report.sections[index].blocks.indices {
                guard case .table(var table) = report.sections[index].blocks[block], table.template == "table4-2021"
                else { continue }
                for column in columns { table.setText("无", row: "cases", column: column) }
                report.sections[index].blocks[block] = .table(table)
            }
        }
        return report
    }

    static let table4 = TemplateCatalog.standard.table(id: "table4-2021")?.columns.map(\.key) ?? []

    @Test func aCellsDecisionStaysWithTheCellAndTheGroupIsDecidedAsOne() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        let reviewer = WorkflowTests.reviewer
        let key = ReportKey(agency: "changzhang", year: 2024)
        func unfilled() async throws -> [DecidedFinding] {
            try await repository.decidedFindings(of: "changzhang/2024").filter { $0.finding.rule == "cell-not-filled" }
        }
        // Given one cell of table 4 written 无, and its finding dismissed
        try await repository.commit(
            try Self.sample(wu: ["review.upheld"]), to: key, author: "李四", message: "1", time: time)
        let one = try #require(try await unfilled().first)
        #expect(one.finding.place.columnKey == "review.upheld")
        try await repository.decide(
            finding: one.key, on: "changzhang/2024", verdict: .dismissed, reason: "本乡惯例写无", by: reviewer,
            time: time.addingTimeInterval(60))
        // When the township writes 无 across table 4
        try await repository.commit(
            try Self.sample(wu: Self.table4), to: key, author: "李四", message: "2", time: time.addingTimeInterval(120))
        // Then its 15 cells are one finding, not decided by the one cell's dismissal, and it counts once
        let group = try await unfilled()
        #expect(group.count == 1)
        let finding = try #require(group.first)
        #expect(finding.finding.message == "表四有 15 格写作「无」，应填写数字（没有则填0）：整张表都没有填数字")
        #expect(finding.decision == nil)
        let head = try await repository.resolve("changzhang/2024")
        let counts = try await repository.findingCounts(of: [head])[head.id]
        let others = try await repository.decidedFindings(of: "changzhang/2024").filter {
            $0.finding.rule != "cell-not-filled" && $0.finding.kind == .report && $0.finding.severity == .warning
        }
        #expect(counts?.warnings == others.count + 1)
        // When the reviewer dismisses the group, it stops counting, and stays dismissed in a revision with the same
        // cells unfilled
        try await repository.decide(
            finding: finding.key, on: "changzhang/2024", verdict: .dismissed, reason: "本乡惯例写无", by: reviewer,
            time: time.addingTimeInterval(180))
        var again = try Self.sample(wu: Self.table4)
        again.sections[4].blocks.append(.paragraph(Paragraph("下一步将加强培训。")))
        try await repository.commit(again, to: key, author: "李四", message: "3", time: time.addingTimeInterval(240))
        #expect(try await unfilled().map(\.isDismissed) == [true])
        // But a group of other cells is the reviewer's to decide again
        try await repository.commit(
            try Self.sample(wu: Array(Self.table4.dropFirst())), to: key, author: "李四", message: "4",
            time: time.addingTimeInterval(300))
        let changed = try await unfilled()
        #expect(changed.map(\.finding.numbers) == [["未填写格数": 14]])
        #expect(changed.first?.decision == nil)
    }
}
