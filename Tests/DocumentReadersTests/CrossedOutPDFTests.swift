import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A figure crossed out in a PDF with the pen tool — a line drawn through `106`, an ink X over it — is no figure to
/// take, as under a strike-out: the reviewer or the clerk who crossed it out means it is not the figure (review rv116
/// F4; 501c7010 had made ink and lines hide only what they paint over most of, as a seal, and read 106). A circle
/// drawn round a figure leaves it read. A stamp without an appearance of its own, which MuPDF draws nothing for
/// while Acrobat shows its icon, covers its whole box.
@Suite struct CrossedOutPDFTests {
    /// A table of two rows whose figures are `116` and `170` (their bodies, in the PDF's space: x 170–187, y 722–729
    /// and 692–699), on a page turned by `rotation`, with the annotations.
    static func cells(rotation: Int = 0, _ annotations: [DrawnPDF.Annotation]) throws -> [GridCell?] {
        try SealedPDFTests.cells(rotation: rotation, annotations)
    }

    /// The box over `116` the annotations below are drawn in (40 × 23 points).
    static let overFigure = "/Rect [165 714 205 737] /F 4 /C [1 0 0]"

    /// A red line 1 point wide through the middle of `116`.
    static let line = DrawnPDF.Annotation(
        "/Subtype /Line \(overFigure) /L [165 725.5 205 725.5]",
        appearance: ("1 0 0 RG 1 w 0 11.5 m 40 11.5 l S", 40, 23))

    /// An ink X over `116`, strokes 1.5 points wide corner to corner.
    static let cross = DrawnPDF.Annotation(
        "/Subtype /Ink \(overFigure) /InkList [[165 714 205 737] [165 737 205 714]]",
        appearance: ("1 0 0 RG 1.5 w 0 0 m 40 23 l S 0 23 m 40 0 l S", 40, 23))

    @Test(arguments: [0, 90, 180, 270])
    func aFigureALineIsDrawnThroughIsMissing(rotation: Int) throws {
        let cells = try Self.cells(rotation: rotation, [Self.line])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, nil])
    }

    @Test(arguments: [0, 90, 180, 270])
    func aFigureCrossedOutWithInkIsMissing(rotation: Int) throws {
        let cells = try Self.cells(rotation: rotation, [Self.cross])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, nil])
    }

    @Test func thinInkThroughAFigureHidesItAndACircleRoundOneLeavesIt() throws {
        // A stroke half a point wide slanting through `116`; an ellipse round `170` whose stroke grazes the corners
        // of its `1` and `0` but passes through the middle of none of its digits.
        let thin = DrawnPDF.Annotation(
            "/Subtype /Ink \(Self.overFigure) /InkList [[165 720 205 731]]",
            appearance: ("0 0 1 RG 0.5 w 0 6 m 40 17 l S", 40, 23))
        let ellipse = [
            "23.35 6.5 m", "23.35 9.26 18.43 11.5 12.35 11.5 c", "6.27 11.5 1.35 9.26 1.35 6.5 c",
            "1.35 3.74 6.27 1.5 12.35 1.5 c", "18.43 1.5 23.35 3.74 23.35 6.5 c",
        ].joined(separator: " ")
        let circle = DrawnPDF.Annotation(
            "/Subtype /Ink /Rect [166 689 191 702] /F 4 /InkList [[167.35 695.5 178.35 700.5 189.35 695.5]]",
            appearance: ("0 0 1 RG 1 w \(ellipse) S", 25, 13))
        let cells = try Self.cells([thin, circle])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, nil])
    }

    @Test func aThickStrokeOverAFigureHidesIt() throws {
        let thick = DrawnPDF.Annotation(
            "/Subtype /Ink /Rect [160 715 210 735] /F 4 /InkList [[165 725 205 725]]",
            appearance: ("0 0 1 RG 12 w 5 10 m 45 10 l S", 50, 20))
        let cells = try Self.cells([thick])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, nil])
    }

    /// A stamp with no appearance stream (`/Name /Draft`: Acrobat shows its 草稿 icon, MuPDF draws nothing) over `116`,
    /// and a line with none over `170`: what they show cannot be told, so their whole boxes cover.
    @Test(arguments: ["", " /Name /Draft"])
    func aStampOrALineWithoutAnAppearanceCoversItsBox(name: String) throws {
        let stamp = DrawnPDF.Annotation("/Subtype /Stamp \(Self.overFigure)\(name)")
        let line = DrawnPDF.Annotation(
            "/Subtype /Line /Rect [165 684 205 707] /F 4 /C [1 0 0] /L [165 695.5 205 695.5]")
        let cells = try Self.cells([stamp, line])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [.annotated, .annotated])
    }

    /// A county's seal (a red ring and words, the page showing through) beside a line through `170`: the seal's
    /// figure stays read, the crossed-out one does not.
    @Test func aSealStaysReadBesideAFigureCrossedOut() throws {
        let through170 = DrawnPDF.Annotation(
            "/Subtype /Line /Rect [165 684 205 707] /F 4 /C [1 0 0] /L [165 695.5 205 695.5]",
            appearance: ("1 0 0 RG 1 w 0 11.5 m 40 11.5 l S", 40, 23))
        let sealOver116 = DrawnPDF.Annotation(
            "/Subtype /Stamp /Rect [150 710 250 780] /F 4 /Name /Seal",
            appearance: (
                "1 0 0 RG 2 w 78 35 m 78 50.5 65.5 63 50 63 c 34.5 63 22 50.5 22 35 c 22 19.5 34.5 7 50 7 c"
                    + " 65.5 7 78 19.5 78 35 c S",
                100, 70
            ))
        let cells = try Self.cells([sealOver116, through170])
        #expect(cells.map { $0?.text } == ["116", "170"])
        #expect(cells.map { $0?.uncertain?.reason } == [nil, .annotated])
    }
}
