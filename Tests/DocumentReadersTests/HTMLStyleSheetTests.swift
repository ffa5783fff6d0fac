import DocumentLayout
import Foundation
import ReportModel
import Testing

@testable import HTMLReader

/// Footnote marks a page raises through its style sheet (`<style>`), as Word's "save as web page" writes them
/// (`span.MsoFootnoteReference {vertical-align:super}`), and marks raised by a style the reader once missed
/// (`!important`, a percentage, `bottom`): each is kept raised as when `<sup>` raises it — 9487¹, a cell missing its
/// number — and never joins the number before it (`94871`, a wrong number).
@Suite struct HTMLStyleSheetTests {
    /// The text of the cell after 行政许可 of a page with a style sheet.
    static func cell(_ cell: String, style: String = "") throws -> String {
        let page = """
            <html><head><style>\(style)</style></head><body>
            <table><tr><td>信息内容</td><td>件数</td></tr><tr><td>行政许可</td><td>\(cell)</td></tr></table></body></html>
            """
        let table = try #require(try HTMLReader.read(Array(page.utf8)).tables.first)
        return try #require(table.cell(atRow: 1, column: 1)).text
    }

    /// Word's style sheet, hidden from old browsers in a comment, with the footnote reference among its styles.
    static let wordSheet = """
        <!--
         /* Font Definitions */
         @font-face
        	{font-family:宋体;
        	panose-1:2 1 6 0 3 1 1 1 1 1;}
        @list l0:level1
        	{mso-level-text:"%1\\)";
        	mso-level-tab-stop:none;}
         /* Style Definitions */
         p.MsoNormal, li.MsoNormal, div.MsoNormal
        	{mso-style-parent:"";
        	margin:0cm;
        	font-family:"Times New Roman",serif;}
        span.MsoFootnoteReference
        	{mso-style-noshow:yes;
        	vertical-align:super;}
        @page WordSection1
        	{size:595.3pt 841.9pt;}
        -->
        """

    @Test(arguments: [
        // The review's page: a class.
        (".fn{vertical-align:super}", "9487<span class=\"fn\">1</span>"),
        // Word's footnote reference, the mark in a span of its own inside it.
        (wordSheet, "9487<span class=MsoFootnoteReference><span lang=EN-US>1</span></span>"),
        // One of several selectors, in @media, after a rule that does not apply.
        ("@media screen { p.x { color: red } .a, .fn , .b { vertical-align : SUPER } }", "9487<span class=fn>1</span>"),
        // A character style raised by a distance as Word writes 字符位置「提升」.
        ("span.raise{position:relative;top:-3.0pt;mso-text-raise:3.0pt}", "9487<span class=raise>1</span>"),
        // `!important`, in the style attribute and in the sheet (where it beats the attribute).
        ("", "9487<span style=\"vertical-align: super !important\">1</span>"),
        (".fn{vertical-align:super ! IMPORTANT}", "9487<span class=fn style=\"vertical-align:baseline\">1</span>"),
        // A percentage (of the line's height).
        ("", "9487<span style=\"vertical-align: 33%\">1</span>"),
        (".fn{vertical-align:33%}", "9487<span class=fn>1</span>"),
        // Raised by `bottom`, not `top`.
        ("", "9487<span style=\"position: relative; bottom: 3pt\">1</span>"),
        (".fn{position:relative}.fn{bottom:3pt}", "9487<span class=fn>1</span>"),
        // Selectors matched by their last compound only: a doubt reads the mark as raised.
        ("td > span.fn:first-child, table .x { vertical-align: super }", "9487<span class=fn>1</span>"),
        ("span[lang].fn { vertical-align: super }", "9487<span lang=EN-US class=fn>1</span>"),
        // A class in another case (a page without a doctype matches classes in any case).
        (".FN { vertical-align: super }", "9487<span class=fn>1</span>"),
        // A rule that only maybe selects the mark does not put it back on the line.
        (".fn{vertical-align:super} div span.fn.x{vertical-align:baseline}", "9487<span class=\"fn x\">1</span>"),
        // Baseline inside a raised element sits on the raised line.
        (
            ".up{vertical-align:super} .down{vertical-align:baseline}",
            "9487<span class=up><span class=down>1</span></span>"
        ),
    ])
    func aMarkRaisedByAStyleIsAMark(style: String, cell: String) throws {
        let text = try Self.cell(cell, style: style)
        #expect(text == "9487¹")
        #expect(CellText.value(text) == nil)
    }

    /// A cell a class moves as a whole still reads as its number; so do marks the page does not raise after all.
    @Test(arguments: [
        (".up{position:relative;top:-2pt}", "<span class=up>12</span>", "12"),
        (".up{vertical-align:4pt}", "<p class=up>12</p>", "12"),
        // The style attribute wins over the sheet, as in CSS.
        (".fn{vertical-align:super}", "94<span class=fn style=\"vertical-align:baseline\">87</span>", "9487"),
        // A rule that styles generated content or a hovered element moves no written text.
        ("span::after, span:before, span:hover { vertical-align: super }", "94<span>87</span>", "9487"),
        // Rules outside any element's reach: a `@page` or `@list` block, a comment.
        (
            "@page { .x { vertical-align: super } } /* span { vertical-align: super } */", "94<span class=x>87</span>",
            "9487"
        ),
    ])
    func textAStyleDoesNotSetOffItsLineReadsAsWritten(style: String, cell: String, expected: String) throws {
        let text = try Self.cell(cell, style: style)
        #expect(text == expected)
        #expect(CellText.value(text) == Decimal(string: expected))
    }

    /// The declarations of a style sheet's rules, past comments, strings and at-rules.
    @Test func aStyleSheetIsReadAsABrowserReadsIt() {
        let rules = CSSText.rules(
            of: "<!-- a{content:\"}{;\"; top:1pt} @import url(x.css); @media print{b{top:2pt !important}} -->")
        #expect(rules.map(\.selectors).map { $0.trimmingCharacters(in: .whitespaces) } == ["a", "b"])
        #expect(
            rules.flatMap(\.declarations) == [
                StyleDeclaration(property: "content", value: "\"}{;\"", isImportant: false),
                StyleDeclaration(property: "top", value: "1pt", isImportant: false),
                StyleDeclaration(property: "top", value: "2pt", isImportant: true),
            ])
    }
}
