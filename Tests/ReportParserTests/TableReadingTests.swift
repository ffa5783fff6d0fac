import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The rules of reading a table from text, one class of misreading at a time (issue 15).
@Suite struct TableReadingTests {
    static func report(table3Row texts: [String], layout: ReportLayout) throws -> ParseResult {
        var report = ReportGenerator(numbers: .distinct).make(seed: 5)
        guard case .table(var table) = report.sections[2].blocks[0] else { throw CorpusError.notFound("table 3") }
        for (column, text) in zip(Table3Column.allCases, texts) {
            table.setText(text, row: Table3Row.received.rawValue, column: column.rawValue)
        }
        report.sections[2].blocks[0] = .table(table)
        return try ReportParser.parse(text: LayoutRenderer(layout: layout, seed: 5).render(report))
    }

    static func received(_ result: ParseResult) -> [String?] {
        let table = result.report.table(number: 3)
        return Table3Column.allCases.map { table?.cell(Table3Row.received, $0)?.text?.trimmingLayoutSpace() }
    }

    @Test(arguments: [ReportLayout.inlinePipes, .tabRows, .cellPerLineTabbed, .cellThenPipeLine])
    func aCellKeepsItsColumnWhateverItsText(layout: ReportLayout) throws {
        let texts = ["一百", "5件", "零", "〇", "1e30", "٣", "102"]
        let result = try Self.report(table3Row: texts, layout: layout)
        #expect(Self.received(result) == texts)
        let table = try #require(result.report.table(number: 3))
        let values = Table3Column.allCases.map { table.value(Table3Row.received, $0) }
        #expect(values == [100, 5, 0, 0, nil, nil, 102])
        // The numbers written otherwise are read with a note.
        let notes = result.diagnostics.filter { $0.code == .cellReadAsNumber }.compactMap(\.subject?.text)
        #expect(notes == ["一百", "5件", "零", "〇"])
    }

