/// A ruling line of a table: horizontal or vertical, at a position, from a start to an end.
struct Rule: Hashable {
    enum Orientation: Hashable { case horizontal, vertical }

    var orientation: Orientation
    /// y of a horizontal rule, x of a vertical one.
    var position: Double
    /// Where it starts and ends along its length (x for horizontal, y for vertical).
    var start: Double
    var end: Double
}

/// Turns what a page draws into the ruling lines of its tables.
///
/// Stroked straight lines are rules; a filled rectangle at most ``thinFill`` thick is a rule along its length
/// (some producers draw borders so); larger fills are backgrounds and never rules. Rules within ``snap`` of each
/// other are moved onto one line, and pieces of one line with gaps up to ``snap`` are joined. Where a page cuts a
/// table, the producer may leave the row open: when ``minimumOpenEnds`` or more vertical rules end (or start) at
/// one height and no horizontal rule spans them there, one is added.
enum RuleFinder {
    static let thinFill = 2.0
    static let snap = 3.0
    static let minimumOpenEnds = 3

    static func rules(from segments: [PageSegment]) -> [Rule] {
        var rules: [Rule] = []
        for segment in segments {
            let dx = abs(segment.x1 - segment.x0)
            let dy = abs(segment.y1 - segment.y0)
            switch segment.kind {
            case .stroke:
                if dy <= 1, dx > 1 {
                    rules.append(
                        Rule(
                            orientation: .horizontal, position: (segment.y0 + segment.y1) / 2,
                            start: min(segment.x0, segment.x1), end: max(segment.x0, segment.x1)))
                } else if dx <= 1, dy > 1 {
                    rules.append(
                        Rule(
                            orientation: .vertical, position: (segment.x0 + segment.x1) / 2,
                            start: min(segment.y0, segment.y1), end: max(segment.y0, segment.y1)))
                }
            case .fill:
                if dy <= thinFill, dx > dy, dx > 1 {
                    rules.append(
                        Rule(
                            orientation: .horizontal, position: (segment.y0 + segment.y1) / 2,
                            start: min(segment.x0, segment.x1), end: max(segment.x0, segment.x1)))
                } else if dx <= thinFill, dy > dx, dy > 1 {
                    rules.append(
                        Rule(
                            orientation: .vertical, position: (segment.x0 + segment.x1) / 2,
                            start: min(segment.y0, segment.y1), end: max(segment.y0, segment.y1)))
                }
            }
        }
        var horizontal = join(snapped(rules.filter { $0.orientation == .horizontal }))
        let vertical = join(snapped(rules.filter { $0.orientation == .vertical }))
        horizontal = join(snapped(horizontal + closingRules(vertical: vertical, horizontal: horizontal)))
        horizontal = join(snapped(horizontal + steppingRules(vertical: vertical, horizontal: horizontal)))
        return horizontal + vertical
    }

    /// Horizontal rules where a table's edge steps sideways and the producer drew no rule along the step: a row set
    /// in from the left (Word's `w:gridBefore`) ends the frame's rule above it at its own left edge, and the frame
    /// goes on below from the old one; LibreOffice draws the row's bottom rule from its own edge only, so the next
    /// row's first cell had no top and was lost, its label read as a heading (rv112 F6). Where one vertical rule
    /// ends and another begins at one height (within ``snap``), a horizontal rule reaching on from the corner of one
    /// and none crossing the other's end there, the rule is drawn between them.
    static func steppingRules(vertical: [Rule], horizontal: [Rule]) -> [Rule] {
        func isCrossed(_ x: Double, _ y: Double) -> Bool {
            horizontal.contains { abs($0.position - y) <= snap && $0.start <= x + snap && $0.end >= x - snap }
        }
        var added: [Rule] = []
        for ending in vertical {
            for starting in vertical where abs(starting.start - ending.end) <= snap && starting != ending {
                let y = (starting.start + ending.end) / 2
                let (left, right) = (min(starting.position, ending.position), max(starting.position, ending.position))
                guard right - left > snap else { continue }
                // The rule of one side reaches on from its corner; the other side's end is open.
                let fromRight = horizontal.contains { rule in
                    abs(rule.position - y) <= snap && abs(rule.start - right) <= snap && rule.end > right + snap
                }
                let fromLeft = horizontal.contains { rule in
                    abs(rule.position - y) <= snap && abs(rule.end - left) <= snap && rule.start < left - snap
                }
                if fromRight && !isCrossed(left, y) || fromLeft && !isCrossed(right, y) {
                    added.append(Rule(orientation: .horizontal, position: y, start: left, end: right))
                }
            }
        }
        return added
    }

    /// Moves rules whose positions are within ``snap`` of the previous one onto their mean position.
    static func snapped(_ rules: [Rule]) -> [Rule] {
        let sorted = rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var result: [Rule] = []
        var cluster: [Rule] = []
        func flush() {
            guard !cluster.isEmpty else { return }
            let mean = cluster.map(\.position).reduce(0, +) / Double(cluster.count)
            result += cluster.map { Rule(orientation: $0.orientation, position: mean, start: $0.start, end: $0.end) }
            cluster = []
        }
        for rule in sorted {
            if let last = cluster.last, rule.position - last.position > snap { flush() }
            cluster.append(rule)
        }
        flush()
        return result
    }

    /// Joins pieces of one line that overlap or leave gaps up to ``snap``.
    static func join(_ rules: [Rule]) -> [Rule] {
        let sorted = rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var result: [Rule] = []
        for rule in sorted {
            if var last = result.last, last.position == rule.position, rule.start <= last.end + snap {
                last.end = max(last.end, rule.end)
                result[result.count - 1] = last
            } else {
                result.append(rule)
            }
        }
        return result
    }

    /// Horizontal rules where a page cut a table and left its last (or first) row open.
    static func closingRules(vertical: [Rule], horizontal: [Rule]) -> [Rule] {
        var added: [Rule] = []
        for ends in [vertical.map { ($0.start, $0.position) }, vertical.map { ($0.end, $0.position) }] {
            let sorted = ends.sorted { $0.0 < $1.0 }
            var group: [(Double, Double)] = []
            func flush() {
                defer { group = [] }
                guard group.count >= minimumOpenEnds else { return }
                let y = group.map(\.0).reduce(0, +) / Double(group.count)
                let xs = group.map(\.1)
                guard let left = xs.min(), let right = xs.max(), right - left > snap else { return }
                let covered = horizontal.contains { rule in
                    abs(rule.position - y) <= snap && rule.start <= left + snap && rule.end >= right - snap
                }
                if !covered { added.append(Rule(orientation: .horizontal, position: y, start: left, end: right)) }
            }
            for end in sorted {
                if let first = group.first, end.0 - first.0 > snap { flush() }
                group.append(end)
            }
            flush()
        }
        return added
    }
}
