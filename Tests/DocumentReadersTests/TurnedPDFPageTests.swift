import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A PDF page a viewer shows turned (`/Rotate 90`, 180 or 270: a table page turned to landscape, a page saved
/// sideways), review wn99 F2: its characters come turned, each below or beside the one before, and read as the
/// lines of an upright page they made a line of each character, the figures of a table cut to digits or read
/// backwards. The page is turned upright before it is laid out, and reads as the same page drawn upright.
@Suite struct TurnedPDFPageTests {
    /// A line of prose above a ruled table of two rows, the second cell of each a figure of several digits.
    static let content = [
        DrawnPDF.text("Report of 2024", x: 60, baseline: 80),
        DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160]),
        DrawnPDF.text("first", x: 65, baseline: 120), DrawnPDF.text("286", x: 170, baseline: 120),
        DrawnPDF.text("second", x: 65, baseline: 150), DrawnPDF.text("1207", x: 170, baseline: 150),
    ].joined(separator: "\n")

    static func read(rotation: Int) throws -> LaidOutDocument {
        try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content, rotation: rotation)]))
    }

    @Test(arguments: [90, 180, 270])
    func aTurnedPageReadsAsTheSamePageUpright(rotation: Int) throws {
        let upright = try Self.read(rotation: 0)
        let table = try #require(upright.tables.first)
        #expect(table.cells.map(\.text) == ["first", "286", "second", "1207"])
        #expect(upright.paragraphs.map(\.text) == ["Report of 2024"])
        let turned = try Self.read(rotation: rotation)
        #expect(turned.tables.map { $0.cells.map(\.text) } == [table.cells.map(\.text)])
        #expect(turned.paragraphs.map(\.text) == ["Report of 2024"])
    }
}
