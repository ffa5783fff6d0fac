import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// `comment --at` takes a cell's place as every listing prints it (`三、表三 · 本年新收 · 自然人`), and a place naming
/// no cell of its table is refused with that table's row and column words (rv117 M5: only
/// `section:三/table:table3/cell:received:natural-person` was accepted, and the refusal listed only the id forms).
@Suite struct CommentAtPlaceTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let reviewer = Principal(
        person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date(timeIntervalSince1970: 0)))

    @Test func aCellIsNamedByItsPrintedPlaceAndAWrongOneListsTheTablesWords() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        let report = SampleReport.make()
        try await repository.commit(report, to: Self.key, author: "李四", message: "初稿", time: time)
        // A cell by its printed place: the comment stands on that cell
        let thread = try await repository.addComment(
            on: Self.key.description, at: "三、表三 · 本年新收 · 自然人", text: "请核对", by: Self.reviewer, time: time + 1)
        #expect(thread.comment.anchor == "section:三/table:table3/cell:received:natural-person")
        #expect(thread.place == "三、表三 · 本年新收 · 自然人")
        // A column the table has not: refused, with its rows and columns; nothing written
        do {
            try await repository.addComment(
                on: Self.key.description, at: "三、表三 · 本年新收 · 法人", text: "请核对", by: Self.reviewer,
                time: time + 2)
            Issue.record("a place naming no cell was taken")
        } catch {
            guard case .workflow(.cellNotFound(_, let table, let rows, let columns)) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(table == "表三")
            #expect(rows.contains("本年新收") && columns.contains("自然人"))
            #expect(error.description.contains("表三的行：") && error.description.contains("自然人"))
        }
        // A table the report has not
        await #expect(throws: RepositoryError.workflow(.tableNotFound("表三（第 2 个）"))) {
            try await repository.addComment(
                on: Self.key.description, at: "三、表三（第 2 个） · 本年新收 · 自然人", text: "请核对", by: Self.reviewer,
                time: time + 3)
        }
        #expect(try await repository.comments(of: Self.key).count == 1)
    }
}
