/// Lines of figures a table drawn without rules sets between the lines of its labels, joined to the label line they
/// stand level with.
///
/// Figures set a size smaller than their labels and centred beside a label of two lines (`5.要求行政机关确认或重新出具已`
/// / `获取信息`) sit on a baseline of their own, between the label's two lines, or between one row's label and the
/// next's: read as a line of their own, they went to the row above (rv112 F23: `4.无正当理由大量反复申请` took the
/// figures of 5.). A line of figures only is joined to the neighbouring line of words whose line box it overlaps,
/// when it overlaps that one alone and no character of the two lines lies over another; otherwise it stays a line of
/// its own, and no row takes it for certain.
enum FigureLines {
    /// The lines (of one page, top to bottom) with each line of figures joined to the line of words it stands level
    /// with.
    static func joined(_ lines: [TextLine]) -> [TextLine] {
        var lines = lines
        var index = 0
        while index < lines.count {
            guard isFigures(lines[index]) else {
                index += 1
                continue
            }
            let neighbours = [index - 1, index + 1].filter { lines.indices.contains($0) }.filter { other in
                lines[other].page == lines[index].page && !isFigures(lines[other])
                    && overlap(lines[index], lines[other]) > 0
            }
            guard neighbours.count == 1, let other = neighbours.first, !crosses(lines[index], lines[other]) else {
                index += 1
                continue
            }
            let characters = (lines[other].characters + lines[index].characters).sorted { $0.originX < $1.originX }
            lines[other] = TextLine(characters: characters, page: lines[other].page)
            lines.remove(at: index)
        }
        return lines
    }

    /// Whether a line holds figures only: digits, with decimal points and thousands commas, set upright.
    static func isFigures(_ line: TextLine) -> Bool {
        guard !line.isTurned else { return false }
        let visible = line.characters.filter { !$0.isSpace }
        return !visible.isEmpty
            && visible.allSatisfy { ("0"..."9").contains($0.scalar) || $0.scalar == "." || $0.scalar == "," }
    }

    /// How far two lines' boxes (from 0.8 em above each character's baseline to 0.1 em below it) overlap, in points.
    static func overlap(_ a: TextLine, _ b: TextLine) -> Double {
        let (aTop, aBottom) = extent(a)
        let (bTop, bBottom) = extent(b)
        return min(aBottom, bBottom) - max(aTop, bTop)
    }

    private static func extent(_ line: TextLine) -> (top: Double, bottom: Double) {
        let visible = line.characters.filter { !$0.isSpace }
        return (
            visible.map { $0.originY - 0.8 * $0.size }.min() ?? line.baseline,
            visible.map { $0.originY + 0.1 * $0.size }.max() ?? line.baseline
        )
    }

    /// Whether a character of one line lies over (or within a point of) one of the other's, left to right.
    private static func crosses(_ a: TextLine, _ b: TextLine) -> Bool {
        let others = b.characters.filter { !$0.isSpace }
        return a.characters.contains { character in
            !character.isSpace && others.contains { $0.x0 < character.x1 + 1 && character.x0 < $0.x1 + 1 }
        }
    }
}
