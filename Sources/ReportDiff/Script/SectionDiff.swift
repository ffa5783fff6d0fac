/// One side of an aligned section: where it is and how its heading reads.
public struct SectionSide: Sendable, Hashable, Codable {
    /// The indices from the top level down.
    public var path: [Int]
    /// The section's unit id in its report.
    public var unit: UnitID
    /// The heading as typed.
    public var heading: String
    /// The number as typed (`（二）`), or `nil` when the heading has none.
    public var number: String?
    /// The numbers of the section and of the sections above it, as typed, from the top down; a section without a
    /// number stands as its title (`["三、", "（二）"]`, `["存在的主要问题及改进情况"]`).
    public var numberPath: [String]
    /// The title: the heading without its number.
    public var title: String

    /// Creates a section side.
    public init(path: [Int], unit: UnitID, heading: String, number: String?, numberPath: [String], title: String) {
        self.path = path
        self.unit = unit
        self.heading = heading
        self.number = number
        self.numberPath = numberPath
        self.title = title
    }
}

/// How one section changed: its two sides, what happened to it, and the diffs of its blocks and subsections.
public struct SectionDiff: Sendable, Hashable {
    /// The summary of what happened: added, removed, modified, moved, renumbered or unchanged.
    ///
    /// A section that both moved and changed is `modified` with ``isMoved`` set; ``isRenumbered`` and
    /// ``isRetitled`` likewise say what else happened.
    public var status: ChangeStatus
    /// The section in the older report, or `nil` when it was added.
    public var old: SectionSide?
    /// The section in the newer report, or `nil` when it was removed.
    public var new: SectionSide?
    /// Whether the section is at another place among its siblings, or under another parent.
    public var isMoved: Bool
    /// Whether its number changed in value or style (`（二）` → `（一）`, `(一)` → `1.`); `(一)` and `（一）` are the same.
    public var isRenumbered: Bool
    /// Whether its title changed (whitespace, punctuation width and the year moving on aside).
    public var isRetitled: Bool
    /// The diffs of the section's own blocks, in reading order (removed blocks where they stood).
    public var blocks: [BlockDiff]
    /// The diffs of its subsections, in reading order.
    public var subsections: [SectionDiff]

    /// Creates a section diff.
    public init(
        status: ChangeStatus, old: SectionSide?, new: SectionSide?, isMoved: Bool = false,
        isRenumbered: Bool = false, isRetitled: Bool = false, blocks: [BlockDiff] = [],
        subsections: [SectionDiff] = []
    ) {
        self.status = status
        self.old = old
        self.new = new
        self.isMoved = isMoved
        self.isRenumbered = isRenumbered
        self.isRetitled = isRetitled
        self.blocks = blocks
        self.subsections = subsections
    }

    /// The side shown for the section: the newer one, or the older one when it was removed.
    public var shown: SectionSide {
        // A diff always has at least one side; the fallback is never reached.
        new ?? old ?? SectionSide(path: [], unit: .report, heading: "", number: nil, numberPath: [], title: "")
    }

    /// The section's unit id (in the newer report, or in the older one when it was removed).
    public var unit: UnitID { shown.unit }

    /// This section and every section below it, in reading order.
    public var flattened: [SectionDiff] {
        [self] + subsections.flatMap(\.flattened)
    }

    /// Whether the section's own content differs: its title, its blocks or its subsections.
    var contentChanged: Bool {
        if isRetitled { return true }
        for index in blocks.indices {
            switch blocks[index] {
            case .paragraph(let paragraph) where paragraph.status.isChange: return true
            case .table(let table) where table.status.isChange: return true
            default: continue
            }
        }
        return subsections.indices.contains { subsections[$0].status.isChange }
    }

    /// Sets ``status`` from the flags and the content.
    mutating func settleStatus() {
        guard old != nil, new != nil else { return }
        status =
            contentChanged ? .modified : isMoved ? .moved : isRenumbered ? .renumbered : .unchanged
    }
}
