import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A PDF saved with the reviewer's comments (批注) or with sticky notes (review wn99 F14): MuPDF draws each
/// annotation's icon, whose lines cut the figure under it (116 → 11). The page's own contents are read, and its form
/// fields (a filled form shows its values in them), not its other annotations.
@Suite struct AnnotatedPDFTests {
    /// A table of two rows, `a` and `b`, whose figures are drawn by `figures`, with the annotations.
    static func figures(_ figures: [String], annotations: [DrawnPDF.Annotation]) throws -> [String?] {
        let content =
            [
                DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160]),
                DrawnPDF.text("a", x: 65, baseline: 120), DrawnPDF.text("b", x: 65, baseline: 150),
            ] + figures
        let page = DrawnPDF.Page(content.joined(separator: "\n"), annotations: annotations)
        let document = try DocumentReaders.read(DrawnPDF.bytes([page]))
        try #require(document.tables.count == 1)
        #expect(document.tables[0].rowCount == 2)
        #expect(document.paragraphs.isEmpty)
        return (0..<2).map { document.tables[0].cell(atRow: $0, column: 1)?.text }
    }

    @Test func aNoteOnAFigureDoesNotCutIt() throws {
        // A comment whose icon (a box with a cross) sits on `116`, its cross between `11` and `6`; a sticky note
        // without an appearance of its own (MuPDF makes one) on `170`.
        let icon = "0 0 0 RG 1 w 0.5 0.5 19 19 re S 10 0 m 10 20 l S 0 10 m 20 10 l S"
        let texts = try Self.figures(
            [DrawnPDF.text("116", x: 170, baseline: 120), DrawnPDF.text("170", x: 170, baseline: 150)],
            annotations: [
                DrawnPDF.Annotation(
                    "/Subtype /Text /Rect [171 717 191 737] /Contents (check) /Open false",
                    appearance: (icon, 20, 20)),
                DrawnPDF.Annotation("/Subtype /Text /Rect [172 687 192 707] /Contents (note) /Name /Comment"),
                // a comment typed on the page (a text box annotation): a reader's words, not the report's
                DrawnPDF.Annotation(
                    "/Subtype /FreeText /Rect [300 700 400 740] /Contents (should be 12) /DA (/F1 10 Tf 0 g)",
                    appearance: ("BT /F1 10 Tf 2 20 Td (should be 12) Tj ET", 100, 40)),
            ])
        #expect(texts == ["116", "170"])
    }

    /// A figure corrected in a PDF editor with annotations (review rv112 F21): a white box over `106` and a text box
    /// showing `107` on it, a stamp over `170`. The page shows what the annotations show, the file's text is the old
    /// figure: the cell keeps its text but is uncertain, so that its figure is missing with a note, never `106`.
    @Test func aFigureUnderATextBoxOrAStampIsUncertain() throws {
        let box = "/Rect [165 714 205 737] /F 4"
        let document = try DocumentReaders.read(
            DrawnPDF.bytes([
                DrawnPDF.Page(
                    [
                        DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160]),
                        DrawnPDF.text("a", x: 65, baseline: 120), DrawnPDF.text("b", x: 65, baseline: 150),
                        DrawnPDF.text("106", x: 170, baseline: 120), DrawnPDF.text("170", x: 170, baseline: 150),
                    ].joined(separator: "\n"),
                    annotations: [
                        DrawnPDF.Annotation(
                            "/Subtype /Square \(box) /IC [1 1 1] /C [1 1 1]",
                            appearance: ("1 1 1 rg 0 0 40 23 re f", 40, 23)),
                        DrawnPDF.Annotation(
                            "/Subtype /FreeText \(box) /Contents (107) /DA (/F1 10 Tf 0 g)",
                            appearance: ("1 1 1 rg 0 0 40 23 re f BT 0 g /F1 10 Tf 5 7 Td (107) Tj ET", 40, 23)),
                        DrawnPDF.Annotation(
                            "/Subtype /Stamp /Rect [165 684 205 707] /F 4 /Name /Approved",
                            appearance: ("0 0 1 rg 0 0 40 23 re f", 40, 23)),
                    ])
            ]))
        let table = try #require(document.tables.first)
        let cells = (0..<2).map { table.cell(atRow: $0, column: 1) }
        #expect(cells.map { $0?.text } == ["106", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, .annotated])
        #expect(cells.map { $0?.uncertain?.textWithout } == ["", ""])
    }

    @Test func theValuesOfAFilledFormAreRead() throws {
        // Form fields over the figure cells, their values drawn by their appearances (as a filled form shows them).
        let field = { (name: String, value: String, top: Double) in
            DrawnPDF.Annotation(
                "/Subtype /Widget /FT /Tx /T (\(name)) /V (\(value)) /F 4 /Rect [161 \(DrawnPDF.height - top - 29) 259"
                    + " \(DrawnPDF.height - top - 1)]",
                appearance: ("/Tx BMC BT /F1 10 Tf 9 8 Td (\(value)) Tj ET EMC", 98, 28))
        }
        let texts = try Self.figures([], annotations: [field("a", "116", 100), field("b", "170", 130)])
        #expect(texts == ["116", "170"])
    }
}
