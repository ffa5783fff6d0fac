import CLibXML2
import DocumentLayout

/// The namespaces a .docx reader tells apart (any prefix; transitional and strict WordprocessingML alike).
enum XMLNamespace {
    case word
    case compatibility
    case other

    static let wordURIs: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let compatibilityURI = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    init(uri: String) {
        self = Self.wordURIs.contains(uri) ? .word : uri == Self.compatibilityURI ? .compatibility : .other
    }
}

/// The element names the .docx reader acts on (local names, any prefix); every other name is ``other``. Told
/// apart once per distinct name in a part, so a handler switches on a small enum rather than comparing strings.
enum XMLName: String, CaseIterable {
    // document.xml: paragraphs, text, tables
    case p, pStyle, numId, ilvl, r, t, tab, br, cr, noBreakHyphen
    case rStyle, vanish, specVanish, webHidden, vertAlign, position, rPrChange, pPrChange, strike, dstrike
    case color, shd, highlight
    case tbl, gridCol, tr, gridBefore, tc, gridSpan, vMerge, hMerge
    case pPr, tcPr, trPr, tblGrid, sectPr, rPr, tblPr, tblStyle, tblPrChange, tcPrChange, trPrChange, tblGridChange
    case sectPrChange, tblPrExChange
    case del, cellDel, moveFrom, delText, instrText, delInstrText, sdtPr, sdtEndPr, rt, fldChar, sdt, showingPlcHdr
    case sym, ptab, altChunk
    // pictures: DrawingML's `a:blip`, VML's `v:imagedata` (in `w:drawing`, `w:pict`, `w:object`)
    case blip, imagedata
    // footnotes and endnotes: the references in document.xml, the notes in footnotes.xml and endnotes.xml
    case footnoteReference, endnoteReference, footnote, endnote
    case fallback = "Fallback"
    // numbering.xml and styles.xml
    case abstractNum, lvl, numFmt, lvlText, start, num, abstractNumId, lvlOverride, startOverride, style, basedOn
    case suff, name
    case tblStylePr
    // docProps/custom.xml
    case property, lpwstr
    // .rels
    case relationship = "Relationship"
    case other = ""

    private static let byName = Dictionary(
        allCases.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })

    init(_ name: String) { self = Self.byName[name] ?? .other }
}

/// An element as the parser reports its start: its local name, namespace, and attributes looked up by local
/// name. Valid only during ``XMLPartHandler/start(_:)`` (it points into the parser's buffers).
struct XMLElementView {
    let name: XMLName
    let namespace: XMLNamespace
    /// libxml2's SAX2 attribute array: five pointers per attribute (local name, prefix, URI, value start, value
    /// end).
    fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let attributeCount: Int

    /// An attribute's value by its local name, whatever prefix the document gives it (`w:val`, `val`).
    func attribute(_ localName: String) -> String? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let base = index * 5
            guard let name = attributes[base], xmlStrEqual(name, localName) == 1 else { continue }
            guard let start = attributes[base + 3], let end = attributes[base + 4], end >= start else { return "" }
            return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        }
        return nil
    }
}

/// What a handler wants of an element, worked out once per distinct (name, namespace) in a part.
enum XMLInterest: Int32 {
    /// No event for the element itself; its content is read as usual.
    case ignore = 0
    /// ``XMLPartHandler/start(_:)`` and ``XMLPartHandler/end(_:namespace:)`` for the element.
    case forward = 1
    /// Nothing of the element nor of anything inside it, text included.
    case skip = 2
}

