import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import ReportModel
import Testing

/// The .docx reader on documents built in memory, one feature each.
@Suite struct DocxReaderTests {
    typealias F = DocxFixture

    static func read(_ body: String, numbering: String? = nil, styles: String? = nil) throws -> LaidOutDocument {
        try DocxReader.read(F.make(body: body, numbering: numbering, styles: styles))
    }

    static func rows(_ table: GridTable) -> [[String]] {
        (0..<table.rowCount).map { row in table.cells(coveringRow: row).map(\.text) }
    }

    @Test func gridSpanAndVerticalMergesLandOnTheGrid() throws {
        let table = try #require(
            try Self.read(
                F.tbl(
                    grid: [800, 800, 1600, 700, 700],
                    F.tr(F.tc("（本列数据的勾稽关系）", span: 3, merge: "restart"), F.tc("申请人情况", span: 2)),
                    F.tr(F.tc("", span: 3, merge: ""), F.tc("自然人"), F.tc("总计")),
                    F.tr(F.tc("三、本年度办理结果", merge: "restart"), F.tc("（一）予以公开", span: 2), F.tc("4"), F.tc("4")),
                    F.tr(
                        F.tc("", merge: "continue"), F.tc("（三）不予公开", merge: "restart"), F.tc("1.属于国家秘密"), F.tc("1"),
                        F.tc("1")),
                    F.tr(F.tc("", merge: ""), F.tc("", merge: ""), F.tc("2.其他"), F.tc("0"), F.tc("0"))
                )
            ).tables.first)
        #expect(table.rowCount == 5 && table.columnCount == 5)
        let note = try #require(table.cell(atRow: 1, column: 2))
        #expect(note.text == "（本列数据的勾稽关系）" && note.rowSpan == 2 && note.columnSpan == 3)
        #expect(table.cell(atRow: 4, column: 0)?.text == "三、本年度办理结果")
        #expect(table.cell(atRow: 4, column: 0)?.rowSpan == 3)
        #expect(table.cell(atRow: 4, column: 1)?.text == "（三）不予公开")
        #expect(Self.rows(table)[4] == ["三、本年度办理结果", "（三）不予公开", "2.其他", "0", "0"])
        #expect(table.columnEdges == [0, 40, 80, 160, 195, 230])
    }

    /// The second piece of a table cut in Word repeats its header, whose caption is merged over three columns and the
    /// header rows; the first body row's cells still say they continue a merge begun in the first piece. Narrower
    /// than the caption, they start cells of their own (as Word shows them), never extend the caption over the body.
    @Test func aContinueCellUnderAWiderCellStartsItsOwn() throws {
        let table = try #require(
            try Self.read(
                F.tbl(
                    grid: [800, 800, 1600, 700, 700],
                    F.tr(F.tc("（本列数据的勾稽关系）", span: 3, merge: "restart"), F.tc("申请人情况", span: 2)),
                    F.tr(F.tc("", span: 3, merge: "continue"), F.tc("自然人"), F.tc("总计")),
                    F.tr(
                        F.tc("", merge: "continue"), F.tc("", merge: "continue"), F.tc("6.属于四类过程性信息"), F.tc("1"),
                        F.tc("1"))
                )
            ).tables.first)
        let caption = try #require(table.cell(atRow: 0, column: 0))
        #expect(caption.rowSpan == 2)
        #expect(table.cell(atRow: 2, column: 0)?.text == "")
        #expect(table.cell(atRow: 2, column: 0)?.row == 2)
        #expect(Self.rows(table)[2] == ["", "", "6.属于四类过程性信息", "1", "1"])
    }

    @Test func gridBeforeAndRowsShorterThanTheGridLeaveHoles() throws {
        let table = try #require(
            try Self.read(
                F.tbl(grid: [500, 500, 500], F.tr(F.tc("a"), F.tc("b"), F.tc("c")), F.tr(F.tc("x"), before: 1))
            )
            .tables.first)
        #expect(table.cell(atRow: 1, column: 0) == nil)
        #expect(table.cell(atRow: 1, column: 1)?.text == "x")
        #expect(table.cell(atRow: 1, column: 2) == nil)
    }

    @Test func irregularGridKeepsEachRowsCellsInOrder() throws {
        // A converter gave the last column two grid columns in one row only.
        let table = try #require(
            try Self.read(
                F.tbl(
                    grid: [500, 500, 250, 250], F.tr(F.tc("结果维持"), F.tc("其他结果"), F.tc("总计", span: 2)),
                    F.tr(F.tc("10"), F.tc("0"), F.tc("11", span: 2)))
            ).tables.first)
        #expect(Self.rows(table) == [["结果维持", "其他结果", "总计"], ["10", "0", "11"]])
    }

    @Test func textSplitAcrossRunsDeletionsAndFallbacks() throws {
        let body = """
            <w:p><w:r><w:t>一、总</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">体</w:t></w:r>\
            <w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>情况</w:t></w:r></w:ins>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:moveFrom><w:r><w:t>移走的</w:t></w:r></w:moveFrom></w:p>\
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
            <w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict>\
            </mc:Fallback></mc:AlternateContent></w:r></w:p>\
            <w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>\(F.p("控件里的正文"))</w:sdtContent></w:sdt>
            """
        let document = try Self.read(body)
        #expect(document.paragraphs.map(\.text) == ["一、总体情况", "文本框", "控件里的正文"])
    }

    /// `w:br` and `w:cr` are line breaks and `w:tab` a tab; a line feed or carriage return a program typed into `w:t`
    /// is a space, not a line break the parser would end a line at.
    @Test func breaksAndTabsAreKeptAndALineFeedInTextIsASpace() throws {
        let body = """
            <w:p><w:r><w:t>联系人：张三</w:t><w:br/><w:t>联系电话：0355-1234567</w:t><w:tab/><w:t>传真</w:t><w:cr/>\
            <w:t>测试乡人民政府</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">本年度&#10;未收取&#13;费用</w:t></w:r></w:p>
            """
        #expect(
            try Self.read(body).paragraphs.map(\.text) == [
                "联系人：张三\n联系电话：0355-1234567\t传真\n测试乡人民政府", "本年度 未收取 费用",
            ])
    }

    @Test func contentControlsAroundCellsAndRows() throws {
        let body = F.tbl(
            grid: [1000, 1000],
            "<w:sdt><w:sdtContent>\(F.tr(F.tc("行政许可"), "<w:sdt><w:sdtContent>\(F.tc("550"))</w:sdtContent></w:sdt>"))</w:sdtContent></w:sdt>"
        )
        let table = try #require(try Self.read(body).tables.first)
        #expect(Self.rows(table) == [["行政许可", "550"]])
    }

    @Test func nestedTableMakesTheOuterOneLayout() throws {
        let inner = F.tbl(grid: [1000, 1000], F.tr(F.tc("规章"), F.tc("0")))
        let body = F.tbl(grid: [4000], F.tr("<w:tc>\(F.p("二、主动公开政府信息情况"))\(inner)</w:tc>"))
        let document = try Self.read(body)
        #expect(document.paragraphs.map(\.text) == ["二、主动公开政府信息情况"])
        #expect(document.tables.count == 1)
        #expect(document.tables.first.map(Self.rows) == [["规章", "0"]])
    }

    @Test func aSmallTableInsideAReportTableStaysTextInItsCell() throws {
        let inner = F.tbl(grid: [500, 500], F.tr(F.tc("其中"), F.tc("1")))
        let body = F.tbl(
            grid: [1000, 1000, 1000],
            F.tr(F.tc("信息内容"), F.tc("本年制发件数"), F.tc("现行有效件数")),
            F.tr(F.tc("规章"), "<w:tc>\(F.p("7"))\(inner)<w:p/></w:tc>", F.tc("12")),
            F.tr(F.tc("行政规范性文件"), F.tc("5"), F.tc("4")))
        let document = try Self.read(body)
        #expect(document.paragraphs.isEmpty)
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(
            Self.rows(table) == [["信息内容", "本年制发件数", "现行有效件数"], ["规章", "7\n其中\n1\n", "12"], ["行政规范性文件", "5", "4"]])
        #expect(table.cells.map(\.text).map(CellText.value) == [nil, nil, nil, nil, nil, 12, nil, 5, 4])
    }

    /// A page frame of three columns (navigation, the report, links) whose middle cell holds the report's paragraphs
    /// and a small table: the article makes it a frame, read as its cells' content, as web pages are.
    @Test func aFrameOfThreeColumnsAroundAnArticleLaysOutThePage() throws {
        let sentence = "本年度，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进决策、执行、管理、服务、结果公开，主动公开政府信息。"
        let article = [
            "一、总体情况", sentence + sentence, "二、主动公开政府信息情况", sentence + sentence + sentence,
        ].map(F.p).joined()
        let inner = F.tbl(grid: [1000, 1000], F.tr(F.tc("【打印本页】"), F.tc("【关闭窗口】")))
        let body = F.tbl(
            grid: [1000, 3000, 1000], F.tr(F.tc("首页"), F.tc("年报"), F.tc("链接")),
            F.tr(F.tc("导航"), "<w:tc>\(article)\(inner)<w:p/></w:tc>", F.tc("相关链接")))
        let document = try Self.read(body)
        #expect(document.paragraphs.map(\.text).contains("一、总体情况"), "\(document.paragraphs.map(\.text))")
        #expect(document.paragraphs.map(\.text).contains("二、主动公开政府信息情况"))
        #expect(document.tables.map(Self.rows) == [[["【打印本页】", "【关闭窗口】"]]])
    }

    @Test func aTableOfTwoColumnsAroundATableLaysOutThePage() throws {
        let inner = F.tbl(grid: [1000, 1000], F.tr(F.tc("规章"), F.tc("0")))
        let body = F.tbl(grid: [1000, 3000], F.tr(F.tc("导航"), "<w:tc>\(F.p("二、主动公开政府信息情况"))\(inner)</w:tc>"))
        let document = try Self.read(body)
        #expect(document.paragraphs.map(\.text) == ["导航", "二、主动公开政府信息情况"])
        #expect(document.tables.map(Self.rows) == [[["规章", "0"]]])
    }

    /// With changes accepted, as Word shows them: a paragraph whose mark is deleted is one with the next.
    @Test func aDeletedParagraphMarkJoinsTwoParagraphs() throws {
        let deletedMark = "<w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr>"
        let body = """
            <w:p>\(deletedMark)<w:r><w:t>存在问题甲，</w:t></w:r></w:p>\(F.p("存在问题乙。"))\
            <w:p>\(deletedMark)<w:del w:id="2" w:author="a"><w:r><w:delText>整段删去。</w:delText></w:r></w:del></w:p>\
            \(F.p("六、其他需要报告的事项"))\
            <w:p>\(deletedMark)<w:r><w:t>表格前的段落</w:t></w:r></w:p>\(F.tbl(grid: [1000], F.tr(F.tc("5"))))\
            <w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>段落标记隐藏，</w:t></w:r></w:p>\(F.p("与下一段相连。"))
            """
        let document = try Self.read(body)
        #expect(
            document.paragraphs.map(\.text) == [
                "存在问题甲，存在问题乙。", "六、其他需要报告的事项", "表格前的段落", "段落标记隐藏，与下一段相连。",
            ])
        #expect(document.tables.first.map(Self.rows) == [["5"]])
    }

    @Test func automaticNumberingIsPutBackInFront() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let styles = """
            <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            """
        func numbered(_ text: String, level: Int) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        func styled(_ text: String, style: String) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = [
            styled("总体情况", style: "Heading1"), styled("主动公开情况", style: "Heading2"),
            numbered("依申请公开情况", level: 1), numbered("第一件", level: 2), numbered("第二件", level: 2),
            numbered("主动公开政府信息情况", level: 0), numbered("其他", level: 1), F.p("正文没有编号。"),
        ].joined()
        let document = try Self.read(body, numbering: numbering, styles: styles)
        #expect(
            document.paragraphs.map(\.text) == [
                "一、总体情况", "（一）主动公开情况", "（二）依申请公开情况", "1.第一件", "2.第二件", "二、主动公开政府信息情况",
                "（一）其他", "正文没有编号。",
            ])
    }

    @Test(arguments: [("x", DocxFixture.main), ("w", DocxFixture.strict)])
    func namespacesAreMatchedByURI(prefix: String, namespace: String) throws {
        let body = "<\(prefix):p><\(prefix):r><\(prefix):t>一、总体情况</\(prefix):t></\(prefix):r></\(prefix):p>"
        let document = try DocxReader.read(DocxFixture.make(body: body, prefix: prefix, namespace: namespace))
        #expect(document.paragraphs.map(\.text) == ["一、总体情况"])
    }

    @Test func theMainPartIsFoundThroughTheRelationships() throws {
        let document = try DocxReader.read(DocxFixture.make(body: F.p("正文"), mainPart: "content/main.xml"))
        #expect(document.paragraphs.map(\.text) == ["正文"])
    }

    @Test func brokenAndEmptyPackagesAreRefused() throws {
        #expect(throws: DocumentReadError.self) { try DocxReader.read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]) }
        #expect(throws: DocumentReadError.noText(format: .docx)) { try DocxReader.read(F.make(body: "<w:p/>")) }
        let broken = try F.make(body: "<w:p><w:r><w:t>标签不配对</w:r></w:t></w:p>")
        #expect {
            try DocxReader.read(broken)
        } throws: { error in
            guard case DocumentReadError.broken(.docx, _) = error else { return false }
            return "\(error)".contains("损坏")
        }
    }

    @Test func aPartWhoseBytesChangedIsRefused() throws {
        // Stored without compression, a changed byte still makes well-formed XML: only the CRC-32 tells.
        var bytes = try F.make(body: F.p("收到申请ABC件"), stored: true)
        #expect(try DocxReader.read(bytes).paragraphs.map(\.text) == ["收到申请ABC件"])
        let needle = Array("ABC".utf8)
        let at = try #require(
            bytes.indices.dropLast(needle.count).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        bytes[at + 2] = UInt8(ascii: "D")
        #expect {
            try DocxReader.read(bytes)
        } throws: { error in
            guard case DocumentReadError.broken(.docx, let detail) = error else { return false }
            return detail.contains("校验和不符")
        }
    }
}
