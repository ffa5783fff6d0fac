// How big a revision is as a pull pack carries it, for many revisions in one reading.

import GRDB
import ReportModel

/// Measures revisions as a pull pack carries them (``StoreReading/revisionSize(_:)``). It remembers what it met: each
/// object's canonical bytes are rebuilt once, and a revision whose content (its root and original, the references
/// that are not parents) was measured before costs only its own object. A node that receives many revisions sharing
/// one large report thus measures the report once, not once a revision.
struct RevisionSizer {
    private var graph: ObjectGraphWalk
    private var reader: ObjectReader
    /// The canonical bytes of the rows measured.
    private var bytes: [Int64: Int] = [:]
    /// The objects and bytes of each content measured, by the rows a revision refers to besides its parents.
    private var contents: [[Int64]: (objects: Int, bytes: Int)] = [:]
    private let revisionCode = CompactBody.code(of: .revision)

    init(db: Database, reader: ObjectReader) {
        graph = ObjectGraphWalk(db: db)
        graph.keepsBodies = true
        self.reader = reader
    }

    /// The objects and canonical bytes of the revision at `row`: itself, and the closure of its content, each once.
    ///
    /// - Throws: ``StoreError/objectNotFound(_:)`` when `row` is nil; ``StoreError/damagedObject(_:detail:)`` for an
    ///   unreadable body.
    mutating func size(ofRow row: Int64?, id: ObjectID) throws -> (objects: Int, bytes: Int) {
        guard let row else { throw StoreError.objectNotFound(id) }
        let node = try graph.node(row)
        var content: [Int64] = []
        for child in node.children where try graph.node(child).kind != revisionCode { content.append(child) }
        let own = try canonicalBytes(ofRow: row, kind: node.kind)
        if let known = contents[content] { return (known.objects + 1, known.bytes + own) }
        var visited = Set<Int64>()
        var planned: [(row: Int64, kind: Int)] = []
        for child in content { try graph.postOrder(from: child, visited: &visited, into: &planned) }
        var total = 0
        for entry in planned { total += try canonicalBytes(ofRow: entry.row, kind: entry.kind) }
        contents[content] = (planned.count, total)
        return (planned.count + 1, total + own)
    }

    /// The canonical bytes of one stored object, rebuilt the first time it is met.
    private mutating func canonicalBytes(ofRow row: Int64, kind: Int) throws -> Int {
        if let known = bytes[row] { return known }
        let object = try graph.plannedObject(ofRow: row, kind: kind)
        guard let rebuilt = try reader.object(object) else { throw StoreError.objectNotFound(object.id) }
        bytes[row] = rebuilt.bytes.count
        return rebuilt.bytes.count
    }
}
