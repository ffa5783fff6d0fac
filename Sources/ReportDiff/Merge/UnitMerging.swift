import ReportModel

/// How one kind of unit — a text, a cell, a block, a section — goes through the three-way case analysis of
/// ``MergeContext/merge(base:ours:theirs:unit:as:)``.
struct UnitMerging<Unit: Equatable> {
    /// The comparison form: two versions with equal forms are the same content (whitespace and width aside).
    var fingerprint: (Unit) -> String
    /// The unit as a conflict shows it.
    var value: (Unit) -> MergeValue
    /// Whether the unit holds paragraphs that may have moved in from elsewhere (a section, the preamble): such a
    /// unit, when kept, is always merged part by part, never taken whole from the side that changed it.
    var isContainer = false
    /// Merges the unit part by part when the two sides changed it differently (`base` is `nil` when both added
    /// it; for a container, one side may be `nil` too); `nil` when it cannot be merged by parts, which makes the
    /// whole unit a conflict.
    var mergeParts: ((inout MergeContext, _ base: Unit?, _ ours: Unit?, _ theirs: Unit?, UnitID) -> Unit?)?
}

extension MergeContext {
    /// The one three-way case analysis of the merge, for every kind of unit: the merged unit and whose order it
    /// follows (`nil`: both sides'), or `nil` when the merge drops it.
    ///
    /// | base | ours | theirs | result |
    /// | --- | --- | --- | --- |
    /// | any | – | – | dropped |
    /// | – | O | – | O (ours' order); a container merged by parts — with no common version (``ReportMerge/noCommonVersion``), an `only-ours` conflict first, and dropped when theirs is chosen (the mirror for T) |
    /// | B | – | T | dropped when T is B in content; else a `deleted-changed` conflict |
    /// | any | O | T | the agreed version when O and T are the same content (the one that differs from B, or the smaller by its text, so that the order of the sides does not matter); T when O is B; O when T is B; else merged by parts; else a `both-changed` (or, with no base, `both-added`) conflict |
    ///
    /// A container is merged by parts whenever both sides keep it and the base has it, since a paragraph may have
    /// moved into it from another section.
    ///
    /// - Complexity: O(1) fingerprints, plus what merging by parts costs.
    mutating func merge<Unit>(
        base b: Unit?, ours o: Unit?, theirs t: Unit?, unit: UnitID, as kind: UnitMerging<Unit>
    ) -> (unit: Unit, side: MergeSide?)? {
        switch (b, o, t) {
        case (_, nil, nil):
            return nil
        case (nil, let added?, nil), (nil, nil, let added?):
            let side: MergeSide = o == nil ? .theirs : .ours
            if kind.isContainer, layout.hasNoCommonVersion {
                // (a section one side has and the other has not, with no common version, is a side's to keep or
                // leave as a whole, like a paragraph: its heading never stays without its paragraphs — rv100 F3)
                let chosen = decide(
                    MergeConflict(
                        unit: unit, kind: side == .ours ? .onlyOurs : .onlyTheirs, base: nil, ours: o.map(kind.value),
                        theirs: t.map(kind.value)))
                guard chosen == side else { return nil }
            }
            if kind.isContainer, let merged = kind.mergeParts?(&self, nil, o, t, unit) { return (merged, side) }
            return (added, side)
        case (let b?, nil, let kept?), (let b?, let kept?, nil):
            if kind.fingerprint(b) == kind.fingerprint(kept) { return nil }
            let keptSide: MergeSide = o == nil ? .theirs : .ours
            let side = decide(
                MergeConflict(
                    unit: unit, kind: o == nil ? .deletedChanged : .changedDeleted, base: kind.value(b),
                    ours: o.map(kind.value), theirs: t.map(kind.value)))
            return side == keptSide ? (kept, keptSide) : nil
        case (_, let o?, let t?):
            if !kind.isContainer || b == nil {
                let oursForm = kind.fingerprint(o)
                let theirsForm = kind.fingerprint(t)
                if oursForm == theirsForm { return (Self.agreed(base: b, ours: o, theirs: t), nil) }
                if !kind.isContainer, let b {
                    let baseForm = kind.fingerprint(b)
                    if baseForm == oursForm { return (t, nil) }
                    if baseForm == theirsForm { return (o, nil) }
                }
            }
            if let merged = kind.mergeParts?(&self, b, o, t, unit) { return (merged, nil) }
            let side = decide(
                MergeConflict(
                    unit: unit, kind: b == nil ? .bothAdded : .bothChanged, base: b.map(kind.value),
                    ours: kind.value(o), theirs: kind.value(t)))
            return (side == .ours ? o : t, nil)
        }
    }

    /// Of two versions with the same content, the one the merge keeps whichever side is ours: the one that
    /// differs from the base to the letter, else the smaller by its description.
    static func agreed<Unit: Equatable>(base: Unit?, ours: Unit, theirs: Unit) -> Unit {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        return String(describing: ours) < String(describing: theirs) ? ours : theirs
    }

    /// Merges a text that every version has (a field, a heading), compared by its comparison form; `nil` stands
    /// for a text that is not there.
    mutating func mergeText(_ unit: UnitID, base: String?, ours: String?, theirs: String?) -> String? {
        merge(base: .some(base), ours: .some(ours), theirs: .some(theirs), unit: unit, as: .text)?.unit ?? ours
    }
}

extension UnitMerging where Unit == String? {
    /// A text: a field, a heading, a cell (whose numbers compare by value).
    static var text: Self {
        UnitMerging(fingerprint: UnitFingerprint.text, value: MergeValue.text)
    }

    /// A table cell: numbers by value, the marks for "nothing here" alike, `nil` (missing) only as itself.
    static var cell: Self {
        UnitMerging(fingerprint: UnitFingerprint.cell, value: MergeValue.text)
    }
}
