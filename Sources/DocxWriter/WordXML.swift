import Foundation

/// The XML of WordprocessingML paragraphs and runs, with the text escaped.
enum WordXML {
    /// Text made safe for an XML element or attribute: `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0
    /// cannot hold (controls other than tab and line breaks, lone surrogates cannot occur in Swift strings) left out.
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
                guard scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF else { continue }
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

    /// A paragraph of text: runs for the text between tabs and line breaks, `w:tab` and `w:br` for them; with
    /// `keepNext`, kept on the page of the paragraph after it.
    static func paragraph(_ text: String, style: Style, keepNext: Bool = false) -> String {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style.rawValue)\"/>" + (keepNext ? "<w:keepNext/>" : "") + "</w:pPr>"
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
            case "\n", "\r\n", "\r":
                flush()
                xml += "<w:r><w:br/></w:r>"
            default: run.append(character)
            }
        }
        flush()
        return xml + "</w:p>"
    }
}
