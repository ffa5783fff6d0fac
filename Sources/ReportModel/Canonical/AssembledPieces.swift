// The sections, paragraphs and tables of reports already put together from their objects: the revisions of one report
// share most of them, and rebuilding each revision's document from scratch read, checked and decoded them again.

/// Pieces of reports already assembled from their objects, by id, shared by every report rebuilt with them
/// (``ObjectGraph/report(root:sharing:load:)``).
///
/// An id names its content, so a piece assembled once is the same in every report that holds it: the second revision
/// of a report whose first is assembled reads only the pieces its edit changed — the root, the changed section,
/// block and row, not the sections and rows around them. A history page of 27 revisions rebuilt each whole before
/// this.
///
/// Made for one transaction (the store keeps one in each) or one walk, and dropped with it; it starts again after
/// ``limit`` pieces, so a walk over thousands of revisions holds only the latest.
public final class AssembledPieces {
    /// The most pieces (sections, blocks and rows) kept at once: the 25 reports of `Scripts/bench-sync`'s county hold about
    /// 2,000 pieces in their latest revisions.
    public static let limit = 20_000

    private(set) var sections: [ObjectID: Section] = [:]
    private(set) var blocks: [ObjectID: Block] = [:]
    /// Rows as stored: a row's path comes from its table's template, so a row is kept before it is put in a table.
    private(set) var rows: [ObjectID: RowNode] = [:]

    /// An empty set of pieces.
    public init() {}

    func keep(_ section: Section, as id: ObjectID) {
        makeRoom()
        sections[id] = section
    }

    func keep(_ block: Block, as id: ObjectID) {
        makeRoom()
        blocks[id] = block
    }

    func keep(_ row: RowNode, as id: ObjectID) {
        makeRoom()
        rows[id] = row
    }

    private func makeRoom() {
        guard sections.count + blocks.count + rows.count >= Self.limit else { return }
        sections.removeAll(keepingCapacity: true)
        blocks.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
    }
}
