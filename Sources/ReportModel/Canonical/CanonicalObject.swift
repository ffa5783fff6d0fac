/// One stored object, decoded: a report root, a section, a paragraph, a table, a row, a revision or a blob.
public enum CanonicalObject: Sendable, Hashable {
    /// A report root.
    case report(ReportNode)
    /// A section.
    case section(SectionNode)
    /// A paragraph's text.
    case paragraph(String)
    /// A table.
    case table(TableNode)
    /// A table row.
    case row(RowNode)
    /// A revision.
    case revision(RevisionContent)
    /// A piece of an original file's bytes.
    case blob([UInt8])

    /// The object's kind.
    public var kind: ObjectKind {
        switch self {
        case .report: .report
        case .section: .section
        case .paragraph: .paragraph
        case .table: .table
        case .row: .row
        case .revision: .revision
        case .blob: .blob
        }
    }

    /// The objects this one refers to, in order, with the kind each must be.
    public var references: [(kind: ObjectKind, id: ObjectID)] {
        switch self {
        case .report(let node):
            node.blocks.map { ($0.kind, $0.id) } + node.sections.map { (.section, $0) }
        case .section(let node):
            node.blocks.map { ($0.kind, $0.id) } + node.sections.map { (.section, $0) }
        case .paragraph:
            []
        case .table(let node):
            node.rows.map { (.row, $0) }
        case .row:
            []
        case .revision(let record):
            [(.report, record.root)] + record.parents.map { (.revision, $0) }
                + (record.original?.parts.map { (.blob, $0) } ?? [])
        case .blob:
            []
        }
    }

    /// The canonical bytes.
    public func encoded() -> [UInt8] {
        switch self {
        case .report(let node):
            var writer = CanonicalWriter(kind: .report)
            writer.field("title", .optional(node.title))
            writer.field("agency", .optional(node.agency))
            writer.field("year", .optional(node.year.map(String.init)))
            for block in node.blocks { writer.field("block", .reference(block.kind, block.id)) }
            for section in node.sections { writer.field("section", .reference(.section, section)) }
            return writer.bytes
        case .section(let node):
            var writer = CanonicalWriter(kind: .section)
            writer.field("heading", .text(node.heading))
            for block in node.blocks { writer.field("block", .reference(block.kind, block.id)) }
            for section in node.sections { writer.field("section", .reference(.section, section)) }
            return writer.bytes
        case .paragraph(let text):
            var writer = CanonicalWriter(kind: .paragraph)
            writer.field("text", .text(text))
            return writer.bytes
        case .table(let node):
            var writer = CanonicalWriter(kind: .table)
            writer.field("template", .optional(node.template))
            for column in node.columns {
                writer.field("column", [.text(column.key)] + column.path.map(CanonicalValue.text))
            }
            for row in node.rows { writer.field("row", .reference(.row, row)) }
            return writer.bytes
        case .row(let node):
            var writer = CanonicalWriter(kind: .row)
            writer.field("key", .text(node.key))
            if let path = node.path { writer.field("path", path.map(CanonicalValue.text)) }
            for cell in node.cells { writer.field("cell", .text(cell.column), .optional(cell.text)) }
            return writer.bytes
        case .revision(let record):
            var writer = CanonicalWriter(kind: .revision)
            writer.field("report", .text(record.report.agency), .text(String(record.report.year)))
            writer.field("root", .reference(.report, record.root))
            for parent in record.parents { writer.field("parent", .reference(.revision, parent)) }
            writer.field("author", .text(record.author))
            writer.field("node", .text(record.node))
            writer.field("time", .text(record.timeText))
            writer.field("message", .text(record.message))
            record.encodeSource(into: &writer)
            return writer.bytes
        case .blob(let bytes):
            return ObjectKind.blob.headerLine + bytes
        }
    }

    /// The object's id: the SHA-256 of its canonical bytes.
    public var id: ObjectID { ObjectID.hashing(encoded()) }

    /// Decodes canonical bytes.
    ///
    /// - Throws: ``ModelError/malformedObject(kind:offset:reason:)`` when the bytes are not the canonical encoding
    ///   of an object — including bytes that decode but would encode differently.
    public static func decode(_ bytes: [UInt8]) throws(ModelError) -> CanonicalObject {
        try decode(bytes, read: try CanonicalReader(bytes))
    }

    /// The parents a revision's canonical bytes name, read from its leading fields only (its report, root and
    /// parents; not its author, message or diagnostics, nor whether the rest is canonical): for a puller that plans
    /// its next request while it checks and stores the revision. `nil` for bytes that are not a revision or whose
    /// leading fields are malformed.
    public static func revisionParents(in bytes: [UInt8]) -> [ObjectID]? {
        let leading: Set<String> = ["report", "root", "parent"]
        guard let reader = try? CanonicalReader(bytes, fieldsWhile: leading.contains), reader.kind == .revision else {
            return nil
        }
        var fields = FieldCursor(reader: reader)
        return try? fields.revisionHead().parents
    }

