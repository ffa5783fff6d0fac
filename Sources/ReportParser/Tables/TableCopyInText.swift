import ReportModel

/// A second copy of a template table typed right under the first in text — last year's table 3 left above this
/// year's, as the text export writes a report holding both (review rv113 F5): the lines of both make one table
/// region, whose reading had taken the first copy's figures as the table's and left the second's as numbers of no
/// row.
///
/// The second copy starts where the region's opening line (table 3's note, its `申请人情况` header, table 4's
/// `行政复议 | 行政诉讼`) comes again, and is one only when the lines from there fill a cell the lines before filled
/// otherwise — which the pieces of one table never do (a header a converter repeated on the next page, the
/// `### 申请人情况（法人或其他组织）` blocks of a Markdown conversion). Ending a region at the table's last row instead
/// had cut real tables short (seeds/003, kewei).
enum TableCopyInText {
    /// The most places a region is tried at: a region's opening line comes again once for each copy.
    static let maximumTries = 8

    /// The last line of the table region of template table `number` that starts at `first` and runs to `last`:
    /// the line before a second copy of the table (blank lines left out), or `last` when it holds none.
    static func end(of number: Int, in lines: [SourceLine], starts: [TableRegion.Start?], first: Int, last: Int) -> Int
    {
        guard let copy = secondCopy(of: number, in: lines, starts: starts, first: first, last: last) else {
            return last
        }
        return lines.indices[first..<copy].last { !lines[$0].isBlank && !lines[$0].isPageNumber } ?? first
    }

    /// Where a second copy of template table `number` starts in the region of lines `first...last`, if it holds
    /// one: the line of its opening.
    ///
    /// - Parameters:
    ///   - number: The template table the region is of (2, 3 or 4).
    ///   - lines: The text's lines.
    ///   - starts: The table each line starts, if any (``TableRegion/start(at:kind:)``).
    ///   - first: The region's first line, which starts the table.
    ///   - last: The region's last line.
    /// - Complexity: O(t · r) for a region of r lines whose opening comes again t times (at most ``maximumTries``).
    static func secondCopy(
        of number: Int, in lines: [SourceLine], starts: [TableRegion.Start?], first: Int, last: Int
    ) -> Int? {
        guard first < last else { return nil }
        let opening = LooseKey.scalars(lines[first].text)
        let openings = lines.indices[(first + 1)...last].lazy.filter { index in
            starts[index] == .template(number) && LooseKey.scalars(lines[index].text) == opening
        }
        let tries = Array(openings.prefix(maximumTries))
        for (place, start) in tries.enumerated() {
            let end = place + 1 < tries.count ? tries[place + 1] - 1 : last
            let reader = TemplateTableReader(number: number)
            let before = reader.read(region(first...(start - 1), in: lines), above: above(first, in: lines))
            let after = reader.read(region(start...end, in: lines), above: above(start, in: lines))
            if before.isTable, after.isTable, Report.fillDifferently(before.table, after.table) { return start }
        }
        return nil
    }

    /// The lines of a region as a table reads them, page numbers left out.
    static func region(_ range: ClosedRange<Int>, in lines: [SourceLine]) -> [SourceLine] {
        range.map { lines[$0] }.filter { !$0.isPageNumber }
    }

    /// The lines above a table's first, where a header not starting it may stand.
    static func above(_ first: Int, in lines: [SourceLine]) -> [SourceLine] {
        lines.indices[max(0, first - 12)..<first].map { lines[$0] }
    }
}
