import DocumentLayout
import Foundation
import ZIPFoundation

/// Assembles the zip package of a .docx: the content types, the relationships, the styles (A4, 仿宋 body text, 黑体
/// and 楷体 headings, as official documents set them), the page (GB/T 9704's margins, the page number `— 1 —` at
/// the foot), the document properties and the body.
enum DocxPackageWriter {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Every entry carries this time, so that the same report always gives the same bytes.
    static let entryDate = DocxWriter.zipEntryDate

    /// The package's bytes.
    static func package(
        documentXML body: String, title: String, creator: String, note: DocxNote? = nil, revision: String? = nil
    ) throws(DocxWriteError) -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(comments: note != nil, custom: revision != nil)),
            ("_rels/.rels", packageRelationships(custom: revision != nil)),
            ("docProps/core.xml", coreProperties(title: title, creator: creator)),
            ("docProps/app.xml", appProperties),
            ("word/_rels/document.xml.rels", documentRelationships(comments: note != nil)),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/footer1.xml", footer),
            ("word/document.xml", document(body)),
        ]
        if let note { parts.append(("word/comments.xml", comments(note))) }
        if let revision { parts.append(("docProps/custom.xml", customProperties(revision: revision))) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            }
            guard let data = archive.data else { throw DocxWriteError.package(detail: "压缩包为空") }
            return data
        } catch let error as DocxWriteError {
            throw error
        } catch {
            // ZIPFoundation's own message is English and for programmers; the person reads what failed.
            throw .package(detail: "无法写入 Word 压缩包")
        }
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The page: A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm: a text block
    /// of 156 × 225 mm, in twentieths of a point), and the footer with the page number.
    static let page = (width: 11_906, height: 16_838, top: 2_098, bottom: 1_985, left: 1_588, right: 1_474)

    static func document(_ body: String) -> String {
        declaration + "<w:document xmlns:w=\"\(wordNamespace)\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
            + "<w:pgSz w:w=\"\(page.width)\" w:h=\"\(page.height)\"/>"
            + "<w:pgMar w:top=\"\(page.top)\" w:right=\"\(page.right)\" w:bottom=\"\(page.bottom)\" "
            + "w:left=\"\(page.left)\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    /// The footer: the page number between dashes (`— 1 —`), 宋体 四号, centred, as official documents number pages.
    static let footer: String = {
        let font =
            "<w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/>"
            + "<w:szCs w:val=\"28\"/></w:rPr>"
        func run(_ inner: String) -> String { "<w:r>\(font)\(inner)</w:r>" }
        return declaration + "<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:spacing w:line=\"240\" "
            + "w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr>"
            + run("<w:t xml:space=\"preserve\">— </w:t>") + run("<w:fldChar w:fldCharType=\"begin\"/>")
            + run("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
            + run("<w:fldChar w:fldCharType=\"separate\"/>") + run("<w:t>1</w:t>")
            + run("<w:fldChar w:fldCharType=\"end\"/>") + run("<w:t xml:space=\"preserve\"> —</w:t>")
            + "</w:p></w:ftr>"
    }()

    /// The comments part: the one note, its text a paragraph per line.
    static func comments(_ note: DocxNote) -> String {
        let paragraphs = note.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:p><w:r><w:t xml:space=\"preserve\">\(WordXML.escaped(String($0)))</w:t></w:r></w:p>"
        }
        return declaration + "<w:comments xmlns:w=\"\(wordNamespace)\"><w:comment w:id=\"0\" "
            + "w:author=\"\(WordXML.escaped(note.author))\" w:initials=\"\(WordXML.escaped(String(note.author.prefix(2))))\">"
            + paragraphs.joined() + "</w:comment></w:comments>"
    }

    static func contentTypes(comments: Bool, custom: Bool = false) -> String {
        guard comments || custom, let end = contentTypes.range(of: "</Types>") else { return contentTypes }
        var types = String(contentTypes[..<end.lowerBound])
        if comments {
            types +=
                "<Override PartName=\"/word/comments.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
        }
        if custom {
            types +=
                "<Override PartName=\"/docProps/custom.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
        }
        return types + "</Types>"
    }

    static func packageRelationships(custom: Bool) -> String {
        guard custom, let end = packageRelationships.range(of: "</Relationships>") else { return packageRelationships }
        return String(packageRelationships[..<end.lowerBound]) + "<Relationship Id=\"rId4\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" "
            + "Target=\"docProps/custom.xml\"/></Relationships>"
    }

    /// The custom document properties: the revision the file is (``DocxWriter/write(_:note:revision:)``).
    static func customProperties(revision: String) -> String {
        declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" "
            + "name=\"\(LaidOutDocument.exportedRevisionProperty)\">"
            + "<vt:lpwstr>\(WordXML.escaped(revision))</vt:lpwstr></property></Properties>"
    }

    static func documentRelationships(comments: Bool) -> String {
        guard comments, let end = documentRelationships.range(of: "</Relationships>") else {
            return documentRelationships
        }
        return String(documentRelationships[..<end.lowerBound]) + "<Relationship Id=\"rId4\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
            + "Target=\"comments.xml\"/></Relationships>"
    }

    static let contentTypes =
        declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>"

    static let packageRelationships =
        declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" "
        + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        + "Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
        + "Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let documentRelationships =
        declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
        + "Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rId3\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
        + "</Relationships>"

    static func coreProperties(title: String, creator: String) -> String {
        declaration
            + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(WordXML.escaped(title))</dc:title><dc:creator>\(WordXML.escaped(creator))</dc:creator></cp:coreProperties>"
    }

    static let appProperties =
        declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Nianbao</Application></Properties>"

    static let settings =
        declaration + "<w:settings xmlns:w=\"\(wordNamespace)\"><w:defaultTabStop w:val=\"420\"/>"
        + "<w:characterSpacingControl w:val=\"compressPunctuation\"/></w:settings>"

    /// One paragraph style: fonts (Latin, East Asian), size in half-points, bold, alignment, first-line indent; the
    /// style Word gives the paragraph typed after one of it (`next`), and whether Word offers it in its gallery.
    static func style(
        _ id: String, name: String, font: String, size: Int, bold: Bool = false, centered: Bool = false,
        indent: Bool = false, outline: Int? = nil, spacing: Int = 0, next: String? = nil, inGallery: Bool = true
    ) -> String {
        var xml = "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        xml += "<w:basedOn w:val=\"Normal\"/>"
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        if inGallery { xml += "<w:qFormat/>" }
        // A heading stays on the page of what follows it (`w:keepNext` comes before `w:spacing` in `w:pPr`).
        xml += "<w:pPr>" + (outline != nil ? "<w:keepNext/>" : "")
        xml += "<w:spacing w:before=\"\(spacing)\" w:after=\"\(spacing)\"/>"
        if centered { xml += "<w:jc w:val=\"center\"/>" }
        if indent { xml += "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" }
        if let outline { xml += "<w:outlineLvl w:val=\"\(outline)\"/>" }
        xml += "</w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
        xml += "w:eastAsia=\"\(font)\" w:cs=\"Times New Roman\"/>"
        if bold { xml += "<w:b/><w:bCs/>" }
        xml += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        return xml
    }

    static let styles =
        declaration + "<w:styles xmlns:w=\"\(wordNamespace)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
        + "w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
        + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>"
        + "</w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
        + "<w:qFormat/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
        + style("ReportTitle", name: "报告标题", font: "方正小标宋简体", size: 44, centered: true, outline: 0, spacing: 240)
        + style("SectionHeading", name: "部分标题", font: "黑体", size: 32, indent: true, outline: 1)
        + style("SubsectionHeading", name: "小节标题", font: "楷体_GB2312", size: 32, indent: true, outline: 2)
        + style("BodyText", name: "报告正文", font: "仿宋_GB2312", size: 32, indent: true)
        // A paragraph typed after one of these in Word is ordinary body text, read as its text says (a heading the
        // clerk types is a heading); the style is not offered in Word's gallery.
        + style(
            LayoutParagraph.asWrittenStyle, name: LayoutParagraph.asWrittenStyleName, font: "仿宋_GB2312", size: 32,
            indent: true, next: "BodyText",
            inGallery: false)
        // The 落款: right-aligned two characters from the margin, no first-line indent (``WordXML/signatureLine``).
        + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ReportSignature\"><w:name w:val=\"落款\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>\(WordXML.signatureIndent)<w:jc w:val=\"right\"/></w:pPr>"
        + "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" "
        + "w:cs=\"Times New Roman\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"CellText\"><w:name w:val=\"表格数字\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"280\" w:lineRule=\"atLeast\"/>"
        + "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"18\"/>"
        + "<w:szCs w:val=\"18\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"HeaderCellText\"><w:name w:val=\"表格标签\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"280\" w:lineRule=\"atLeast\"/>"
        + "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"18\"/>"
        + "<w:szCs w:val=\"18\"/></w:rPr></w:style>"
        + "</w:styles>"
}
