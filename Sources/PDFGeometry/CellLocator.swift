/// Finds which cell of a table holds a point, as `cells.firstIndex { $0.contains(x:y:) }` would, without reading
/// every cell for every character: the cells are filed under the horizontal bands between their top and bottom edges,
/// and a point looks only at the cells of its band. A page ruled into a grid of thousands of cells (a spreadsheet
/// printed to PDF) would otherwise cost characters × cells, minutes for one upload (review rr96, finding 2).
struct CellLocator {
    private let cells: [Rect]
    /// The cells' top and bottom edges, each once, ascending.
    private let edges: [Double]
    /// For each band between two neighbouring edges, the positions of the cells that cover it, ascending.
    private let bands: [[Int]]

    init(_ cells: [Rect]) {
        self.cells = cells
        let edges = Set(cells.flatMap { [$0.y0, $0.y1] }).sorted()
        var bands = [[Int]](repeating: [], count: max(edges.count - 1, 0))
        for (position, cell) in cells.enumerated() {
            let top = Self.firstIndex(of: cell.y0, in: edges)
            let bottom = Self.firstIndex(of: cell.y1, in: edges)
            for band in top..<bottom { bands[band].append(position) }
        }
        self.edges = edges
        self.bands = bands
    }

    /// The position of the first cell (in the order given) that contains the point, if any; of a cell and a cell
    /// drawn inside it (``UnruledCells``), the inner one.
    func cell(containingX x: Double, y: Double) -> Int? {
        let containing = cells(containingX: x, y: y)
        let inner = containing.filter { outer in !containing.contains { cells[outer].encloses(cells[$0]) } }
        return (inner.isEmpty ? containing : inner).min()
    }

    /// The positions of the cells that enclose another cell (a cell drawn inside them): none in a ruled table.
    func enclosingCells() -> Set<Int> {
        var result: Set<Int> = []
        for cell in cells {
            for other in cells(containingX: (cell.x0 + cell.x1) / 2, y: (cell.y0 + cell.y1) / 2)
            where cells[other].encloses(cell) {
                result.insert(other)
            }
        }
        return result
    }

    /// The positions of the cells that contain the point.
    private func cells(containingX x: Double, y: Double) -> [Int] {
        guard let first = edges.first, let last = edges.last, y >= first, y <= last else { return [] }
        // The band whose top edge is the last one at or above y; a point on an edge also lies in the band above it.
        let below = Self.firstIndex(of: y, in: edges, after: true) - 1
        var candidates = below < bands.count ? bands[below] : []
        if below > 0, edges[below] == y { candidates += bands[below - 1] }
        return candidates.filter { cells[$0].contains(x: x, y: y) }
    }

    /// The first position in `edges` whose edge is not less than `value` (or, with `after`, greater than it).
    private static func firstIndex(of value: Double, in edges: [Double], after: Bool = false) -> Int {
        var low = 0
        var high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if after ? edges[middle] <= value : edges[middle] < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