/// What a part's reader is told, in document order: the starts and ends of the elements it forwards (see
/// ``interest(in:namespace:)``), and the text outside skipped elements if it reads text.
protocol XMLPartHandler: AnyObject {
    /// What the handler wants of elements of a name in a namespace; it must depend on nothing else.
    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest
    /// Whether ``text(_:)`` is wanted at all.
    var readsText: Bool { get }
    func start(_ element: XMLElementView)
    func end(_ name: XMLName, namespace: XMLNamespace)
    /// Text (UTF-8, checked by the parser), in pieces as the parser gives them.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension XMLPartHandler {
    var readsText: Bool { false }
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// Reads an XML part of a .docx as a stream of start, end and text events, through libxml2's SAX2 parser: no
/// tree is built, no network or external entity is touched, entities are never expanded, and nothing is made of
/// an element but its local name and the attributes asked for.
///
/// FoundationXML's `XMLParser` did this first; it made strings and a dictionary for every element and attribute,
/// and a .docx spent most of its reading time there (`NianbaoBench parse --only .docx`, which `Scripts/bench-parse`
/// builds: 18 files/s then). The elements a handler neither acts on nor skips (most of a document: formatting,
/// borders, fonts) and everything inside skipped ones are passed over in C (`nb_xml_filter` in `CLibXML2.h`),
/// without a call into Swift.
enum XMLPartReader {
    /// The most elements read from one .docx, all its parts together, before it counts as too large: 100,000.
    /// Real reports hold 3,405 (a Nianbao export), 8,150 (the body of a fixture), 8,819 (the corpus template with
    /// tracked changes on every run) and 18,400 (a Word 2010 file whose 9,059-element styles part is read twice);
    /// 100,000 are read in a few seconds in a debug build, where the old 5,000,000 of one part took two minutes
    /// (review rr97 F1). A part under ``DocxPackage/maximumPartBytes`` can hold 600,000 empty elements.
    static let maximumElements = 100_000

    /// libxml2 sets itself up once per process, before any thread parses.
    private static let initialized: Void = xmlInitParser()

    /// Streams `bytes` (XML, UTF-8 unless it declares otherwise) to `handler`, reading at most ``maximumElements``.
    static func read(_ bytes: [UInt8], part: String, into handler: some XMLPartHandler) throws(DocumentReadError) {
        var budget = maximumElements
        try read(bytes, part: part, into: handler, budget: &budget)
    }

