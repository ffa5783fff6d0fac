import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// Control characters (U+0001, an escape U+001B, a page break U+000C) and the non-characters U+FFFE/U+FFFF in a text
/// file were kept in the report, while the Word export cannot write them: the draft's own Word file, downloaded and
/// sent back unedited, made a new version whose change nobody could see (rv105 F2). Nobody types them: every reader
/// now leaves them out as the Word export does (``Unicode/Scalar/isHeldByWordFiles``); what a person does type —
/// an emoji, a zero-width space, Word's manual line break — stays as written.
@Suite struct WordCharacterRoundTripTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let typed = "本年度主动公开信息7条。\u{1}控制\u{1B}符\u{FFFE}非字符\u{C}换页\u{FFFF}😀表情\u{200B}零宽"
    static let kept = "本年度主动公开信息7条。控制符非字符换页😀表情\u{200B}零宽"

    @Test func aTextFileIsReadWithoutTheCharactersAWordFileCannotHold() throws {
        var report = SampleReport.rewritingParagraph(of: SampleReport.make(), index: 0, to: Self.typed)
        report = SampleReport.settingTable3Cell(of: report, index: 0, to: "5\u{1}")
        let parsed = try ReportParser.parse(text: ReportText.render(report)).report
        let paragraphs = parsed.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs.contains(Self.kept))
        #expect(!paragraphs.contains { $0.unicodeScalars.contains { !$0.isHeldByWordFiles } })
        let cells = parsed.tables.flatMap { $0.table.cells.compactMap(\.cell.text) }
        #expect(!cells.contains { $0.unicodeScalars.contains("\u{1}") })
    }

    @Test func theWordExportOfSuchATextCommitsBackUnchanged() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.rewritingParagraph(of: SampleReport.make(), index: 0, to: Self.typed)
        // Given the text committed
        let committed = try await repository.commit(
            bytes: Array(ReportText.render(report).utf8), named: "常张乡.txt", to: Self.key, author: "张文书",
            time: RepositoryTestSupport.time)
        #expect(committed.outcome.status == .committed)
        let stored = try await repository.report(at: Self.key.description)
        #expect(stored.sections.flatMap(\.allParagraphs).map(\.text).contains(Self.kept))
        // When its Word export is sent back unedited
        let exported = try DocxWriter.write(stored, revision: committed.outcome.revision.id)
        let again = try await repository.commit(
            bytes: Array(exported), named: "常张乡（下载）.docx", to: Self.key, author: "张文书",
            time: RepositoryTestSupport.time + 60)
        // Then nothing is committed
        #expect(again.outcome.status == .unchanged)
    }
}
