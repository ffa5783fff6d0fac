import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A PDF a county office stamped with its electronic seal (电子印章): a stamp annotation whose appearance is a red ring
/// and red words, the page showing through (review rv114 F8). Over table 3 or 4 its figures, plainly visible, had
/// been missing as if a PDF editor had covered them. A stamp hides a figure only where its appearance paints over
/// most of it: a stamp on a white ground over a figure, showing another figure, still makes it missing. (Ink and
/// lines cross out what they pass through: ``CrossedOutPDFTests``.)
@Suite struct SealedPDFTests {
    /// A table of two rows whose figures are `116` and `170`, on a page turned by `rotation`, with the annotations.
    static func cells(rotation: Int = 0, _ annotations: [DrawnPDF.Annotation]) throws -> [GridCell?] {
        let content = [
            DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160]),
            DrawnPDF.text("a", x: 65, baseline: 120), DrawnPDF.text("b", x: 65, baseline: 150),
            DrawnPDF.text("116", x: 170, baseline: 120), DrawnPDF.text("170", x: 170, baseline: 150),
        ].joined(separator: "\n")
        let document = try DocumentReaders.read(
            DrawnPDF.bytes([DrawnPDF.Page(content, annotations: annotations, rotation: rotation)]))
        let table = try #require(document.tables.first)
        return (0..<2).map { table.cell(atRow: $0, column: 1) }
    }

    /// A seal over both figures: a red ring 2 points wide, its left side through the `1` of `116`, and red words
    /// between the rows (the PDF's space: the figures stand at 170–187, their bodies 722–729 and 692–699).
    static let seal = DrawnPDF.Annotation(
        "/Subtype /Stamp /Rect [150 680 250 750] /F 4 /Name /Seal",
        appearance: (
            "1 0 0 RG 2 w 78 35 m 78 50.5 65.5 63 50 63 c 34.5 63 22 50.5 22 35 c 22 19.5 34.5 7 50 7 c"
                + " 65.5 7 78 19.5 78 35 c S BT 1 0 0 rg /F1 9 Tf 32 31 Td (SEAL) Tj ET",
            100, 70
        ))

    /// A stamp over `116` only, on a white ground, showing `117` (the PDF's space).
    static let whiteStamp = DrawnPDF.Annotation(
        "/Subtype /Stamp /Rect [165 714 205 737] /F 4",
        appearance: ("1 1 1 rg 0 0 40 23 re f BT 0 g /F1 10 Tf 5 8 Td (117) Tj ET", 40, 23))

    @Test(arguments: [0, 90, 180, 270])
    func figuresUnderASeenThroughSealAreRead(rotation: Int) throws {
        let cells = try Self.cells(rotation: rotation, [Self.seal])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain } == [nil, nil])
    }

    @Test func aSealOverTheWholePageLeavesItsFiguresRead() throws {
        let page = DrawnPDF.Annotation(
            "/Subtype /Stamp /Rect [0 0 595 842] /F 4",
            appearance: ("1 0 0 RG 2 w 2 2 591 838 re S BT 1 0 0 rg /F1 40 Tf 150 400 Td (SEALED) Tj ET", 595, 842))
        let cells = try Self.cells([page])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain } == [nil, nil])
    }

    @Test(arguments: [0, 90, 180, 270])
    func aFigureUnderAStampOnAWhiteGroundIsMissing(rotation: Int) throws {
        let cells = try Self.cells(rotation: rotation, [Self.whiteStamp, Self.seal])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, nil])
    }
}