    @Test(arguments: [ReportLayout.inlinePipes, .tabRows])
    func textBesideATablesHeaderIsKeptAsAParagraphWithAWarning(layout: ReportLayout) throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 5)
        let text = LayoutRenderer(layout: layout, seed: 5).render(report)
        var lines = text.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.contains("勾稽关系") })
        let note = "另有3件转交县信访局办理"
        lines[header] += layout == .tabRows ? "\t" + note : " | " + note
        let before = try ReportParser.parse(text: text)
        let after = try ReportParser.parse(text: lines.joined(separator: "\n"))
        // The clerk's words are kept and said, and the table reads as before
        let paragraphs = after.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs.contains(note))
        let kept = after.diagnostics.filter { $0.code == .tableTextKept }.compactMap(\.subject?.text)
        #expect(kept == [note])
        #expect(after.report.table(number: 3) == before.report.table(number: 3))
    }

    @Test(arguments: [ReportLayout.inlinePipes, .tabRows, .cellPerLineTabbed, .cellThenPipeLine])
    func wordsGluedToALabelInItsCellAreKeptAsAParagraphWithAWarning(layout: ReportLayout) throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 5)
        let text = LayoutRenderer(layout: layout, seed: 5).render(report)
        let label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        let note = "（本年度首次出现，第11次修订）"
        let headerNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
        let addition = "另有3件转交县信访局办理"
        #expect(text.contains(label) && text.contains(headerNote))
        let edited = text.replacingOccurrences(of: label, with: label + note)
            .replacingOccurrences(of: headerNote, with: headerNote + addition)
        let before = try ReportParser.parse(text: text)
        let after = try ReportParser.parse(text: edited)
        // The cells are kept whole, said, and the tables read as before.
        let paragraphs = after.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs.contains(label + note))
        #expect(paragraphs.contains(headerNote + addition))
        let kept = Set(after.diagnostics.filter { $0.code == .tableTextKept }.compactMap(\.subject?.text))
        #expect(kept == [label + note, headerNote + addition])
        #expect(before.diagnostics.filter { $0.code == .tableTextKept }.isEmpty)
        #expect(after.report.table(number: 2) == before.report.table(number: 2))
        #expect(after.report.table(number: 3) == before.report.table(number: 3))
    }

    @Test func aRowTypedWithUnitsKeepsItsNumbers() throws {
        let texts = ["5件", "2件", "0件", "0件", "0件", "0件", "7件"]
        let result = try Self.report(table3Row: texts, layout: .inlinePipes)
        #expect(Self.received(result) == texts)
        #expect(result.report.table(number: 3)?.value(Table3Row.received, Table3Column.total) == 7)
    }

    @Test func aShortMarkdownRowIsMissingNotFilledFromTheLeft() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作正常开展。
            二、主动公开政府信息情况
            第二十条第（一）项
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |---|---|---|---|
            | 规章 | 22 | 235 |
            | 行政规范性文件 | 1 | 2 | 3 |
            """
        let result = try ReportParser.parse(text: text)
        let table = try #require(result.report.table(number: 2))
        #expect(Table2Column.allCases.map { table.cell(Table2Row.regulations, $0)?.text } == [nil, nil, nil])
        #expect(Table2Column.allCases.map { table.value(Table2Row.normativeDocuments, $0) } == [1, 2, 3])
        let short = try #require(result.diagnostics.first { $0.code == .rowIncomplete })
        #expect(
            short.subject
                == DiagnosticSubject(table: 2, row: Table2Row.regulations.rawValue, text: "| 规章 | 22 | 235 |"))
        #expect(short.line == 8)
    }

    @Test func numbersSeparatedBySpacesAreNeverOneNumber() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作正常开展。
            三、收到和处理政府信息公开申请情况
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
            一、本年新收政府信息公开申请数量
            447 7 0 0 0 0 454
            二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
            四、政府信息公开行政复议、行政诉讼情况
            行政复议 行政诉讼
            结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
            1 2 0 0 3 0 0 0 0 0 4 0 0 0 4
            """
        let result = try ReportParser.parse(text: text)
        let table3 = try #require(result.report.table(number: 3))
        #expect(Table3Column.allCases.map { table3.value(Table3Row.received, $0) } == [447, 7, 0, 0, 0, 0, 454])
        #expect(table3.value(Table3Row.carriedOver, Table3Column.total) == 1)
        let table4 = try #require(result.report.table(number: 4))
        #expect(
            Table4Column.allCases.map { table4.value(Table4Row.cases, $0) } == [
                1, 2, 0, 0, 3, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4,
            ])
    }

    @Test func table4InterleavedWithItsHeaderIsUnreadableNotFilledInStreamOrder() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作正常开展。
            四、政府信息公开行政复议、行政诉讼情况
            行政复议
            行政诉讼
            结果
            维持
            10
            1
            0
            总 计 结果 结果 其他
            0
            0
            """
        let result = try ReportParser.parse(text: text)
        let table4 = try #require(result.report.table(number: 4))
        #expect(table4.missingCount == 15)
        #expect(result.diagnostics.contains { $0.code == .tableUnreadable && $0.subject?.table == 4 })
    }

    @Test func table4SplitIntoItsThreeGroupsIsReadByTheirNames() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作正常开展。
            四、政府信息公开行政复议、行政诉讼情况
            行政复议
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            |---|---|---|---|---|
            | 1 | 2 | 3 | 4 | 10 |
            行政诉讼（复议后起诉）
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            |---|---|---|---|---|
            | 5 | 6 | 7 | 8 | 26 |
            """
        let table4 = try #require(try ReportParser.parse(text: text).report.table(number: 4))
        let values = Table4Column.allCases.map { table4.value(Table4Row.cases, $0) }
        #expect(values == [1, 2, 3, 4, 10, nil, nil, nil, nil, nil, 5, 6, 7, 8, 26])
    }

    @Test func table4AsOneRowUnderAFlattenedHeaderIsTable4() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作正常开展。
            四、政府信息公开行政复议、行政诉讼情况
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 行政诉讼 |
            |---|---|---|---|---|---|
            | 1 | 2 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 4 | 0 | 0 | 0 | 4 |
            """
        let table4 = try #require(try ReportParser.parse(text: text).report.table(number: 4))
        let values = Table4Column.allCases.map { table4.value(Table4Row.cases, $0) }
        #expect(values == [1, 2, 0, 0, 3, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4])
    }

    @Test func proseThatStartsLikeTable4IsProse() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            （五）监督保障情况。全年发生
            行政复议案件2件，行政诉讼案件1件。
            二、主动公开政府信息情况
            本年度无。
            """
        let report = try ReportParser.parse(text: text).report
        #expect(report.table(number: 4) == nil)
        #expect(report.sections[0].allParagraphs.contains { $0.text.contains("行政复议案件2件") })
    }

    @Test func aReportOnOneLineYieldsItsSixSections() throws {
        let report = ReportGenerator(numbers: .balanced).make(seed: 9)
        let text = LayoutRenderer(layout: .oneLine).render(report)
        #expect(text.split(separator: "\n").count == 1)
        let parsed = try ReportParser.parse(text: text)
        #expect(parsed.report.sections.map(\.heading) == report.sections.map(\.heading))
        #expect(parsed.report.sections.compactMap(\.templateSlot) == [1, 2, 3, 4, 5, 6])
        #expect(parsed.diagnostics.contains { $0.code == .headingInText })
    }

    @Test func headingsAtEitherEndOfARunningLineAreCutOut() throws {
        // The line's first and last bytes belong to the headings: the search for `、` must reach both ends.
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况 本年度工作平稳推进，成效明显，“、”与顿号相近的字节不算。二、主动公开政府信息情况
            本年度无。
            """
        let parsed = try ReportParser.parse(text: text)
        #expect(parsed.report.sections.map(\.heading) == ["一、总体情况", "二、主动公开政府信息情况"])
        #expect(parsed.diagnostics.contains { $0.code == .headingInText })
    }

    @Test func aSectionNamedInASentenceIsNotCutOut() throws {
        let text = """
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            具体数据详见“二、主动公开政府信息情况”和《三、收到和处理政府信息公开申请情况》部分，此处不再赘述。
            """
        let parsed = try ReportParser.parse(text: text)
        #expect(parsed.report.sections.count == 1)
        #expect(!parsed.diagnostics.contains { $0.code == .headingInText })
    }
}
