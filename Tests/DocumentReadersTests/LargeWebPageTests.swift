import DocumentLayout
import Foundation
import Testing

@testable import HTMLReader

/// A web page of far more elements than a report has (a 7 MB page of 900,000 paragraphs) is refused in a moment:
/// the page was read byte by byte before libxml2 parsed it and the element count refused it, 42 s and 350 MB.
@Suite struct LargeWebPageTests {
    /// The start tags counted are those the parser makes elements of: none in a comment, a script or a style sheet.
    @Test func startTagsAreCountedOutsideCommentsAndScripts() {
        let page = """
            <!DOCTYPE html><html><body><p>a</p><!-- <p>b</p> --><script>var p = "<p>";</script>\
            <style>p { color: red } /* <p> */</style><P>c<br/></P></body></html>
            """
        let (cleaned, startTags) = DownlevelConditionals.scanned(Array(page.utf8))
        #expect(String(decoding: cleaned, as: UTF8.self) == page)
        // html, body, p, script, style, P, br
        #expect(startTags == 7)
    }

    /// Refused on its start tags, before libxml2 builds its tree (12–48 s before in a debug build on a busy machine,
    /// 2–4 s now: timed by hand, not here — the commit says how).
    @Test func aPageOfFarTooManyParagraphsIsRefusedBeforeItIsParsed() throws {
        let page = Array(("<html><body>" + String(repeating: "<p>1</p>", count: 900_000) + "</body></html>").utf8)
        #expect(DownlevelConditionals.scanned(page).startTags > 2 * HTMLReader.maximumElements)
        #expect(throws: HTMLReader.tooManyElements) { try HTMLReader.read(page) }
    }

    /// A page just past the limit, whose start tags alone do not tell, is still refused once parsed.
    @Test func aPageJustPastTheLimitIsRefusedOnceParsed() throws {
        let count = HTMLReader.maximumElements + 10
        let page = Array(("<html><body>" + String(repeating: "<p>1</p>", count: count) + "</body></html>").utf8)
        #expect(DownlevelConditionals.scanned(page).startTags <= 2 * HTMLReader.maximumElements)
        #expect(throws: HTMLReader.tooManyElements) { try HTMLReader.read(page) }
    }
}
