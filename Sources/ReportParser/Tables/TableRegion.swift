import ReportModel

/// Where tables start and end in the text.
enum TableRegion {
    /// What a line starts.
    enum Start: Equatable {
        /// Template table 2, 3 or 4.
        case template(Int)
        /// A grid that matches no template: Markdown `| a | b |` rows.
        case grid
    }

    static let vocabularies: [Int: LabelVocabulary] = [
        2: LabelVocabulary(number: 2), 3: LabelVocabulary(number: 3), 4: LabelVocabulary(number: 4),
    ]

    /// The table a line starts, if any.
    static func start(at line: SourceLine) -> Start? {
        let text = line.text
        guard !text.isEmpty else { return nil }
        let loose = LooseKey.make(text)
        if loose.hasPrefix("第二十条第"), loose.count <= 16 { return .template(2) }
        if loose.count <= 40, firstCellKey(line) == "信息内容", loose.contains("数") || loose.count == 4 {
            return .template(2)
        }
        if loose.contains("本列数据的勾稽关系") || (loose.hasPrefix("申请人情况") && loose.count <= 16) {
            return .template(3)
        }
        if let first = CellTokenizer.cells(of: line).first,
            vocabularies[3]?.match(first) == .row("received"), !isProse(text)
        {
            return .template(3)
        }
        if loose.count <= 24, loose.hasPrefix("行政复议") || (loose.hasPrefix("行政诉讼") && loose.count <= 12),
            !isHeading(line)
        {
            return .template(4)
        }
        let trimmed = line.raw.trimmingLayoutSpace()
        if trimmed.hasPrefix("|"), trimmed.dropFirst().contains("|"), !CellTokenizer.isMarkdownRule(trimmed) {
            return .grid
        }
        return nil
    }

    /// Whether a line still belongs to a template table of `number`: anything but a heading or a sentence
    /// that is not one of the table's own labels.
    static func continues(_ number: Int, at line: SourceLine) -> Bool {
        guard !line.isBlank, !line.isPageNumber else { return true }
        if let start = start(at: line), start != .template(number), start != .grid { return false }
        let matches = CellTokenizer.cells(of: line).contains { cell in
            vocabularies[number]?.match(cell) != .unknown || CellToken.isValueText(cell)
        }
        if matches { return true }
        if line.raw.contains("|") || line.raw.contains("\t") { return true }
        // A short fragment of the table's own labels (`（三）不`, `予公开`), cut off by a converter.
        if line.text.count <= 12, vocabularies[number]?.isTemplateText(line.text) == true { return true }
        return !isHeading(line) && !isProse(line.text)
    }

    /// Whether a line still belongs to a grid: it has a `|`.
    static func continuesGrid(at line: SourceLine) -> Bool {
        line.raw.contains("|")
    }

    static func isHeading(_ line: SourceLine) -> Bool {
        switch LineKind.of(line) {
        case .text: false
        default: true
        }
    }

    /// A sentence: long text with sentence punctuation.
    static func isProse(_ text: String) -> Bool {
        let count = text.count
        if count >= 20, text.unicodeScalars.contains(where: { LineKind.sentenceEnds.contains($0) }) { return true }
        return count >= 30 && (text.contains("，") || text.contains(","))
    }

    static func firstCellKey(_ line: SourceLine) -> String? {
        CellTokenizer.cells(of: line).first.map { LooseKey.make($0) }
    }
}
