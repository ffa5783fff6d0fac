import DocumentLayout
import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// A line break typed in a Word paragraph (Shift+Enter: `w:br`, also `w:cr`) keeps its lines apart, and a tab stays a
/// tab: the contact lines and the office's name and date (落款) at the end of section 六 are the lines the clerk wrote,
/// through a commit, the text export and the Word export. They had been joined into one line (`联系人：张三联系电话：…`,
/// the office's name glued to the sentence before it), a tab read as a space (review rr93 F3).
@Suite struct WordLineBreakTests {
    static let key = ReportKey(agency: "ceshi", year: 2024)

    /// A report written in Word: section 六 ends with a paragraph of contact lines broken by `w:br` and `w:cr`, a tab
    /// between two numbers, and a signature paragraph (set right) of two lines with an empty line between them.
    static let docx: [UInt8] = {
        typealias F = DocxFixture
        func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        let br = "<w:r><w:br/></w:r>"
        let contact =
            "<w:p>" + run("本年度未收取信息处理费。") + br + run("联系人：张三")
            + "<w:r><w:cr/><w:t>联系电话：0355-1234567</w:t><w:tab/><w:t>0355-7654321（传真）</w:t></w:r></w:p>"
        let signature =
            "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>" + run("测试乡人民政府") + br + br + run("2025年1月20日") + "</w:p>"
        let body = [
            F.p("测试乡人民政府2024年政府信息公开工作年度报告"), F.p("一、总体情况"), F.p("本年度，我乡主动公开政府信息133条。"),
            F.p("二、主动公开政府信息情况"), F.p("详见下表。"), F.p("三、收到和处理政府信息公开申请情况"), F.p("本年度未收到申请。"),
            F.p("四、政府信息公开行政复议、行政诉讼情况"), F.p("无。"), F.p("五、存在的主要问题及改进情况"), F.p("宣传不够。"),
            F.p("六、其他需要报告的事项"), contact, signature,
        ]
        return (try? DocxFixture.make(body: body.joined())) ?? []
    }()

    /// The lines of section 六, as the clerk wrote them.
    static let lines = [
        "本年度未收取信息处理费。", "联系人：张三", "联系电话：0355-1234567\t0355-7654321（传真）", "测试乡人民政府", "2025年1月20日",
    ]

    static func lastSection(_ report: Report) -> [String] {
        report.sections.last?.allParagraphs.map(\.text) ?? []
    }

    @Test func theLinesOfAParagraphAreKeptAsWritten() throws {
        let report = try ReportParser.parse(Data(Self.docx)).report
        #expect(Self.lastSection(report) == Self.lines)
        #expect(report.sections.count == 6)
        #expect(report.agency == "测试乡人民政府")
        // (the sections before are as they were)
        #expect(report.sections.first?.allParagraphs.map(\.text) == ["本年度，我乡主动公开政府信息133条。"])
    }

    @Test func theTextExportCommitsBackUnchanged() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given the Word file committed
        let committed = try await repository.commit(
            bytes: Self.docx, named: "测试乡.docx", to: Self.key, author: "王芳", time: RepositoryTestSupport.time)
        #expect(committed.outcome.status == .committed)
        #expect(Self.lastSection(try await repository.report(at: Self.key.description)) == Self.lines)
        // When its text export is committed
        let text = try await repository.exportText(Self.key.description)
        try Data(text.utf8).write(to: folder.path("测试乡.txt"))
        let again = try await repository.commit(
            fileAt: folder.path("测试乡.txt").path, to: Self.key, author: "王芳",
            time: RepositoryTestSupport.time + 60)
        // Then nothing changed: the same report, every line in its place
        #expect(again.outcome.status == .unchanged, "\(text)")
        #expect(try await repository.report(at: Self.key.description) == (try ReportParser.parse(text: text).report))
    }

    @Test func theWordExportReadsBackToTheSameParagraphs() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given the Word file committed
        let committed = try await repository.commit(
            bytes: Self.docx, named: "测试乡.docx", to: Self.key, author: "王芳", time: RepositoryTestSupport.time)
        let report = try await repository.report(at: Self.key.description)
        // When the revision is exported as Word and read again
        let exported = try DocxWriter.write(report, revision: committed.outcome.revision.id)
        let parsed = try ReportParser.parse(exported)
        // Then it is the same report, section 六's lines as written
        #expect(parsed.report == report)
        #expect(Self.lastSection(parsed.report) == Self.lines)
        // And committed back it changes nothing
        let again = try await repository.commit(
            bytes: Array(exported), named: "测试乡（导出）.docx", to: Self.key, author: "王芳",
            time: RepositoryTestSupport.time + 60)
        #expect(again.outcome.status == .unchanged)
    }
}
