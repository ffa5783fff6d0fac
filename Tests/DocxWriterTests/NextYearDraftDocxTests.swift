import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing
import ZIPFoundation

/// Next year's draft, written as .docx and read back: the years moved on, 上年结转 equal to last year's 结转下年度
/// column by column, every other cell empty, last year's paragraphs kept.
@Suite struct NextYearDraftDocxTests {
    @Test(arguments: DocxRoundTripTests.files)
    func aDraftReadsBackWithTheYearsMovedOn(path: String) throws {
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        let last = try ReportParser.parse(data).report
        let year = try #require(last.year)
        let draft = try #require(last.nextYearDraft())
        let again = try ReportParser.parse(try DocxWriter.write(draft)).report
        DocxRoundTripTests.expectSame(again, draft, path)
        #expect(again.year == year + 1)
        if let title = last.title {
            #expect(again.title?.contains("\(year + 1)") == true, "\(path): \(again.title ?? "")")
            #expect(
                YearMentions.all(in: again.title ?? "").allSatisfy { $0.year != year } || title.contains("\(year + 1)"))
        }
        // The statistics period moved on wherever the text gave one.
        let periods =
            (again.preamble.compactMap(\.paragraph?.text) + again.sections.flatMap { $0.allParagraphs.map(\.text) })
            .compactMap(YearMentions.statisticsYear(in:))
        #expect(periods.allSatisfy { $0 == year + 1 }, "\(path): \(periods)")
        // 上年结转 is last year's 结转下年度, column by column; every other cell empty.
        if let lastTable = last.table(number: 3), let table = again.table(number: 3) {
            for column in table.columns {
                let carried = lastTable.cell(row: "carry-forward", column: column.key)?.text
                #expect(
                    table.cell(row: "carried-over", column: column.key)?.text == (carried ?? ""),
                    "\(path) \(column.key)")
            }
            #expect(table.cells.filter { $0.row.key != "carried-over" }.allSatisfy { $0.cell.text == "" })
        }
        for number in [2, 4] {
            #expect(again.table(number: number)?.cells.allSatisfy { $0.cell.text == "" } ?? true)
        }
        // Last year's paragraphs are kept (those that do not give the statistics period, as they were); the 落款's
        // signing date moves on a year (user review ux98, N).
        let lastParagraphs = last.sections.flatMap { $0.allParagraphs.map(\.text) }
        let draftParagraphs = again.sections.flatMap { $0.allParagraphs.map(\.text) }
        #expect(lastParagraphs.count == draftParagraphs.count)
        for (old, new) in zip(lastParagraphs, draftParagraphs) where YearMentions.statisticsYear(in: old) != year {
            if YearMentions.dateLine(old)?.year == year + 1, YearMentions.first(in: old) == year + 1 {
                #expect(YearMentions.dateLine(new)?.year == year + 2, "\(path): \(new)")
            } else {
                #expect(old == new)
            }
        }
    }

    /// The draft's note is a Word comment on its title: Word shows it beside the text, and the report read back is
    /// the same as without it.
    @Test func aNoteIsACommentOnTheTitleAndNotPartOfTheReport() throws {
        let draft = try #require(SampleReport.make(year: 2023).nextYearDraft())
        let note = DocxNote(author: "年报草稿说明", text: "第一行 & <说明>\n第二行")
        let bytes = try DocxWriter.write(draft, note: note)
        #expect(try ReportParser.parse(bytes).report == (try ReportParser.parse(try DocxWriter.write(draft)).report))
        let archive = try Archive(data: bytes, accessMode: .read)
        func part(_ path: String) throws -> String {
            let entry = try #require(archive[path])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let comments = try part("word/comments.xml")
        #expect(comments.contains("w:author=\"年报草稿说明\""))
        #expect(comments.contains(">第一行 &amp; &lt;说明&gt;</w:t>") && comments.contains(">第二行</w:t>"))
        let document = try part("word/document.xml")
        let title = try #require(document.range(of: "w:val=\"ReportTitle\""))
        #expect(document[title.upperBound...].prefix(400).contains("<w:commentRangeStart w:id=\"0\"/>"))
        #expect(try part("word/_rels/document.xml.rels").contains("Target=\"comments.xml\""))
        #expect(try part("[Content_Types].xml").contains("/word/comments.xml"))
        // Without a note, none of it
        #expect(try Archive(data: try DocxWriter.write(draft), accessMode: .read)["word/comments.xml"] == nil)
    }

    @Test func aReportWithoutATitleGetsOneForTheNewYear() throws {
        var report = SampleReport.make(year: 2023)
        report.title = nil
        let draft = try #require(report.nextYearDraft())
        #expect(draft.title == "常张乡人民政府2024年政府信息公开工作年度报告")
        #expect(draft.preamble.first?.paragraph?.text.contains("统计期限为2024年1月1日至12月31日") == true)
        #expect(Report().nextYearDraft() == nil)
    }
}
