/// Finds the characters a page strikes through: a thin horizontal line (a stroke, or a fill ``thickest`` ems thick at
/// most) drawn across a character's middle, between ``lowest`` and ``highest`` ems above its baseline, and no longer
/// than the characters it crosses (half an em of slack each end). That is how Word and LibreOffice print 删除线 and
/// the deletions of tracked changes (修订) when a report is printed with its markup showing (`1̶3̶14`): joined with
/// the digits beside them they would read as 1314, a number on no page. Such a character is marked struck and kept
/// so (``StruckText``: a cell holding it is text, its figure missing), and its line is no rule of a table. A
/// table's rule runs past the characters of its cells, and an underline lies below the baseline: neither strikes.
enum StrikeFinder {
    /// The band above the baseline a strike lies in, in ems of the character's size.
    static let lowest = 0.15
    static let highest = 0.6
    /// The thickest a strike is, in ems.
    static let thickest = 0.15
    /// The slack at each end of a strike, in ems.
    static let slack = 0.5
    /// The longest a strike is, in points (a line across a wide page).
    static let longest = 2_000.0

    /// Whether a coordinate is one a page has (MuPDF clips characters to the page; drawings may lie anywhere).
    static func isOnPage(_ value: Double) -> Bool { value.isFinite && abs(value) <= 100_000 }

    /// The grid the lines are filed in, in points (rows, columns): a character looks only at the lines of its cells.
    static let bucket = (height: 2.0, width: 20.0)

    /// A horizontal line that may strike characters.
    private struct Line {
        var segment: Int
        var y: Double
        var thickness: Double
        var x0: Double
        var x1: Double
    }

    private struct Key: Hashable {
        var row: Int
        var column: Int
    }

    /// The page with its struck characters marked and the lines striking them taken out of its segments.
    static func marked(_ page: PageContent) -> PageContent {
        let lines = page.segments.indices.compactMap { line(page.segments[$0], at: $0) }
        guard !lines.isEmpty else { return page }
        var grid: [Key: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            let row = Int((line.y / bucket.height).rounded(.down))
            for column in Int((line.x0 / bucket.width).rounded(.down))...Int((line.x1 / bucket.width).rounded(.down)) {
                grid[Key(row: row, column: column), default: []].append(index)
            }
        }
        // The characters each line passes through, by baseline and size.
        var crossed = [[Int]](repeating: [], count: lines.count)
        for (position, character) in page.characters.enumerated()
        where !character.isSpace && character.size > 0 && character.size <= longest
            && isOnPage(character.originY) && isOnPage(character.midX)
        {
            let top = character.originY - highest * character.size
            let bottom = character.originY - lowest * character.size
            let column = Int((character.midX / bucket.width).rounded(.down))
            var seen: Set<Int> = []
            for row in Int((top / bucket.height).rounded(.down))...Int((bottom / bucket.height).rounded(.down)) {
                for index in grid[Key(row: row, column: column)] ?? [] where seen.insert(index).inserted {
                    let line = lines[index]
                    if line.y >= top, line.y <= bottom, line.thickness <= thickest * character.size,
                        line.x0 <= character.midX, line.x1 >= character.midX
                    {
                        crossed[index].append(position)
                    }
                }
            }
        }
        var result = page
        var strikes: Set<Int> = []
        for (index, positions) in crossed.enumerated() where !positions.isEmpty {
            let characters = positions.map { page.characters[$0] }
            let size = characters.map(\.size).max() ?? 0
            guard let left = characters.map(\.x0).min(), let right = characters.map(\.x1).max(),
                lines[index].x0 >= left - slack * size, lines[index].x1 <= right + slack * size
            else { continue }
            for position in positions { result.characters[position].isStruck = true }
            strikes.insert(lines[index].segment)
        }
        result.segments = page.segments.indices.filter { !strikes.contains($0) }.map { page.segments[$0] }
        return result
    }

    /// The segment as a horizontal line that may strike, if it is one.
    private static func line(_ segment: PageSegment, at index: Int) -> Line? {
        let x0 = min(segment.x0, segment.x1)
        let x1 = max(segment.x0, segment.x1)
        let height = abs(segment.y1 - segment.y0)
        // (longer than a page, or off it: no strike, and no bucket to file it in)
        guard x1 - x0 > 0.5, x1 - x0 <= longest, isOnPage(x0), isOnPage(x1), isOnPage(segment.y0) else { return nil }
        switch segment.kind {
        case .stroke:
            guard height <= 0.5 else { return nil }
            return Line(segment: index, y: (segment.y0 + segment.y1) / 2, thickness: segment.width, x0: x0, x1: x1)
        case .fill:
            guard height < x1 - x0, height <= RuleFinder.thinFill else { return nil }
            return Line(segment: index, y: (segment.y0 + segment.y1) / 2, thickness: height, x0: x0, x1: x1)
        }
    }
}
