import CLibXML2

/// A web page's element tree, copied out of libxml2: element names lower-cased, the attributes the reader uses.
///
/// Each element carries its ``HTMLWeight``, counted once while copying.
indirect enum HTMLNode {
    case element(name: String, attributes: [String: String], children: [HTMLNode], weight: HTMLWeight)
    case text(String, inLink: Bool)

    static let keptAttributes: Set<String> = [
        "rowspan", "colspan", "class", "id", "style", "role", "hidden", "cite", "datetime", "color", "bgcolor",
    ]

    /// Copies a libxml2 node and its descendants (at most `depth` levels: deeper content is flattened to text).
    static func copy(_ pointer: xmlNodePtr, depth: Int = 0, inLink: Bool = false) -> HTMLNode? {
        let node = pointer.pointee
        switch node.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.content else { return nil }
            return .text(String(cString: content), inLink: inLink)
        case XML_ELEMENT_NODE:
            let name = node.name.map { String(cString: $0).lowercased() } ?? ""
            var attributes: [String: String] = [:]
            var property = node.properties
            while let current = property {
                if let namePointer = current.pointee.name {
                    let key = String(cString: namePointer).lowercased()
                    if keptAttributes.contains(key), let value = xmlGetProp(pointer, namePointer) {
                        attributes[key] = String(cString: value)
                        nb_xml_free(value)
                    }
                }
                property = current.pointee.next
            }
            var children: [HTMLNode] = []
            var child = node.children
            while let current = child {
                if depth < 256, let copied = copy(current, depth: depth + 1, inLink: inLink || name == "a") {
                    children.append(copied)
                }
                child = current.pointee.next
            }
            return element(name, attributes: attributes, children: children)
        default:
            return nil
        }
    }

    /// An element, its weight counted from its children (nothing for scripts, styles and the like).
    static func element(_ name: String, attributes: [String: String], children: [HTMLNode]) -> HTMLNode {
        var weight = HTMLWeight()
        if !ContentFinder.ignored.contains(name) {
            for child in children {
                weight.text += child.weight.text
                weight.links += child.weight.links
            }
        }
        return .element(name: name, attributes: attributes, children: children, weight: weight)
    }

    var name: String? {
        if case .element(let name, _, _, _) = self { return name }
        return nil
    }

    var children: [HTMLNode] {
        if case .element(_, _, let children, _) = self { return children }
        return []
    }

    /// The attributes the reader keeps (``keptAttributes``); none for text.
    var attributes: [String: String] {
        if case .element(_, let attributes, _, _) = self { return attributes }
        return [:]
    }

    func attribute(_ key: String) -> String? {
        if case .element(_, let attributes, _, _) = self { return attributes[key] }
        return nil
    }

    /// Characters of text outside and inside links.
    var weight: HTMLWeight {
        switch self {
        case .element(_, _, _, let weight): return weight
        case .text(let text, let inLink):
            let count = text.unicodeScalars.reduce(0) { $0 + (Self.isWhitespace($1) ? 0 : 1) }
            return inLink ? HTMLWeight(text: 0, links: count) : HTMLWeight(text: count, links: 0)
        }
    }
}

extension HTMLNode {
    /// Whether a scalar is white space, as its Unicode properties say: ASCII and the Han ideographs, most of a page's
    /// text, are answered without looking the properties up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0x21...0x7E, 0x4E00...0x9FFF: false
        default: scalar.properties.isWhitespace
        }
    }
}

/// How much text an element holds outside links and inside them, in characters other than white space.
struct HTMLWeight {
    var text = 0
    var links = 0
}
