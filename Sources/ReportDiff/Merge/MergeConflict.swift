import Foundation
public import ReportModel

/// A side of a three-way merge.
public enum MergeSide: String, Sendable, Hashable, Codable, CaseIterable {
    /// The caller's version (the first changed version given to the merge).
    case ours
    /// The other version.
    case theirs

    /// The other side.
    public var mirrored: MergeSide { self == .ours ? .theirs : .ours }
}

/// The content of a unit in one version, as a merge conflict shows it.
public enum MergeValue: Sendable, Hashable {
    /// A text: a field, a heading, a paragraph or a cell (`nil`: a cell that could not be read).
    case text(String?)
    /// A whole section.
    case section(Section)
    /// A whole table.
    case table(Table)
    /// The order of a section's parts, by their unit ids.
    case order([String])

    /// A one-line description for a person. A text is shown without the spaces around it (a cell read from a web
    /// page may end in a no-break space: `底稿：0 ` read as if something followed).
    public var summary: String {
        switch self {
        case .text(let text): text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "（缺失）"
        case .section(let section): "\(section.heading)（\(section.allParagraphs.count) 段）"
        case .table(let table): "\(table.template ?? "表格")（\(table.cells.count) 个单元格）"
        case .order(let units): units.joined(separator: ", ")
        }
    }
}

/// A unit changed two ways: its content in the base and on each side (`nil` where the unit is absent).
public struct MergeConflict: Sendable, Hashable {
    /// How the two sides disagree.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Both sides changed the unit, differently.
        case bothChanged = "both-changed"
        /// Ours changed the unit; theirs deleted it.
        case changedDeleted = "changed-deleted"
        /// Ours deleted the unit; theirs changed it.
        case deletedChanged = "deleted-changed"
        /// Both sides added the unit, differently.
        case bothAdded = "both-added"
        /// Both sides reordered the parts of a section, differently.
        case order
        /// Both sides moved a paragraph, to different sections.
        case bothMoved = "both-moved"
        /// With no common version: ours has a paragraph at a place where theirs has none.
        case onlyOurs = "only-ours"
        /// With no common version: theirs has a paragraph at a place where ours has none.
        case onlyTheirs = "only-theirs"

        /// The kind seen from the other side.
        public var mirrored: Kind {
            switch self {
            case .changedDeleted: .deletedChanged
            case .deletedChanged: .changedDeleted
            case .onlyOurs: .onlyTheirs
            case .onlyTheirs: .onlyOurs
            default: self
            }
        }
    }

    /// The unit, usable as `--unit ID` and as a key of the resolutions passed to ``ReportMerge/merge(base:ours:theirs:resolutions:)``.
    public var unit: UnitID
    /// How the sides disagree.
    public var kind: Kind
    /// The unit in the base, `nil` when the base lacks it.
    public var base: MergeValue?
    /// The unit in our version, `nil` when ours deleted it (or lacks it).
    public var ours: MergeValue?
    /// The unit in their version, `nil` when theirs deleted it (or lacks it).
    public var theirs: MergeValue?
    /// For a paragraph both sides edited in overlapping places: the paragraph as merged, its edits that do not
    /// overlap applied, with each overlapping span given on the three sides; empty for other conflicts.
    ///
    /// Taking a side for this unit takes that side's text of each span and keeps the merged text around them.
    public var pieces: [MergedTextPiece]

    /// Creates a conflict.
    public init(
        unit: UnitID, kind: Kind, base: MergeValue?, ours: MergeValue?, theirs: MergeValue?,
        pieces: [MergedTextPiece] = []
    ) {
        self.unit = unit
        self.kind = kind
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.pieces = pieces
    }

    /// The spans both sides edited differently (of a paragraph conflict), in reading order.
    public var spans: [MergedTextPiece.Span] {
        pieces.compactMap { piece in
            if case .conflict(let span) = piece { return span }
            return nil
        }
    }

    /// The same conflict seen from the other side.
    public var mirrored: MergeConflict {
        MergeConflict(
            unit: unit, kind: kind.mirrored, base: base, ours: theirs, theirs: ours, pieces: pieces.map(\.mirrored))
    }
}
