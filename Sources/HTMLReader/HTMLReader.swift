import CLibXML2
public import DocumentLayout

/// Reads a web page — a portal's article page, or a report Word saved as HTML — into a laid-out document, through
/// libxml2's HTML parser.
///
/// The charset comes from the page (``HTMLCharset``); the report's body is found among the portal's menus, link
/// lists and footers (``ContentFinder``); the page's `<style>` elements say which text they raise (``StyleSheet``);
/// tables become grids with their `rowspan`/`colspan`, and tables that only lay out the page (a table holding
/// tables, or long text) are read as the content they hold.
public enum HTMLReader {
    /// The most elements a page may have: 20,000. A report saved from Word as a web page has 1,341 (the test
    /// fixtures), a portal's article page a few hundred to a few thousand with its menus; a 7 MB page of 900,000
    /// paragraphs took 65 s and 676 MB to read, 100,000 paragraphs 32 s (review rr97 F1). libxml2 parses such a
    /// page in a moment; what is refused is the reading of its elements after.
    public static let maximumElements = 20_000

    /// The most elements a page may nest inside one another: 250. A report's page nests a few dozen (a portal's
    /// frames, a table in a cell); libxml2 stops reading a page at 256 (without its `HUGE` option, which lifts its
    /// other guards too), and what lies deeper — a report inside 5,000 `<div>`s — never came out: the page was
    /// refused as having no text (rv102 F10). It is refused as nested too deeply now, before any of it is lost.
    public static let maximumDepth = 250

    /// Reads the bytes of a web page.
    ///
    /// - Throws: ``DocumentReadError/broken(format:detail:)`` when libxml2 cannot read it,
    ///   ``DocumentReadError/incomplete(format:)`` when the page was cut short (``CutShortPage``),
    ///   ``DocumentReadError/noText(format:)`` when it has no text, ``DocumentReadError/tooDeep(format:limit:)`` when
    ///   its elements nest deeper than any report's (``maximumDepth``), ``DocumentReadError/tooLarge(format:detail:)``
    ///   when it has more elements than any report (``maximumElements``) or a style sheet that would take more
    ///   matching than any report's (``StyleSheet/maximumComparisons``).
    public static func read(_ bytes: [UInt8]) throws(DocumentReadError) -> LaidOutDocument {
        let tree = try tree(of: bytes)
        let content = ContentFinder.content(of: tree)
        let sheet = StyleSheet(of: tree)
        guard sheet.comparisons(toRead: tree, limit: StyleSheet.maximumComparisons) <= StyleSheet.maximumComparisons
        else {
            throw .tooLarge(
                format: .html,
                detail: "样式表要和页面的元素对照超过 \(StyleSheet.maximumComparisons) 次，一份年度报告的网页只要几千次")
        }
        // The page's own colour and background (`<body bgcolor>`) lie behind all its text.
        let page = [tree, ContentFinder.body(of: tree)].compactMap { $0 }.reduce(TextVisibility()) { visibility, node in
            visibility.entering(sheet.style(ofElement: node.name ?? "body", attributes: node.attributes))
        }
        var walker = HTMLWalker(sheet: sheet, visibility: page)
        walker.walk(content)
        let blocks = walker.finish()
        guard !blocks.isEmpty else { throw .noText(format: .html) }
        return LaidOutDocument(format: .html, blocks: blocks)
    }

    /// The page's elements and text as a tree, once libxml2 has read it (``read(_:)``'s first steps).
    static func tree(of bytes: [UInt8]) throws(DocumentReadError) -> HTMLNode {
        guard !CutShortPage.isCutShort(bytes) else { throw .incomplete(format: .html) }
        let (bytes, startTags) = DownlevelConditionals.scanned(bytes)
        // Twice the elements in start tags is a page far past the limit, refused before libxml2 builds its tree.
        guard startTags <= 2 * maximumElements else { throw tooManyElements }
        let charset = HTMLCharset.of(bytes)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        guard nb_xml_load() != 0 else {
            throw .libraryMissing(format: .html, detail: String(cString: nb_xml_error()))
        }
        nb_xml_silence()
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    htmlReadMemory(characters, Int32(clamping: buffer.count), nil, charset, options)
                }
            }
        }
        guard let document else { throw .broken(format: .html, detail: "libxml2 无法解析（字符集 \(charset)）") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .noText(format: .html) }
        guard !hasMoreElements(than: maximumElements, under: root) else { throw tooManyElements }
        guard !isNested(deeperThan: maximumDepth, under: root) else {
            throw .tooDeep(format: .html, limit: maximumDepth)
        }
        guard let tree = HTMLNode.copy(root) else { throw .noText(format: .html) }
        return tree
    }

    /// The refusal of a page of more than ``maximumElements`` elements.
    static let tooManyElements = DocumentReadError.tooLarge(
        format: .html, detail: "有超过 \(maximumElements) 个段落、表格等元素，一份年度报告只有几千个")

    /// Whether the tree under `root` (depth 0) has an element more than `limit` elements deep, walked without
    /// recursion.
    static func isNested(deeperThan limit: Int, under root: xmlNodePtr) -> Bool {
        walkElements(under: root) { depth in depth > limit }
    }

    /// Whether the tree under `root` holds more than `limit` elements, counted without recursion (a page can nest
    /// deeper than a thread's stack) and stopping at the limit.
    static func hasMoreElements(than limit: Int, under root: xmlNodePtr) -> Bool {
        var count = 0
        return walkElements(under: root) { _ in
            count += 1
            return count > limit
        }
    }

    /// Walks the elements under `root` (itself included, at depth 0) in document order without recursion, giving
    /// `visit` each one's depth, until `visit` answers `true`.
    ///
    /// - Returns: Whether `visit` stopped the walk.
    private static func walkElements(under root: xmlNodePtr, _ visit: (_ depth: Int) -> Bool) -> Bool {
        var depth = 0
        var node: xmlNodePtr? = root
        while let current = node {
            let isElement = current.pointee.type == XML_ELEMENT_NODE
            if isElement, visit(depth) { return true }
            if let child = current.pointee.children, isElement {
                depth += 1
                node = child
                continue
            }
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing, up != root {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climbing = up.pointee.parent
                depth -= 1
            }
        }
        return false
    }
}
