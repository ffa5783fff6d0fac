/// A rectangle on a page, in points.
struct Rect: Hashable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    func contains(x: Double, y: Double) -> Bool { x >= x0 && x <= x1 && y >= y0 && y <= y1 }

    /// Whether another rectangle lies inside this one and is not the same.
    func encloses(_ other: Rect) -> Bool {
        other != self && other.x0 >= x0 && other.x1 <= x1 && other.y0 >= y0 && other.y1 <= y1
    }
}

/// Finds the cells that ruling lines enclose, and groups cells that share corners into tables (the lattice
/// method of pdfplumber: each intersection's smallest rectangle whose four sides are drawn).
enum CellFinder {
    /// How far a rule may fall short of another and still cross it.
    static let tolerance = 3.0

    struct Point: Hashable, Comparable {
        var x: Double
        var y: Double
        static func < (lhs: Point, rhs: Point) -> Bool { (lhs.y, lhs.x) < (rhs.y, rhs.x) }
    }

    /// The cells of a page's rules, grouped into tables, each table's cells sorted top to bottom, left to right.
    static func tables(from rules: [Rule]) -> [[Rect]] {
        let horizontal = rules.enumerated().filter { $0.element.orientation == .horizontal }
        let vertical = rules.enumerated().filter { $0.element.orientation == .vertical }
        // Intersections, with the rules through each.
        var through: [Point: (h: Set<Int>, v: Set<Int>)] = [:]
        for (vIndex, v) in vertical {
            for (hIndex, h) in horizontal
            where v.position >= h.start - tolerance && v.position <= h.end + tolerance
                && h.position >= v.start - tolerance && h.position <= v.end + tolerance
            {
                let point = Point(x: v.position, y: h.position)
                var entry = through[point] ?? ([], [])
                entry.h.insert(hIndex)
                entry.v.insert(vIndex)
                through[point] = entry
            }
        }
        let points = through.keys.sorted()
        var byX: [Double: [Point]] = [:]
        var byY: [Double: [Point]] = [:]
        for point in points {
            byX[point.x, default: []].append(point)
            byY[point.y, default: []].append(point)
        }
        func connectedVertically(_ a: Point, _ b: Point) -> Bool {
            guard let first = through[a]?.v, let second = through[b]?.v else { return false }
            return !first.isDisjoint(with: second)
        }
        func connectedHorizontally(_ a: Point, _ b: Point) -> Bool {
            guard let first = through[a]?.h, let second = through[b]?.h else { return false }
            return !first.isDisjoint(with: second)
        }
        var cells: [Rect] = []
        for point in points {
            let below = (byX[point.x] ?? []).filter { $0.y > point.y }
            let right = (byY[point.y] ?? []).filter { $0.x > point.x }
            search: for down in below where connectedVertically(point, down) {
                for across in right where connectedHorizontally(point, across) {
                    let corner = Point(x: across.x, y: down.y)
                    if through[corner] != nil, connectedVertically(across, corner), connectedHorizontally(down, corner)
                    {
                        cells.append(Rect(x0: point.x, y0: point.y, x1: corner.x, y1: corner.y))
                        break search
                    }
                }
            }
        }
        return groups(of: cells)
    }

    /// Cells that share a corner belong to one table.
    static func groups(of cells: [Rect]) -> [[Rect]] {
        var parent = Array(cells.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var owner: [Point: Int] = [:]
        for (index, cell) in cells.enumerated() {
            let corners = [
                Point(x: cell.x0, y: cell.y0), Point(x: cell.x1, y: cell.y0), Point(x: cell.x0, y: cell.y1),
                Point(x: cell.x1, y: cell.y1),
            ]
            for corner in corners {
                if let other = owner[corner] {
                    parent[root(index)] = root(other)
                } else {
                    owner[corner] = index
                }
            }
        }
        var grouped: [Int: [Rect]] = [:]
        for index in cells.indices { grouped[root(index), default: []].append(cells[index]) }
        return grouped.values
            .map { $0.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) } }
            .sorted { ($0[0].y0, $0[0].x0) < ($1[0].y0, $1[0].x0) }
    }
}
