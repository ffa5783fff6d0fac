import DocumentLayout

/// The revision a Word file made by Nianbao was exported from: its custom document property `NianbaoRevision`
/// (``LaidOutDocument/exportedRevision``), which Word, WPS and LibreOffice keep when the file is edited and saved.
final class ExportedRevisionCollector: XMLPartHandler {
    private var inProperty = false
    private var inValue = false
    private var value: [UInt8] = []
    /// The property's value, when the part has it.
    private(set) var revision: String?

    var readsText: Bool { true }

    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        name == .property || name == .lpwstr ? .forward : .ignore
    }

    func start(_ element: XMLElementView) {
        switch element.name {
        case .property: inProperty = element.attribute("name") == LaidOutDocument.exportedRevisionProperty
        case .lpwstr: inValue = inProperty
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        switch name {
        case .lpwstr where inValue:
            inValue = false
            revision = String(decoding: value, as: UTF8.self)
        case .property: inProperty = false
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inValue, value.count < 256 { value.append(contentsOf: bytes) }
    }
}

extension DocxPackage {
    /// The revision the file was exported from, when it is a Word file Nianbao wrote (or one saved from it); `nil`
    /// for any other, or when the property cannot be read (it only helps: a file is read the same without it).
    func exportedRevision() -> String? {
        let relationships = (try? relationships(in: "_rels/.rels")) ?? nil
        guard let path = DocxPackage.target(in: relationships, typeSuffix: "/custom-properties", base: ""),
            let data = try? xmlPart(path)
        else { return nil }
        let collector = ExportedRevisionCollector()
        do { try XMLPartReader.read(data, part: path, into: collector) } catch { return nil }
        return collector.revision
    }
}
