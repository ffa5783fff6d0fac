import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import HTMLReader

/// The HTML reader on pages written the way portals and Word write them.
@Suite struct HTMLReaderTests {
    static func rows(_ table: GridTable) -> [[String]] {
        (0..<table.rowCount).map { row in table.cells(coveringRow: row).map(\.text) }
    }

    /// The fast white-space test that weighs a page's text answers as the Unicode properties do, for every scalar of
    /// the basic plane.
    @Test func whiteSpaceIsWhatUnicodeSays() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), HTMLNode.isWhitespace(scalar) != scalar.properties.isWhitespace
            else { continue }
            wrong.append(value)
            if wrong.count > 10 { break }
        }
        #expect(wrong.isEmpty, "\(wrong.map { String($0, radix: 16) })")
    }

    /// Menus are found in class and id names by their words anywhere in the name, and hidden blocks by their style.
    @Test func furnitureIsFoundByNameAndStyle() {
        let text = HTMLNode.text("一、总体情况", inLink: false)
        func element(_ attributes: [String: String]) -> HTMLNode {
            HTMLNode.element("div", attributes: attributes, children: [text])
        }
        #expect(ContentFinder.isFurniture(element(["class": "TopMenuBar"])))
        #expect(ContentFinder.isFurniture(element(["id": "site-footer"])))
        #expect(ContentFinder.isFurniture(element(["style": "color: red; DISPLAY : none"])))
        #expect(!ContentFinder.isFurniture(element(["class": "article-content", "style": "display:block"])))
        #expect(!ContentFinder.isFurniture(element([:])))
    }

    @Test func gbkPagesAreReadFromTheirMetaCharset() throws {
        let page = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
            <body><p>一、总体情况</p><p>　　２０２４年，本镇主动公开政府信息１２条。</p></body></html>
            """
        let document = try HTMLReader.read(TextEncodings.gb18030(page))
        #expect(document.paragraphs.map(\.text) == ["一、总体情况", "２０２４年，本镇主动公开政府信息１２条。"])
        let html5 = "<!DOCTYPE html><html><head><meta charset=\"GBK\"></head><body><p>二、主动公开</p></body></html>"
        #expect(try HTMLReader.read(TextEncodings.gb18030(html5)).paragraphs.map(\.text) == ["二、主动公开"])
    }

    /// A page that says it is UTF-8 but is GBK (a portal's UTF-8 template around an article kept in GBK).
    @Test func aGBKPageDeclaringUTF8IsReadAsGB18030() throws {
        let page = """
            <html><head><meta charset="utf-8"></head>
            <body><p>一、总体情况</p><p>２０２４年，本镇主动公开政府信息１２条。</p></body></html>
            """
        let bytes = TextEncodings.gb18030(page)
        #expect(HTMLCharset.of(bytes) == "GB18030")
        let document = try HTMLReader.read(bytes)
        #expect(document.paragraphs.map(\.text) == ["一、总体情况", "２０２４年，本镇主动公开政府信息１２条。"])
        // A page that is what it declares is read so.
        #expect(HTMLCharset.of(Array(page.utf8)) == "UTF-8")
    }

    @Test func aRaisedFootnoteMarkNeverJoinsTheNumberBeforeIt() throws {
        let page = """
            <table><tr><td>信息内容</td><td>收费金额</td><td>件数</td><td>备注</td><td>总计</td></tr>
            <tr><td>行政事业性收费</td><td>2.35<sup>1</sup></td><td>100<sup>(2)</sup></td><td>H<sub>2</sub>O</td>\
            <td>6</td></tr></table>
            """
        let table = try #require(try HTMLReader.read(Array(page.utf8)).tables.first)
        let texts = table.cells(coveringRow: 1).map(\.text)
        #expect(texts == ["行政事业性收费", "2.35¹", "100⁽²⁾", "H₂O", "6"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, nil, 6])
    }

    /// A mark raised by a style rather than `<sup>`: `vertical-align: super`, or moved by a distance as a page saved
    /// from Word writes 字符位置「提升」 (`position:relative;top:-3.0pt;mso-text-raise:3.0pt`). A cell moved as a whole
    /// still reads as its number. `vertical-align: baseline` inside a raised element sits on that element's raised
    /// line, as a browser shows it: `4⁸`, not the number 48.
    @Test func aMarkRaisedByAStyleNeverJoinsTheNumberBeforeIt() throws {
        let word = "position:relative;top:-3.0pt;mso-text-raise:3.0pt"
        let page = """
            <table><tr><td>信息内容</td><td>收费金额</td><td>件数</td><td>备注</td><td>总计</td><td>其他</td></tr>
            <tr><td>行政事业性收费</td><td>9487<span style="\(word)">1</span></td>            <td>100<span style="vertical-align: super">2</span></td><td>7<span style="vertical-align:-4px">3</span></td>            <td><span style="position: relative; top: -2pt">12</span></td>            <td>4<span style="vertical-align:super"><span style="vertical-align:baseline">8</span></span></td></tr></table>
            """
        let table = try #require(try HTMLReader.read(Array(page.utf8)).tables.first)
        let texts = table.cells(coveringRow: 1).map(\.text)
        #expect(texts == ["行政事业性收费", "9487¹", "100²", "7₃", "12", "4⁸"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, nil, 12, nil])
    }

    @Test func rowspanAndColspanLandOnTheGrid() throws {
        let page = """
            <table><tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>
            <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
            <tr><td>2.其他</td><td>&nbsp;</td></tr></table>
            """
        let table = try #require(try HTMLReader.read(Array(page.utf8)).tables.first)
        #expect(table.rowCount == 3 && table.columnCount == 4)
        #expect(table.cell(atRow: 2, column: 0)?.text == "三、本年度办理结果")
        #expect(
            Self.rows(table) == [
                ["三、本年度办理结果", "（一）予以公开", "5"], ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"],
                ["三、本年度办理结果", "（三）不予公开", "2.其他", ""],
            ])
    }

    @Test func wordPagesLoseTheirMarkupButKeepTheirText() throws {
        let page = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
            <meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
            <body lang=ZH-CN><div class=WordSection1>
            <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span
            style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]><b>总体情况</b><o:p></o:p></p>
            <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
            <p class=MsoNormal style='text-indent:32.0pt'><span>　　本年度<span lang=EN-US>2024</span>年，主动公开<o:p></o:p></span></p>
            </div></body></html>
            """
        let document = try HTMLReader.read(Array(page.utf8))
        #expect(document.paragraphs.map(\.text) == ["一、 总体情况", "本年度2024年，主动公开"])
    }

    @Test func theReportIsFoundAmongMenusAndFooters() throws {
        let links = (1...12).map { "<li><a href=\"/c/\($0)\">栏目\($0)</a></li>" }.joined()
        let page = """
            <html><head><meta charset="utf-8"><title>年报</title><script>var a = "一、不是正文";</script></head><body>
            <div class="header"><a href="/">首页</a></div><div id="nav"><ul>\(links)</ul></div>
            <div class="main"><h1>某镇2024年政府信息公开工作年度报告</h1>
            <div class="content"><p>一、总体情况</p><p>本镇认真贯彻落实条例，主动公开政府信息一百二十条，依申请公开办理完毕。</p>
            <p>二、主动公开政府信息情况</p></div>
            <div class="related"><ul>\(links)</ul></div></div>
            <div class="footer">主办单位：某镇人民政府 备案号：00000000</div></body></html>
            """
        let document = try HTMLReader.read(Array(page.utf8))
        #expect(
            document.paragraphs.map(\.text) == [
                "某镇2024年政府信息公开工作年度报告", "一、总体情况", "本镇认真贯彻落实条例，主动公开政府信息一百二十条，依申请公开办理完毕。",
                "二、主动公开政府信息情况",
            ])
    }

    /// A portal's side column beside the article, listing other years' reports (`2023年报告`): links, not the
    /// page's title, and left out with the menus.
    @Test func aSideColumnOfOtherReportsIsNotTakenForTheTitle() throws {
        let page = """
            <html><body><table width="1000"><tr><td class="left" width="200"><ul><li><a href="/r/2023">2023年报告</a></li>
            <li><a href="/r/2022">2022年报告</a></li></ul><p>浏览次数：1234</p></td><td>
            <p>一、总体情况</p><p>本镇认真贯彻落实条例，主动公开政府信息一百二十条，依申请公开办理完毕，没有收到行政复议申请。</p>
            <p>二、主动公开政府信息情况</p><p>本年制发规范性文件三件，主动公开政府信息一百二十条，全部在政府网站发布。</p>
            </td></tr></table></body></html>
            """
        let document = try HTMLReader.read(Array(page.utf8))
        #expect(document.paragraphs.first?.text == "一、总体情况", "\(document.paragraphs.map(\.text))")
        #expect(!document.paragraphs.contains { $0.text.contains("浏览次数") || $0.text.contains("2023年报告") })
    }

    @Test func layoutTablesAreReadAsTheirContent() throws {
        let inner = "<table><tr><td>规章</td><td>0</td></tr></table>"
        let page = """
            <html><body><table width="100%"><tr><td>
            <p>二、主动公开政府信息情况</p>\(inner)
            </td></tr></table></body></html>
            """
        let document = try HTMLReader.read(Array(page.utf8))
        #expect(document.paragraphs.map(\.text) == ["二、主动公开政府信息情况"])
        #expect(document.tables.map(Self.rows) == [[["规章", "0"]]])
    }

    @Test func aSmallTableInsideAReportTableStaysTextInItsCell() throws {
        let page = """
            <table><tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
            <tr><td>规章</td><td>7<table><tr><td>其中</td><td>1</td></tr></table></td><td>12</td></tr>
            <tr><td>行政规范性文件</td><td>5</td><td>4</td></tr></table>
            """
        let document = try HTMLReader.read(Array(page.utf8))
        #expect(document.paragraphs.isEmpty)
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(
            Self.rows(table) == [
                ["信息内容", "本年制发件数", "现行有效件数"], ["规章", "7\n其中\n1", "12"], ["行政规范性文件", "5", "4"],
            ])
        #expect(table.cells.map(\.text).map(CellText.value) == [nil, nil, nil, nil, nil, 12, nil, 5, 4])
    }

    @Test func aPageWithoutTextIsRefused() {
        #expect(throws: DocumentReadError.noText(format: .html)) {
            try HTMLReader.read(Array("<html><body><script>x()</script></body></html>".utf8))
        }
    }
}