    /// Streams `bytes` (XML, UTF-8 unless it declares otherwise) to `handler`, reading at most `budget` elements
    /// and taking those it read from it (the parts of one file share one budget).
    ///
    /// - Throws: ``DocumentReadError/broken(format:detail:)`` naming the part and line when the XML is not
    ///   well-formed (bytes that are not UTF-8 included), ``DocumentReadError/tooLarge(format:detail:)`` past
    ///   the budget.
    static func read(
        _ bytes: [UInt8], part: String, into handler: some XMLPartHandler, budget: inout Int
    ) throws(DocumentReadError) {
        guard nb_xml_load() != 0 else {
            throw .libraryMissing(format: .docx, detail: String(cString: nb_xml_error()))
        }
        _ = initialized
        nb_xml_silence()
        guard !bytes.isEmpty else { throw .broken(format: .docx, detail: "\(part) 是空的") }
        let made = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    xmlCreateMemoryParserCtxt(characters, Int32(clamping: buffer.count))
                }
            }
        }
        guard let parser = made, let sax = parser.pointee.sax else {
            throw .broken(format: .docx, detail: "\(part) 无法读取")
        }
        defer { xmlFreeParserCtxt(parser) }
        _ = xmlCtxtUseOptions(
            parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        nb_xml_filter_install(sax)
        let context = SAXContext(handler: handler)
        let filter = UnsafeMutablePointer<nb_xml_filter>.allocate(capacity: 1)
        defer { filter.deallocate() }
        filter.initialize(to: nb_xml_filter())
        filter.pointee.user = Unmanaged.passUnretained(context).toOpaque()
        filter.pointee.classify = { user, localName, uri in
            guard let context = SAXContext.from(user) else { return XMLInterest.ignore.rawValue }
            return context.handler.interest(in: context.name(localName), namespace: context.namespace(uri)).rawValue
        }
        filter.pointee.start = { user, localName, uri, attributeCount, attributes in
            guard let context = SAXContext.from(user) else { return }
            let element = XMLElementView(
                name: context.name(localName), namespace: context.namespace(uri),
                attributes: attributes, attributeCount: Int(max(0, attributeCount)))
            context.handler.start(element)
        }
        filter.pointee.end = { user, localName, uri in
            guard let context = SAXContext.from(user) else { return }
            context.handler.end(context.name(localName), namespace: context.namespace(uri))
        }
        if handler.readsText {
            filter.pointee.text = { user, characters, length in
                guard let context = SAXContext.from(user), let characters, length > 0 else { return }
                context.handler.text(UnsafeBufferPointer(start: characters, count: Int(length)))
            }
        }
        filter.pointee.parser = parser
        filter.pointee.maximumElements = budget
        parser.pointee.userData = UnsafeMutableRawPointer(filter)
        let status = withExtendedLifetime(context) { xmlParseDocument(parser) }
        budget = max(0, budget - filter.pointee.elements)
        if filter.pointee.tooLarge != 0 {
            throw .tooLarge(
                format: .docx,
                detail: "其中的段落、文字和格式标记超过 \(maximumElements) 个（读到 \(part) 时），一份年度报告通常不到 2 万个")
        }
        guard status == 0, parser.pointee.wellFormed != 0 else {
            let line = parser.pointee.input?.pointee.line ?? 0
            throw .broken(format: .docx, detail: "\(part) 第 \(line) 行 XML 无效")
        }
    }

    /// What one parse keeps between callbacks.
    private final class SAXContext {
        let handler: any XMLPartHandler
        /// Names and namespace URIs come from the parser's dictionary, one pointer per distinct string: each is
        /// told apart once, and the last one asked is kept at hand (most elements are in one namespace).
        var namespaces = PointerTable<XMLNamespace>()
        var lastNamespace: (uri: UnsafePointer<xmlChar>, namespace: XMLNamespace)?
        var names = PointerTable<XMLName>()

        init(handler: any XMLPartHandler) {
            self.handler = handler
        }

        func namespace(_ uri: UnsafePointer<xmlChar>?) -> XMLNamespace {
            guard let uri else { return .other }
            if let last = lastNamespace, last.uri == uri { return last.namespace }
            let found = namespaces.value(for: uri) { XMLNamespace(uri: String(cString: $0)) }
            lastNamespace = (uri, found)
            return found
        }

        func name(_ localName: UnsafePointer<xmlChar>?) -> XMLName {
            guard let localName else { return .other }
            return names.value(for: localName) { XMLName(String(cString: $0)) }
        }

        static func from(_ pointer: UnsafeMutableRawPointer?) -> SAXContext? {
            pointer.map { Unmanaged<SAXContext>.fromOpaque($0).takeUnretainedValue() }
        }
    }
}

/// A small open-addressed table from the parser's interned string pointers to what they were found to be: a few
/// instructions a lookup where a `Dictionary` hashes the pointer through SipHash. A part has a few dozen distinct
/// names; once the table is three-quarters full, further names are worked out each time instead of kept.
struct PointerTable<Value> {
    private static var capacity: Int { 256 }
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: capacity)
    private var values: [Value?] = Array(repeating: nil, count: capacity)
    private var count = 0

    mutating func value(for key: UnsafePointer<xmlChar>, make: (UnsafePointer<xmlChar>) -> Value) -> Value {
        let mask = Self.capacity - 1
        var slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 3) & mask
        for _ in 0..<Self.capacity {
            guard let stored = keys[slot] else { break }
            if stored == key, let value = values[slot] { return value }
            slot = (slot + 1) & mask
        }
        let made = make(key)
        if keys[slot] == nil, count * 4 < Self.capacity * 3 {
            keys[slot] = key
            values[slot] = made
            count += 1
        }
        return made
    }
}
