import CLibXML2

/// A web page's element tree, copied out of libxml2: element names lower-cased, the attributes the reader uses.
indirect enum HTMLNode {
    case element(name: String, attributes: [String: String], children: [HTMLNode])
    case text(String)

    static let keptAttributes: Set<String> = ["rowspan", "colspan", "class", "id", "style", "role"]

    /// Copies a libxml2 node and its descendants (at most `depth` levels: deeper content is flattened to text).
    static func copy(_ pointer: xmlNodePtr, depth: Int = 0) -> HTMLNode? {
        let node = pointer.pointee
        switch node.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.content else { return nil }
            return .text(String(cString: content))
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
                if depth < 256, let copied = copy(current, depth: depth + 1) { children.append(copied) }
                child = current.pointee.next
            }
            return .element(name: name, attributes: attributes, children: children)
        default:
            return nil
        }
    }

    var name: String? {
        if case .element(let name, _, _) = self { return name }
        return nil
    }

    var children: [HTMLNode] {
        if case .element(_, _, let children) = self { return children }
        return []
    }

    func attribute(_ key: String) -> String? {
        if case .element(_, let attributes, _) = self { return attributes[key] }
        return nil
    }
}
