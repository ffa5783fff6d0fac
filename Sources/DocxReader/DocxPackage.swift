import DocumentLayout
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a .docx zip that the reader needs, found through the package's relationships.
struct DocxPackage {
    /// The largest part read, uncompressed: a guard against zip bombs.
    static let maximumPartBytes: UInt64 = 64 << 20

    let archive: Archive

    init(_ bytes: [UInt8]) throws(DocumentReadError) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .broken(format: .docx, detail: "不是有效的 zip 压缩包")
        }
    }

    /// The bytes of a part, or `nil` when the package has no such part.
    func part(_ path: String) throws(DocumentReadError) -> Data? {
        guard let entry = archive[path] ?? archive[path.hasPrefix("/") ? String(path.dropFirst()) : "/" + path] else {
            return nil
        }
        guard entry.uncompressedSize <= Self.maximumPartBytes else {
            throw .tooLarge(format: .docx, detail: "\(path) 解压后 \(entry.uncompressedSize >> 20) MB")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.maximumPartBytes { throw DocumentReadError.tooLarge(format: .docx, detail: path) }
            }
        } catch let error as DocumentReadError {
            throw error
        } catch {
            throw .broken(format: .docx, detail: "\(path) 无法解压")
        }
        return data
    }

    /// The bytes of an XML part, checked to be UTF-8 (as OOXML writes them): FoundationXML's parser traps on
    /// names that are not, so a damaged part is refused before it reaches the parser.
    func xmlPart(_ path: String) throws(DocumentReadError) -> Data? {
        guard let data = try part(path) else { return nil }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .broken(format: .docx, detail: "\(path) 不是有效的 UTF-8 XML")
        }
        return data
    }

    /// The target of the first relationship of a type (matched on the end of its URI, so transitional and strict
    /// packages both match), resolved against the folder of the part the relationships belong to.
    func relationshipTarget(in relsPath: String, typeSuffix: String, base: String) throws(DocumentReadError) -> String?
    {
        guard let data = try xmlPart(relsPath) else { return nil }
        let collector = RelationshipCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        guard parser.parse() else { return nil }
        guard let target = collector.relationships.first(where: { $0.type.hasSuffix(typeSuffix) })?.target else {
            return nil
        }
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !components.isEmpty { components.removeLast() }
            } else if piece != "." {
                components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }
}

/// Collects `Relationship` elements of a `.rels` part.
final class RelationshipCollector: NSObject, XMLParserDelegate {
    var relationships: [(type: String, target: String)] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard elementName == "Relationship", let type = attributes["Type"], let target = attributes["Target"] else {
            return
        }
        relationships.append((type, target))
    }
}

/// Reads an attribute by its local name, whatever prefix the document gives it (`w:val`, `val`, `x:val`).
func attribute(_ name: String, in attributes: [String: String]) -> String? {
    if let value = attributes[name] { return value }
    for (key, value) in attributes where key.hasSuffix(":" + name) { return value }
    return nil
}
