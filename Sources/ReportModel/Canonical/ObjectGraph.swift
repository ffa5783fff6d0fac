/// Cuts a report into content-addressed objects and puts it back together.
///
/// A report becomes a root, its sections, its paragraphs, its tables and their rows. Identical pieces have
/// identical ids, so a store keeps each once however many reports and revisions share it.
public enum ObjectGraph {
    /// The objects of a report, children before parents, each once.
    ///
    /// - Returns: the root's id and the objects; the last object is the root.
    /// - Complexity: O(n) in the size of the report.
    public static func objects(of report: Report) -> (root: ObjectID, objects: [EncodedObject]) {
        var collector = Collector()
        let root = collector.add(
            .report(
                ReportNode(
                    title: report.title, agency: report.agency, year: report.year,
                    blocks: report.preamble.map { collector.add($0) },
                    sections: report.sections.map { collector.add($0) })))
        return (root, collector.objects)
    }

    /// Rebuilds a report from its root, loading each object through `load` and checking it against its id.
    ///
    /// - Parameters:
    ///   - root: The id of the report root.
    ///   - pieces: Sections and blocks already assembled, taken from there instead of loaded again, and where those
    ///     this report adds are kept (the revisions of a report share most of theirs); `nil` to load every object.
    ///   - load: Returns an object's bytes, or `nil` when the object is not available.
    /// - Throws: ``ModelError`` for a missing, corrupt, malformed or unexpected object, or an unknown template;
    ///   whatever `load` throws.
    public static func report(
        root: ObjectID, sharing pieces: AssembledPieces? = nil, load: (ObjectID) throws -> [UInt8]?
    ) throws -> Report {
        try withoutActuallyEscaping(load) { load in
            var assembler = Assembler(load: load, pieces: pieces)
            return try assembler.report(root)
        }
    }

    private struct Collector {
        var objects: [EncodedObject] = []
        var seen: Set<ObjectID> = []

        mutating func add(_ object: CanonicalObject) -> ObjectID {
            let encoded = EncodedObject(object)
            if seen.insert(encoded.id).inserted { objects.append(encoded) }
            return encoded.id
        }

        mutating func add(_ block: Block) -> BlockReference {
            switch block {
            case .paragraph(let paragraph):
                BlockReference(kind: .paragraph, id: add(.paragraph(paragraph.text)))
            case .table(let table):
                BlockReference(kind: .table, id: add(table))
            }
        }

        mutating func add(_ table: Table) -> ObjectID {
            let isTemplate = table.template.flatMap { TemplateCatalog.standard.table(id: $0) } != nil
            let rows = table.rows.map { row in
                add(.row(RowNode(key: row.key, path: isTemplate ? nil : row.path, cells: row.cells)))
            }
            return add(
                .table(TableNode(template: table.template, columns: isTemplate ? [] : table.columns, rows: rows)))
        }

        mutating func add(_ section: Section) -> ObjectID {
            let blocks = section.blocks.map { add($0) }
            let sections = section.sections.map { add($0) }
            return add(.section(SectionNode(heading: section.heading, blocks: blocks, sections: sections)))
        }
    }

    private struct Assembler {
        let load: (ObjectID) throws -> [UInt8]?
        let pieces: AssembledPieces?
        var cache: [ObjectID: CanonicalObject] = [:]

        mutating func object(_ id: ObjectID, kind: ObjectKind, parent: ObjectID?) throws -> CanonicalObject {
            if let cached = cache[id] { return cached }
            guard let bytes = try load(id) else { throw ModelError.missingObject(id, referencedBy: parent) }
            let object = try EncodedObject(verifying: bytes, as: id).decoded()
            guard object.kind == kind else { throw ModelError.unexpectedKind(id, expected: kind, found: object.kind) }
            cache[id] = object
            return object
        }

        mutating func report(_ id: ObjectID) throws -> Report {
            guard case .report(let node) = try object(id, kind: .report, parent: nil) else {
                throw ModelError.unexpectedKind(id, expected: .report, found: .report)
            }
            return Report(
                title: node.title, agency: node.agency, year: node.year,
                preamble: try node.blocks.map { try block($0, parent: id) },
                sections: try node.sections.map { try section($0, parent: id) })
        }

        mutating func section(_ id: ObjectID, parent: ObjectID) throws -> Section {
            if let known = pieces?.sections[id] { return known }
            guard case .section(let node) = try object(id, kind: .section, parent: parent) else {
                throw ModelError.unexpectedKind(id, expected: .section, found: .section)
            }
            let assembled = Section(
                heading: node.heading,
                blocks: try node.blocks.map { try block($0, parent: id) },
                sections: try node.sections.map { try section($0, parent: id) })
            pieces?.keep(assembled, as: id)
            return assembled
        }

        mutating func block(_ reference: BlockReference, parent: ObjectID) throws -> Block {
            // (an id names its kind too: a block assembled under another kind is not this reference's, and the
            // object's own check below refuses it)
            if let known = pieces?.blocks[reference.id], known.objectKind == reference.kind { return known }
            let assembled: Block
            switch try object(reference.id, kind: reference.kind, parent: parent) {
            case .paragraph(let text):
                assembled = .paragraph(Paragraph(text))
            case .table(let node):
                assembled = .table(try table(node, id: reference.id))
            default:
                throw ModelError.unexpectedKind(reference.id, expected: reference.kind, found: .report)
            }
            pieces?.keep(assembled, as: reference.id)
            return assembled
        }

        mutating func table(_ node: TableNode, id: ObjectID) throws -> Table {
            var rows: [TableRow] = []
            let template = try node.template.map { (templateID: String) throws -> TableTemplate in
                guard let template = TemplateCatalog.standard.table(id: templateID) else {
                    throw ModelError.unknownTemplate(templateID)
                }
                return template
            }
            for rowID in node.rows {
                let row: RowNode
                if let known = pieces?.rows[rowID] {
                    row = known
                } else {
                    guard case .row(let read) = try object(rowID, kind: .row, parent: id) else { continue }
                    row = read
                    pieces?.keep(read, as: rowID)
                }
                let path = row.path ?? template?.row(row.key)?.path ?? [row.key]
                rows.append(TableRow(key: row.key, path: path, cells: row.cells))
            }
            let columns = template.map { $0.columns.map { TableColumn(key: $0.key, path: $0.path) } } ?? node.columns
            return Table(template: node.template, columns: columns, rows: rows)
        }
    }
}

extension Block {
    /// The kind of the object a block is stored as.
    fileprivate var objectKind: ObjectKind {
        switch self {
        case .paragraph: .paragraph
        case .table: .table
        }
    }
}
