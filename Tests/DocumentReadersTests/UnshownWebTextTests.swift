import DocumentLayout
import HTMLReader
import ReportModel
import Testing

/// Text a web page holds but never shows was read into a cell's number (wn99 M3): a `<template>`'s content, a
/// phonetic guide (`<rt>`), and text set for screen readers only (`.sr-only`: far off the page, clipped to nothing,
/// in a box 0 wide). `9` before `12` read 912 where the page shows 12; each is left out now, and text a page shows
/// (moved a little, in a box of its own width, a collapsed block's height) is kept.
@Suite struct UnshownWebTextTests {
    @Test func textThePageNeverShowsIsNotJoinedToTheNumber() throws {
        let texts = try StruckTextTests.htmlCells([
            "<template>9</template>12",
            "<ruby>12<rt>9</rt></ruby>",
            "<ruby>12<rp>(</rp><rt>9</rt><rp>)</rp></ruby>",
            "<span style=\"position:absolute;left:-9999px\">9</span>12",
            "<span style=\"position:absolute; top:-10000px\">9</span>12",
            "<span style=\"clip:rect(0 0 0 0);position:absolute\">9</span>12",
            "<span style=\"position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)\">9</span>12",
            "<span style=\"display:inline-block;width:0;overflow:hidden\">9</span>12",
            "<span style=\"display:block;text-indent:-9999px\">9</span>12",
        ])
        #expect(texts == Array(repeating: "12", count: 9))
    }

    @Test func textThePageShowsIsKept() throws {
        let texts = try StruckTextTests.htmlCells([
            "<span style=\"position:relative;left:-2px\">1</span>2",
            "<span style=\"position:absolute;left:-20px\">1</span>2",
            "<span style=\"display:inline-block;width:40px;overflow:hidden\">1</span>2",
            "<span style=\"height:0;overflow:hidden\">1</span>2",
            "<span style=\"clip:rect(0 0 0 0)\">1</span>2",
        ])
        #expect(texts == Array(repeating: "12", count: 5))
    }
}
