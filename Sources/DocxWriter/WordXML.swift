import Foundation
import ReportModel

/// The XML of WordprocessingML paragraphs and runs, with the text escaped.
enum WordXML {
    /// Text made safe for an XML element or attribute: `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0
    /// cannot hold (``Unicode/Scalar/isHeldByWordFiles``, which the readers leave out of a report too; lone
    /// surrogates cannot occur in Swift strings) left out.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                guard scalar.isHeldByWordFiles else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// How a paragraph looks.
    enum Style: String {
        /// The report's title: centred, large, bold.
        case title = "ReportTitle"
        /// A section heading (`一、总体情况`).
        case heading = "SectionHeading"
        /// A subsection heading (`（一）主动公开情况`).
        case subheading = "SubsectionHeading"
        /// Body text, first line indented by two characters.
        case body = "BodyText"
        /// Body text that would read as something else (a line like a heading, a caption or the title), looking
        /// like ``body``: Nianbao's .docx reader takes a paragraph of this style as a paragraph, as written
        /// (`LayoutParagraph.asWrittenStyle`), so the text itself carries no escape mark.
        case bodyAsWritten = "BodyTextAsWritten"
        /// A line of the 落款 (the office's name, the date): right-aligned, two characters from the margin, no
        /// first-line indent.
        case signature = "ReportSignature"
        /// Text in a table cell.
        case cell = "CellText"
        /// A header or label cell of a table: centred.
        case headerCell = "HeaderCellText"
    }

    /// Body XML whose first paragraph carries comment 0 (its range, and the reference Word shows it by).
    static func commentingFirstParagraph(_ body: String) -> String {
        guard let properties = body.range(of: "</w:pPr>"), let end = body.range(of: "</w:p>") else { return body }
        return String(body[..<properties.upperBound]) + "<w:commentRangeStart w:id=\"0\"/>"
            + String(body[properties.upperBound..<end.lowerBound])
            + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
            + String(body[end.lowerBound...])
    }

    /// A line of the 落款, its alignment also set on the paragraph itself (so that it stays right-aligned when
    /// copied into another document): the first line one blank line below the text (GB/T 9704: 正文下空一行), each
    /// line but the last kept on the page of the next, so that the office and the date are never parted.
    static func signatureLine(_ text: String, first: Bool, last: Bool) -> String {
        let properties =
            (first ? "<w:spacing w:before=\"560\"/>" : "") + signatureIndent + "<w:jc w:val=\"right\"/>"
        return paragraph(text, style: .signature, keepNext: !last, properties: properties)
    }

    /// The 落款's indents: none on the first line, two characters from the right margin (GB/T 9704: 右空二字).
    static let signatureIndent =
        "<w:ind w:right=\"640\" w:rightChars=\"200\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>"

    /// A paragraph of text: runs for the text between tabs and line breaks (`\n`, `\r`, and U+000B, Word's manual line
    /// break in copied text, which ``escaped(_:)`` would leave out), `w:tab` and `w:br` for them; with
    /// `keepNext`, kept on the page of the paragraph after it; `properties` are more of its `w:pPr` (those that come
    /// after `w:keepNext` there, in the schema's order).
    static func paragraph(_ text: String, style: Style, keepNext: Bool = false, properties: String = "") -> String {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style.rawValue)\"/>" + (keepNext ? "<w:keepNext/>" : "")
        xml += properties + "</w:pPr>"
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            xml += "<w:r><w:t xml:space=\"preserve\">\(escaped(run))</w:t></w:r>"
            run = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush()
                xml += "<w:r><w:tab/></w:r>"
            case "\n", "\r\n", "\r", "\u{0B}":
                // (U+000B is Word's manual line break in text copied out of it, Shift+Enter: a line break too.)
                flush()
                xml += "<w:r><w:br/></w:r>"
            default: run.append(character)
            }
        }
        flush()
        return xml + "</w:p>"
    }
}
