import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an .xlsx back for the tests: each sheet's cells by reference (`B4`) with their text or number, formulas,
/// and merged ranges — through ZIPFoundation and `XMLParser`, independent of libxlsxwriter.
struct WorkbookReader {
    struct Cell: Equatable {
        var value: String
        var isString: Bool
        var formula: String?
    }

    struct Sheet {
        var name: String
        var cells: [String: Cell]
        var merges: [String]
        /// The sheet's XML as written (its page setup, row heights).
        var xml: String
    }

    let sheets: [Sheet]
    /// The workbook part's XML (its defined names: the rows and columns printed on every page).
    let workbookXML: String
    /// The file's document properties (`docProps/core.xml`: title, author …).
    let coreXML: String
    /// Every cell comment of the workbook: the cell and its text.
    let comments: [(cell: String, text: String)]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        func part(_ path: String) throws -> Data {
            guard let entry = archive[path] else { throw ReadError.missingPart(path) }
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return bytes
        }
        let strings = archive["xl/sharedStrings.xml"] == nil ? [] : Self.sharedStrings(try part("xl/sharedStrings.xml"))
        let names = Self.elements(try part("xl/workbook.xml"), named: "sheet").compactMap { $0.attributes["name"] }
        sheets = try names.enumerated().map { index, name in
            let xml = try part("xl/worksheets/sheet\(index + 1).xml")
            return Sheet(
                name: name, cells: Self.cells(xml, strings: strings),
                merges: Self.elements(xml, named: "mergeCell").compactMap { $0.attributes["ref"] },
                xml: String(decoding: xml, as: UTF8.self))
        }
        workbookXML = String(decoding: try part("xl/workbook.xml"), as: UTF8.self)
        coreXML = String(decoding: try part("docProps/core.xml"), as: UTF8.self)
        var comments: [(cell: String, text: String)] = []
        for entry in archive where entry.path.hasPrefix("xl/comments") && entry.path.hasSuffix(".xml") {
            for comment in Self.elements(try part(entry.path), named: "comment") {
                func text(_ element: Element) -> String {
                    element.name == "t" ? element.text : element.children.map(text).joined()
                }
                comments.append((comment.attributes["ref"] ?? "", text(comment)))
            }
        }
        self.comments = comments
    }

    enum ReadError: Error { case missingPart(String) }

    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var children: [Element]
    }

    /// Every element of a name, with its text and children.
    static func elements(_ data: Data, named wanted: String) -> [Element] {
        final class Collector: NSObject, XMLParserDelegate {
            let wanted: String
            var stack: [Element] = []
            var found: [Element] = []
            init(_ wanted: String) { self.wanted = wanted }
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if name == wanted || !stack.isEmpty {
                    stack.append(Element(name: name, attributes: attributes, text: "", children: []))
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if !stack.isEmpty { stack[stack.count - 1].text += string }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
            {
                guard let element = stack.popLast() else { return }
                if stack.isEmpty { found.append(element) } else { stack[stack.count - 1].children.append(element) }
            }
        }
        let collector = Collector(wanted)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }

    static func sharedStrings(_ data: Data) -> [String] {
        elements(data, named: "si").map { si in
            func text(_ element: Element) -> String {
                element.name == "t" ? element.text : element.children.map(text).joined()
            }
            return text(si)
        }
    }

    static func cells(_ data: Data, strings: [String]) -> [String: Cell] {
        var cells: [String: Cell] = [:]
        for c in elements(data, named: "c") {
            guard let reference = c.attributes["r"] else { continue }
            let raw = c.children.first { $0.name == "v" }?.text
            let formula = c.children.first { $0.name == "f" }?.text
            switch c.attributes["t"] {
            case "s":
                let index = raw.flatMap(Int.init) ?? -1
                cells[reference] = Cell(
                    value: strings.indices.contains(index) ? strings[index] : "", isString: true, formula: formula)
            case "inlineStr", "str":
                cells[reference] = Cell(value: c.children.map(\.text).joined(), isString: true, formula: formula)
            default:
                cells[reference] = Cell(value: raw ?? "", isString: false, formula: formula)
            }
        }
        return cells
    }
}
