import ReportModel

/// The outcome of merging one value three ways.
enum ValueMergeOutcome<Value> {
    /// The sides agree, or only one changed the value.
    case clean(Value)
    /// Both changed it, differently.
    case conflict
}

/// Three-way merge of single values, and the comparison forms merge uses to tell a change from noise.
enum ValueMerge {
    /// Merges a value three ways: the side that changed it wins; both changing it the same way is no conflict.
    ///
    /// `same` says whether two values are the same content (whitespace aside). When the sides agree in content
    /// but not to the letter, the result does not depend on which side is "ours": the one that differs from the
    /// base, or the smaller by `order`.
    ///
    /// - Complexity: O(1) calls of `same`.
    static func merge<Value: Equatable>(
        base: Value, ours: Value, theirs: Value, same: (Value, Value) -> Bool, order: (Value, Value) -> Bool
    ) -> ValueMergeOutcome<Value> {
        if same(ours, theirs) {
            if ours == theirs || theirs == base { return .clean(ours) }
            if ours == base { return .clean(theirs) }
            return .clean(order(ours, theirs) ? ours : theirs)
        }
        if same(base, ours) { return .clean(theirs) }
        if same(base, theirs) { return .clean(ours) }
        return .conflict
    }

    /// Merges optional texts, compared by their comparison form.
    static func text(base: String?, ours: String?, theirs: String?) -> ValueMergeOutcome<String?> {
        merge(base: base, ours: ours, theirs: theirs, same: sameText, order: { ($0 ?? "") < ($1 ?? "") })
    }

    /// Whether two optional texts are the same up to whitespace and width; `nil` equals only `nil`.
    static func sameText(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case (let lhs?, let rhs?): lhs == rhs || TextKey.make(lhs) == TextKey.make(rhs)
        default: false
        }
    }

    /// The comparison form of a section, its subsections included.
    static func fingerprint(_ section: Section) -> String {
        var parts = ["§" + TextKey.make(section.heading)]
        parts += section.blocks.map(fingerprint)
        parts += section.sections.map(fingerprint)
        return parts.joined(separator: "\u{1F}")
    }

    /// The comparison form of a block.
    static func fingerprint(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): "¶" + TextKey.make(paragraph.text)
        case .table(let table): fingerprint(table)
        }
    }

    /// The comparison form of a table: its template and every cell (numbers by value).
    static func fingerprint(_ table: Table) -> String {
        var parts = ["▦" + (table.template ?? "")]
        for row in table.rows {
            for cell in row.cells {
                let text = cell.text.map { CellText.number($0).map { "\($0)" } ?? TextKey.make($0) } ?? "∅"
                parts.append("\(row.key)\u{1E}\(cell.column)\u{1E}\(text)")
            }
        }
        return parts.joined(separator: "\u{1F}")
    }
}
