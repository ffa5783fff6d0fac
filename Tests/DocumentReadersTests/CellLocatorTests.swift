import Testing

@testable import PDFGeometry

/// Which cell of a ruled table holds a character: the banded lookup gives what reading every cell in order gives, for
/// points inside cells, on their shared edges and corners, in merged cells and outside the table.
@Suite struct CellLocatorTests {
    /// A table of 6 × 5 cells 20 pt square, with a cell merged over two columns and one over three rows, in reading
    /// order (top to bottom, left to right), as `CellFinder` gives them.
    static let cells: [Rect] = {
        var cells: [Rect] = []
        for row in 0..<6 {
            for column in 0..<5 {
                let (x, y) = (Double(column) * 20, 100 + Double(row) * 20)
                if row == 1, column == 2 { continue }  // merged into the cell at column 1
                if row == 1, column == 1 {
                    cells.append(Rect(x0: x, y0: y, x1: x + 40, y1: y + 20))
                    continue
                }
                if column == 4, row >= 3 {  // merged over rows 3–5
                    if row == 3 { cells.append(Rect(x0: x, y0: y, x1: x + 20, y1: y + 60)) }
                    continue
                }
                cells.append(Rect(x0: x, y0: y, x1: x + 20, y1: y + 20))
            }
        }
        return cells
    }()

    @Test func theLocatorFindsTheCellThatReadingEveryCellFinds() {
        let locator = CellLocator(Self.cells)
        var compared = 0
        // Every 2.5 pt over the table and a margin around it: inside, on edges and corners, outside
        for x in stride(from: -10.0, through: 110, by: 2.5) {
            for y in stride(from: 90.0, through: 230, by: 2.5) {
                let expected = Self.cells.firstIndex { $0.contains(x: x, y: y) }
                #expect(locator.cell(containingX: x, y: y) == expected, "(\(x), \(y))")
                compared += 1
            }
        }
        #expect(compared == 49 * 57)
        // A point in the merged cells
        #expect(locator.cell(containingX: 35, y: 130).map { Self.cells[$0] } == Rect(x0: 20, y0: 120, x1: 60, y1: 140))
        #expect(locator.cell(containingX: 90, y: 210).map { Self.cells[$0] } == Rect(x0: 80, y0: 160, x1: 100, y1: 220))
        #expect(CellLocator([]).cell(containingX: 0, y: 0) == nil)
    }
}

/// A cell edge's grid line: the nearest line, as reading every line gives it, found by halving.
@Suite struct NearestLineTests {
    @Test func theNearestLineIsTheOneReadingEveryLineFinds() {
        let lines: [Double] = [10, 20, 20.6, 35, 80]
        for tenth in -50...1000 {
            let value = Double(tenth) / 10
            let expected = lines.indices.min { abs(lines[$0] - value) < abs(lines[$1] - value) } ?? 0
            #expect(TableAssembly.nearest(value, in: lines) == expected, "\(value)")
        }
        #expect(TableAssembly.nearest(5, in: []) == 0)
    }
}
