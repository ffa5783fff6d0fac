/// Small PDFs whose pages draw a drawing inside itself (the PDF form of a "billion laughs"): each page shows a
/// line of text and draws form X`depth`, each form X`k` draws X`k-1` `fan` times, and X0 draws `leaf` (PDF content:
/// a line, text, nothing). A page then draws `fan`^`depth` leaves from a file of a few kilobytes.
public enum NestedFormPDF {
    /// A leaf that strokes one short line.
    public static let line = "0.1 w 10 10 m 12 10 l S"
    /// A leaf that draws nothing: the form is still drawn (MuPDF clips to it).
    public static let nothing = "0 0 0 rg"

    /// A leaf that strokes one path of `count` short lines.
    public static func path(of count: Int) -> String {
        "0.1 w 10 10 m " + (0..<count).map { "\(10 + $0 % 2 * 2) \(10 + $0 / 100) l" }.joined(separator: " ") + " S"
    }

    /// A leaf that shows `count` characters in one text operation.
    public static func text(of count: Int) -> String {
        "BT /F1 1 Tf 10 10 Td (" + String(repeating: "a", count: count) + ") Tj ET"
    }

    /// The bytes of a PDF of `pages` pages, each drawing X`depth` once.
    public static func bytes(pages: Int = 1, leaf: String, fan: Int, depth: Int) -> [UInt8] {
        var file = PDFObjects()
        let font = file.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let form = "/Type /XObject /Subtype /Form /BBox [0 0 600 800]"
        var previous = file.addStream("\(form) /Resources << /Font << /F1 \(font) 0 R >> >>", leaf)
        for _ in 0..<depth {
            let content = Array(repeating: "q 1 0 0 1 0.01 0 cm /X Do Q", count: fan).joined(separator: " ")
            previous = file.addStream("\(form) /Resources << /XObject << /X \(previous) 0 R >> >>", content)
        }
        let content = file.addStream("", "BT /F1 12 Tf 50 700 Td (Report 2024) Tj ET /X Do")
        let pagesObject = file.nextNumber + pages
        let kids = (0..<pages).map { _ in
            file.add(
                "<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 \(font)"
                    + " 0 R >> /XObject << /X \(previous) 0 R >> >> /Contents \(content) 0 R >>")
        }
        _ = file.add("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages) >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(pagesObject) 0 R >>")
        return file.bytes(catalog: catalog)
    }
}
