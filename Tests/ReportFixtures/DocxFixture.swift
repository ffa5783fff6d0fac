import Foundation
import ZIPFoundation

/// Builds a .docx in memory: `[Content_Types].xml`, the relationships, `word/document.xml` around a body, and
/// optionally `word/numbering.xml`, `word/styles.xml`, `word/footnotes.xml` and `word/endnotes.xml`.
public enum DocxFixture {
    /// The transitional WordprocessingML namespace.
    public static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The strict WordprocessingML namespace.
    public static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"

    /// `word/document.xml` around a body.
    public static func document(body: String, prefix: String = "w", namespace: String = main) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <\(prefix):document xmlns:\(prefix)="\(namespace)" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\
        <\(prefix):body>\(body)</\(prefix):body></\(prefix):document>
        """
    }

    /// The bytes of a .docx whose body is `body`, with the parts given (`extraParts`: more parts as path and text,
    /// which `extra` relationships of the body may name).
    public static func make(
        body: String, prefix: String = "w", namespace: String = main, numbering: String? = nil, styles: String? = nil,
        mainPart: String = "word/document.xml", stored: Bool = false, footnotes: String? = nil,
        endnotes: String? = nil, relationships extra: String = "", parts extraParts: [(String, String)] = []
    ) throws -> [UInt8] {
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Override PartName="/\(mainPart)" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """
            ),
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="\(mainPart)"/></Relationships>
                """
            ),
            (mainPart, document(body: body, prefix: prefix, namespace: namespace)),
        ]
        let folder = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        let name = mainPart.split(separator: "/").last.map(String.init) ?? "document.xml"
        var relationships = extra
        if let numbering {
            parts.append((folder + "/numbering.xml", wrap(numbering, root: "numbering", namespace: namespace)))
            relationships += """
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
                """
        }
        if let styles {
            parts.append((folder + "/styles.xml", wrap(styles, root: "styles", namespace: namespace)))
            relationships += """
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                """
        }
        for (kind, notes) in [("footnotes", footnotes), ("endnotes", endnotes)] {
            guard let notes else { continue }
            parts.append((folder + "/\(kind).xml", wrap(notes, root: kind, namespace: namespace)))
            relationships += """
                <Relationship Id="rId\(kind)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(kind)" Target="\(kind).xml"/>
                """
        }
        parts.append(
            (
                folder + "/_rels/\(name).rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(relationships)</Relationships>
                """
            ))
        return try zip(parts + extraParts, stored: stored)
    }

    /// The bytes of a zip of the parts given (path, text), in their order.
    public static func zip(_ parts: [(String, String)], stored: Bool = false) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: stored ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return Array(archive.data ?? Data())
    }

    /// A part's XML: `content` in the root element `root`.
    public static func wrap(_ content: String, root: String, namespace: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:\(root) xmlns:w=\"\(namespace)\">\(content)</w:\(root)>"
    }

    /// A paragraph of one run.
    public static func p(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    /// A table cell: `span` grid columns, `merge` "restart", "continue" or "" (a `w:vMerge` without a value).
    public static func tc(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        var properties = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
        if let merge { properties += merge.isEmpty ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(merge)\"/>" }
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(text.isEmpty ? "<w:p/>" : p(text))</w:tc>"
    }

    /// A table row, after `before` grid columns left empty.
    public static func tr(_ cells: String..., before: Int = 0) -> String {
        let properties = before > 0 ? "<w:trPr><w:gridBefore w:val=\"\(before)\"/></w:trPr>" : ""
        return "<w:tr>\(properties)\(cells.joined())</w:tr>"
    }

    /// A table on a grid of columns of the widths given (twentieths of a point).
    public static func tbl(grid: [Int], _ rows: String...) -> String {
        "<w:tbl><w:tblPr/><w:tblGrid>\(grid.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined())</w:tblGrid>\(rows.joined())</w:tbl>"
    }
}