    /// Decodes canonical bytes that a caller has already read into fields (the store needs both), without reading
    /// them twice.
    ///
    /// - Parameters:
    ///   - bytes: The canonical bytes.
    ///   - reader: `CanonicalReader(bytes)`.
    /// - Throws: As ``decode(_:)``.
    public static func decode(_ bytes: [UInt8], read reader: CanonicalReader) throws(ModelError) -> CanonicalObject {
        var fields = FieldCursor(reader: reader)
        let object: CanonicalObject
        switch reader.kind {
        case .report:
            let title = try fields.optionalText("title")
            let agency = try fields.optionalText("agency")
            let yearText = try fields.optionalText("year")
            let year = try yearText.map { (text: String) throws(ModelError) -> Int in
                guard let year = Int(text) else { throw fields.failure("year is not a number") }
                return year
            }
            let blocks = try fields.blockReferences()
            let sections = try fields.references("section", kind: .section)
            object = .report(ReportNode(title: title, agency: agency, year: year, blocks: blocks, sections: sections))
        case .section:
            let heading = try fields.text("heading")
            let blocks = try fields.blockReferences()
            let sections = try fields.references("section", kind: .section)
            object = .section(SectionNode(heading: heading, blocks: blocks, sections: sections))
        case .paragraph:
            object = .paragraph(try fields.text("text"))
        case .table:
            let template = try fields.optionalText("template")
            var columns: [TableColumn] = []
            while let values = try fields.texts("column") {
                guard let key = values.first else { throw fields.failure("column without key") }
                columns.append(TableColumn(key: key, path: Array(values.dropFirst())))
            }
            let rows = try fields.references("row", kind: .row)
            object = .table(TableNode(template: template, columns: columns, rows: rows))
        case .row:
            let key = try fields.text("key")
            let path = try fields.texts("path")
            var cells: [Cell] = []
            while let values = try fields.values("cell") {
                guard values.count == 2, case .text(let column) = values[0] else {
                    throw fields.failure("a cell is a column key and a text or `-`")
                }
                switch values[1] {
                case .text(let text): cells.append(Cell(column: column, text: text))
                case .absent: cells.append(Cell(column: column, text: nil))
                case .reference: throw fields.failure("a cell holds text, not a reference")
                }
            }
            object = .row(RowNode(key: key, path: path, cells: cells))
        case .revision:
            let (report, root, parents) = try fields.revisionHead()
            let author = try fields.text("author")
            let node = try fields.text("node")
            guard let time = RevisionContent.parse(try fields.text("time")) else {
                throw fields.failure("time is not YYYY-MM-DDTHH:MM:SSZ")
            }
            let message = try fields.text("message")
            let original = try fields.original()
            let diagnostics = try fields.diagnostics()
            object = .revision(
                RevisionContent(
                    report: report, root: root, parents: parents, author: author,
                    node: node, time: time, message: message, original: original, diagnostics: diagnostics))
        case .blob:
            object = .blob(reader.payload)
        }
        guard fields.isAtEnd else { throw fields.failure("unexpected field `\(fields.nextName ?? "")`") }
        guard object.encoded() == bytes else {
            throw ModelError.malformedObject(kind: reader.kind.rawValue, offset: 0, reason: "not in canonical form")
        }
        return object
    }
}

/// Walks the fields of a decoded object in the order the encoding fixes.
struct FieldCursor {
    let reader: CanonicalReader
    var index = 0

    init(reader: CanonicalReader) { self.reader = reader }

    var isAtEnd: Bool { index == reader.fields.count }
    var nextName: String? { isAtEnd ? nil : reader.fields[index].name }

    /// The fields a revision starts with: its report, its root and its parents.
    mutating func revisionHead() throws(ModelError) -> (report: ReportKey, root: ObjectID, parents: [ObjectID]) {
        guard let report = try values("report"), report.count == 2,
            case .text(let agency) = report[0], case .text(let yearText) = report[1], let year = Int(yearText)
        else { throw failure("expected `report AGENCY YEAR`") }
        let roots = try references("root", kind: .report)
        guard roots.count == 1, let root = roots.first else { throw failure("expected one root") }
        let parents = try references("parent", kind: .revision)
        return (ReportKey(agency: agency, year: year), root, parents)
    }

    func failure(_ reason: String) -> ModelError {
        .malformedObject(kind: reader.kind.rawValue, offset: 0, reason: "field \(index + 1): \(reason)")
    }

    mutating func values(_ name: String) throws(ModelError) -> [CanonicalValue]? {
        guard nextName == name else { return nil }
        defer { index += 1 }
        return reader.fields[index].values
    }

    mutating func texts(_ name: String) throws(ModelError) -> [String]? {
        guard let values = try values(name) else { return nil }
        return try values.map { (value: CanonicalValue) throws(ModelError) -> String in
            guard case .text(let text) = value else { throw failure("`\(name)` holds texts only") }
            return text
        }
    }

    mutating func optionalText(_ name: String) throws(ModelError) -> String? {
        guard let values = try values(name), values.count == 1 else { throw failure("expected `\(name)`") }
        switch values[0] {
        case .text(let text): return text
        case .absent: return nil
        case .reference: throw failure("`\(name)` is a text or `-`")
        }
    }

    mutating func text(_ name: String) throws(ModelError) -> String {
        guard let text = try optionalText(name) else { throw failure("`\(name)` may not be absent") }
        return text
    }

    mutating func references(_ name: String, kind: ObjectKind) throws(ModelError) -> [ObjectID] {
        var ids: [ObjectID] = []
        while let values = try values(name) {
            guard values.count == 1, case .reference(let found, let id) = values[0], found == kind else {
                throw failure("`\(name)` refers to a \(kind.rawValue)")
            }
            ids.append(id)
        }
        return ids
    }

    mutating func blockReferences() throws(ModelError) -> [BlockReference] {
        var blocks: [BlockReference] = []
        while let values = try values("block") {
            guard values.count == 1, case .reference(let kind, let id) = values[0], kind == .paragraph || kind == .table
            else { throw failure("`block` refers to a paragraph or a table") }
            blocks.append(BlockReference(kind: kind, id: id))
        }
        return blocks
    }
}
