public import Foundation
public import ReportModel
import ReportParser

/// Writes a report as a Word document (.docx) in the national layout: the title, the preamble, each section's
/// heading, paragraphs and tables as written, tables 2, 3 and 4 drawn as the official template draws them (merged
/// header cells through `w:gridSpan` and `w:vMerge`), the 落款 (``SignatureBlock``) right-aligned.
///
/// Nianbao's own .docx reader reads the file back to the same report: a paragraph that would read as something
/// else (a heading, a caption, the title) is written as written in the style ``WordXML/Style/bodyAsWritten``, which
/// looks like the body text and which the reader takes as a paragraph; a cell that could not be read is written as
/// `[缺失]`. The same report always gives the same bytes.
public enum DocxWriter {
    /// The bytes of the .docx file of a report.
    ///
    /// - Parameters:
    ///   - note: A Word comment (批注) on the first paragraph for whoever opens the file — what a draft is and what is
    ///     left to do. It is not part of the report: the reader leaves comments out, and it prints only when Word is
    ///     asked to print comments.
    ///   - revision: The revision the report is, when it is one: the file says so in its custom document property
    ///     `NianbaoRevision`, which Word and WPS keep, so that the file edited and committed again is merged with what
    ///     changed in the draft meanwhile instead of replacing it.
    /// - Throws: ``DocxWriteError`` when the zip package cannot be assembled.
    public static func write(
        _ report: Report, note: DocxNote? = nil, revision: ObjectID? = nil
    ) throws(DocxWriteError) -> Data {
        try DocxPackageWriter.package(
            documentXML: body(of: report, commented: note != nil), title: report.title ?? "",
            creator: report.agency ?? "", note: note, revision: revision?.hex)
    }

    /// The time every entry of a zip package Nianbao makes carries (a .docx, the board's .zip of Word files), so that
    /// the same content gives the same bytes: 2020-01-01 00:00 as a person's computer shows it. A zip keeps a local
    /// date and time without a zone, and ZIPFoundation writes a date's UTC fields there, so this is that time in UTC.
    public static let zipEntryDate = Date(timeIntervalSince1970: 1_577_836_800)

    /// The `w:body` content of a report: its paragraphs and tables in order; with `commented`, the first paragraph
    /// carries the note (comment 0).
    static func body(of report: Report, commented: Bool = false) -> String {
        var xml = ""
        if let title = report.title { xml += WordXML.paragraph(title, style: .title) }
        for block in report.preamble { xml += self.xml(block, inPreamble: true) }
        // The 落款 closing the last section (above the attachments listed under it) is set right-aligned, as GB/T 9704
        // lays it out.
        let signature = SignatureBlock(of: report).map { (lines: $0.lines.count, following: $0.following) }
        for (index, section) in report.sections.enumerated() {
            let last = index == report.sections.count - 1
            xml += self.xml(section, depth: 0, signature: last ? signature : nil)
        }
        return commented ? WordXML.commentingFirstParagraph(xml) : xml
    }

    /// A section: its heading, blocks and subsections; of the paragraphs that end it on the page
    /// (``Section/closingParagraphs``, in its last subsection when it has subsections), the `signature`'s `lines`
    /// above its `following` ones (the attachments listed under it) are the 落款.
    static func xml(_ section: Section, depth: Int, signature: (lines: Int, following: Int)? = nil) -> String {
        var xml = WordXML.paragraph(section.heading, style: depth == 0 ? .heading : .subheading)
        let signatureEnd = section.sections.isEmpty ? section.blocks.count - (signature?.following ?? 0) : 0
        let signatureStart = section.sections.isEmpty ? signatureEnd - (signature?.lines ?? 0) : 0
        for (index, block) in section.blocks.enumerated() {
            if (signatureStart..<signatureEnd).contains(index), let paragraph = block.paragraph,
                !ReportText.documentParagraphNeedsEscape(paragraph.text, inPreamble: false)
            {
                xml += WordXML.signatureLine(
                    paragraph.text, first: index == signatureStart, last: index == signatureEnd - 1)
            } else {
                xml += self.xml(block, inPreamble: false)
            }
        }
        for (index, child) in section.sections.enumerated() {
            let last = index == section.sections.count - 1
            xml += self.xml(child, depth: depth + 1, signature: last ? signature : nil)
        }
        return xml
    }

    /// A table followed by an empty paragraph, which keeps two tables in a row apart (Word would join them); nothing
    /// for a table without a cell (Word refuses a table without rows).
    static func tableXML(_ table: WordTable) -> String {
        guard !table.rows.isEmpty else { return "" }
        return table.xml + "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>"
    }

    static func xml(_ block: Block, inPreamble: Bool) -> String {
        switch block {
        case .paragraph(let paragraph):
            WordXML.paragraph(
                paragraph.text,
                style: ReportText.documentParagraphNeedsEscape(paragraph.text, inPreamble: inPreamble)
                    ? .bodyAsWritten : .body)
        case .table(let table):
            tableXML(TableLayout.layout(table))
        }
    }
}
