import DocumentLayout
import Foundation
import PDFGeometry
import Testing

/// A table row the producer broke across a page break (LibreOffice and Word let a row break by default), on pages
/// built by hand.
@Suite struct PDFRowSplitTests {
    static func texts(_ pages: [PageContent]) throws -> [[String]] {
        let tables = try PDFLayout.document(from: pages).tables
        try #require(tables.count == 1)
        return (0..<tables[0].rowCount).map { row in tables[0].cells(coveringRow: row).map(\.text) }
    }

    /// Rules of a table whose first column is one cell merged down over all its rows (`三、本年度办理结果`).
    static func rules(_ page: inout SyntheticPage, xs: [Double], ys: [Double]) {
        guard let left = xs.first, let right = xs.last, let top = ys.first, let bottom = ys.last else { return }
        for y in ys { page.segments.append(.horizontal(y: y, from: y == top || y == bottom ? left : xs[1], to: right)) }
        for x in xs { page.segments.append(.vertical(x: x, from: top, to: bottom)) }
    }

    /// `1,234` wrapped in its narrow cell as `1,23` / `4`, the `4` on the next page with the label cell empty there:
    /// the pieces are one cell (which reads as no number, as a value wrapped short of its cell's edge does), never a
    /// row of its own whose `4` would take the label above.
    @Test func aValueWrappedOntoTheNextPageStaysInItsRow() throws {
        var first = SyntheticPage(number: 1)
        Self.rules(&first, xs: [60, 100, 220, 260, 300], ys: [700, 720, 740])
        first.text("三、", inColumn: 60, row: 700)
        first.text("5.属于", inColumn: 100, row: 700)
        first.text("8", inColumn: 220, row: 700)
        first.text("9", inColumn: 260, row: 700)
        first.text("6.属于四类", inColumn: 100, row: 720)
        first.text("1,23", inColumn: 220, row: 720)
        first.text("1,23", inColumn: 260, row: 720)
        var second = SyntheticPage(number: 2)
        Self.rules(&second, xs: [60, 100, 220, 260, 300], ys: [100, 120, 140])
        second.text("4", inColumn: 220, row: 100)
        second.text("4", inColumn: 260, row: 100)
        second.text("7.属于", inColumn: 100, row: 120)
        second.text("5", inColumn: 220, row: 120)
        second.text("6", inColumn: 260, row: 120)
        #expect(
            try Self.texts([first.content, second.content]) == [
                ["三、", "5.属于", "8", "9"], ["三、", "6.属于四类", "1,23\n4", "1,23\n4"], ["三、", "7.属于", "5", "6"],
            ])
    }

    /// A new row at the top of the next page has a label of its own: it is not joined, even when the label above is
    /// merged down over several rows.
    @Test func aRowWithItsOwnLabelOnTheNextPageIsANewRow() throws {
        var first = SyntheticPage(number: 1)
        Self.rules(&first, xs: [60, 100, 220, 260], ys: [700, 720, 740])
        first.text("三、", inColumn: 60, row: 700)
        first.text("5.属于", inColumn: 100, row: 700)
        first.text("8", inColumn: 220, row: 700)
        first.text("6.属于", inColumn: 100, row: 720)
        first.text("12", inColumn: 220, row: 720)
        var second = SyntheticPage(number: 2)
        Self.rules(&second, xs: [60, 100, 220, 260], ys: [100, 120])
        second.text("7.属于", inColumn: 100, row: 100)
        second.text("4", inColumn: 220, row: 100)
        #expect(
            try Self.texts([first.content, second.content]) == [
                ["三、", "5.属于", "8"], ["三、", "6.属于", "12"], ["三、", "7.属于", "4"],
            ])
    }

    /// The hongze-2024 PDF: `（四）无法提供` begins in the last row of page 3, beside `1.本机关不掌握…`, and goes on
    /// over the rows of page 4, whose first row `2.没有现成信息…` has its own label: a new row, not the rest of the
    /// row above.
    @Test func aLabelMergedDownFromTheLastRowDoesNotJoinTheNextPagesRow() throws {
        var first = SyntheticPage(number: 1)
        for y in [700.0, 740] { first.segments.append(.horizontal(y: y, from: 60, to: 260)) }
        first.segments.append(.horizontal(y: 720, from: 60, to: 260))
        for x in [60.0, 100, 220, 260] { first.segments.append(.vertical(x: x, from: 700, to: 740)) }
        first.text("（三）", inColumn: 60, row: 700)
        first.text("8.属于", inColumn: 100, row: 700)
        first.text("0", inColumn: 220, row: 700)
        first.text("（四）", inColumn: 60, row: 720)
        first.text("1.本机关", inColumn: 100, row: 720)
        first.text("31", inColumn: 220, row: 720)
        var second = SyntheticPage(number: 2)
        Self.rules(&second, xs: [60, 100, 220, 260], ys: [100, 120, 140])
        second.text("2.没有", inColumn: 100, row: 100)
        second.text("1", inColumn: 220, row: 100)
        second.text("3.补正", inColumn: 100, row: 120)
        second.text("0", inColumn: 220, row: 120)
        #expect(
            try Self.texts([first.content, second.content]) == [
                ["（三）", "8.属于", "0"], ["（四）", "1.本机关", "31"], ["（四）", "2.没有", "1"], ["（四）", "3.补正", "0"],
            ])
    }

    /// The same when the row cut is the first of its group, whose label the break cuts too (review wn99 F4):
    /// `（四）无` | `法提供` goes on down beside the next page's rows, its rest (`法提供`) beside them. The row's
    /// `1,23` / `4` is still one cell (no number), never `4`.
    @Test func aValueWrappedOntoTheNextPageInTheFirstRowOfAGroupStaysInItsRow() throws {
        var first = SyntheticPage(number: 1)
        for (y, x) in [(700.0, 60.0), (720, 100), (740, 60)] {
            first.segments.append(.horizontal(y: y, from: x, to: 260))
        }
        for x in [60.0, 100, 140, 220, 260] { first.segments.append(.vertical(x: x, from: 700, to: 740)) }
        first.text("三、", inColumn: 60, row: 700)
        first.text("（三）", inColumn: 100, row: 700)
        first.text("8.属于", inColumn: 140, row: 700)
        first.text("0", inColumn: 220, row: 700)
        first.text("（四）无", inColumn: 100, row: 720)
        first.text("1.本机", inColumn: 140, row: 720)
        first.text("1,23", inColumn: 220, row: 720)
        var second = SyntheticPage(number: 2)
        for (y, x) in [(100.0, 60.0), (120, 140), (140, 60)] {
            second.segments.append(.horizontal(y: y, from: x, to: 260))
        }
        for x in [60.0, 100, 140, 220, 260] { second.segments.append(.vertical(x: x, from: 100, to: 140)) }
        second.text("4", inColumn: 220, row: 100)
        second.text("法提供", inColumn: 100, row: 120)
        second.text("2.没有", inColumn: 140, row: 120)
        second.text("5", inColumn: 220, row: 120)
        #expect(
            try Self.texts([first.content, second.content]) == [
                ["三、", "（三）", "8.属于", "0"], ["三、", "（四）无\n法提供", "1.本机", "1,23\n4"],
                ["三、", "（四）无\n法提供", "2.没有", "5"],
            ])
    }
}
