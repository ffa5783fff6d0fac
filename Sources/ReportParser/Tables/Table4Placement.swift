import ReportModel

/// Step 2 for table 4, whose one row has no label of its own: its numbers follow the header, as one run of fifteen
/// (the header's merged cells flattened or not), or as three runs of five, each under the name of its group
/// (行政复议, 未经复议直接起诉, 复议后起诉) as web pages and Markdown conversions split it.
///
/// A run is values with nothing between them. Runs that fit neither shape (header words interleaved with the
/// numbers, as a scrambled extraction gives them) prove nothing: the table is unreadable and every cell missing.
enum Table4Placement {
    private struct Run {
        var values: [CellToken] = []
        var group: Table4Group?
    }

    static func place(_ entries: [TableTokens.Entry], template: TableTemplate) -> TablePlacement {
        var placement = TablePlacement()
        guard let row = template.dataRows.first else { return placement }
        let width = template.columns(of: row).count
        let groupWidth = Table4Part.allCases.count
        var runs: [Run] = []
        var current = Run()
        var group: Table4Group?
        for entry in entries {
            if entry.token.isValue {
                if current.values.isEmpty { current.group = group }
                current.values.append(entry.token)
                continue
            }
            if !current.values.isEmpty {
                runs.append(current)
                current = Run()
                group = nil
            }
            if let named = Self.group(named: entry.token.text) { group = named }
        }
        if !current.values.isEmpty { runs.append(current) }
        runs = runs.filter { $0.values.contains(where: \.isFilledValue) }
        guard !runs.isEmpty else { return placement }
        placement.rowsWithValues = [row.key]
        if runs.count == 1, let run = runs.first {
            let values = TablePlacement.droppingLayoutBlanks(run.values, width: width)
            if values.count == width {
                placement.rows = [
                    TablePlacement.Row(
                        key: row.key, label: row.label, cells: values.map(Optional.some), isOnLabelLine: true)
                ]
                return placement
            }
        }
        let groups = runs.compactMap(\.group)
        let trimmed = runs.map { TablePlacement.droppingLayoutBlanks($0.values, width: groupWidth) }
        if groups.count == runs.count, Set(groups).count == groups.count, trimmed.allSatisfy({ $0.count == groupWidth })
        {
            // Each group's five values under its own name: a partial row; the groups the text lacks stay missing.
            var cells = [CellToken?](repeating: nil, count: width)
            for (group, values) in zip(groups, trimmed) {
                guard let offset = Table4Group.allCases.firstIndex(of: group) else { continue }
                for (index, value) in values.enumerated() { cells[offset * groupWidth + index] = value }
            }
            placement.rows = [TablePlacement.Row(key: row.key, label: row.label, cells: cells, isOnLabelLine: true)]
            return placement
        }
        placement.unreadable = true
        placement.orphans = runs.flatMap(\.values)
        return placement
    }

    /// The group a header text names, if it names one alone: 行政诉讼 without a kind of suit names none.
    static func group(named text: String) -> Table4Group? {
        let key = LooseKey.scalars(text)
        let direct = LabelVocabulary.contains(key, names.direct)
        let afterReview = LabelVocabulary.contains(key, names.afterReview)
        let review = LabelVocabulary.contains(key, names.review)
        switch (review, direct, afterReview) {
        case (_, true, false): return .suitDirect
        case (_, false, true): return .suitAfterReview
        case (true, false, false): return LabelVocabulary.contains(key, names.litigation) ? nil : .review
        default: return nil
        }
    }

    static let names = (
        direct: LooseKey.scalars("直接起诉"), afterReview: LooseKey.scalars("复议后起诉"),
        review: LooseKey.scalars("行政复议"), litigation: LooseKey.scalars("行政诉讼")
    )
}
