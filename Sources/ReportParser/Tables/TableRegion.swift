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

    static var vocabularies: [Int: LabelVocabulary] { LabelVocabulary.standard }

    static let table2Caption = LooseKey.scalars("第二十条第")
    static let table3Note = LooseKey.scalars("本列数据的勾稽关系")
    /// A character of ``table3Note`` rare in other text: a key can hold the note only if the text holds it.
    static let noteMark = ScalarSearch(["稽"])
    static let table3Applicants = LooseKey.scalars("申请人情况")
    static let contentHeader = LooseKey.scalars("信息内容")
    static let review = LooseKey.scalars("行政复议")
    static let litigation = LooseKey.scalars("行政诉讼")
    static let countWords = LooseKey.scalars("数")
    static let table4Words = ["结果维持", "结果纠正", "尚未审结", "直接起诉", "复议后起诉"].map { LooseKey.scalars($0) }

    /// The table a line starts, if any; `kind` is what the line reads as (``LineKind/of(_:)``).
    static func start(at line: SourceLine, kind: LineKind) -> Start? {
        let text = line.text
        guard !text.isEmpty, !line.isEscaped else { return nil }
        let prose = isProse(line)
        // A sentence is asked only whether its key is short or starts a caption, unless it may hold table 3's note
        // or, with no sentence punctuation, table 4's column words: the rest of its key is not taken.
        var loose = LooseKey.scalars(text, limit: prose ? 41 : .max)
        if loose.count > 40, prose, noteMark.contains(in: text) || (kind == .text && !isSentence(text)) {
            loose = LooseKey.scalars(text)
        }
        if loose.starts(with: table2Caption), loose.count <= 16 { return .template(2) }
        // The first cell's loose key, taken once for the two tests that read it (the line's own when the cell is the
        // whole line, as in prose).
        let first =
            loose.count <= 40 || !prose ? line.cells.first.map { $0 == text ? loose : LooseKey.scalars($0) } : nil
        if loose.count <= 40, let first, first == contentHeader,
            loose.contains(where: countWords.contains) || loose.count == 4
        {
            return .template(2)
        }
        if LabelVocabulary.contains(loose, table3Note) || (loose.starts(with: table3Applicants) && loose.count <= 16) {
            return .template(3)
        }
        if let first, !prose, vocabularies[3]?.bestMatch(of: first, isRow: Table3Row.received.rawValue) == true {
            return .template(3)
        }
        if kind == .text, !isSentence(text) {
            // The header's first words (`行政复议`), or its whole header in running text or in one Markdown row with
            // its merged cells flattened (`| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 行政诉讼 |`).
            let opens = loose.starts(with: review) || loose.starts(with: litigation)
            let short = opens && loose.count <= 24 && (loose.starts(with: review) || loose.count <= 12)
            let columnWords = table4Words.filter { LabelVocabulary.contains(loose, $0) }.count
            if short || (opens && columnWords >= 2) || columnWords >= 3 { return .template(4) }
        }
        guard line.hasPipe else { return nil }
        let trimmed = line.raw.trimmingLayoutSpace()
        if trimmed.hasBytePrefix("|"), trimmed.utf8.dropFirst().contains(UInt8(ascii: "|")),
            !CellTokenizer.isMarkdownRule(trimmed)
        {
            return .grid
        }
        return nil
    }

    /// Whether a line still belongs to a template table of `number`: anything but a heading or a sentence
    /// that is not one of the table's own labels.
    static func continues(_ number: Int, at line: SourceLine, kind: LineKind, start: Start?) -> Bool {
        guard !line.isBlank, !line.isPageNumber else { return true }
        if line.isEscaped { return false }
        if let start, start != .template(number), start != .grid { return false }
        let matches = line.cells.contains { cell in
            CellToken.isValueText(cell) || vocabularies[number]?.match(cell) != .unknown
        }
        if matches { return true }
        if line.hasPipe || line.hasTab { return true }
        // A short fragment of the table's own labels (`（三）不`, `予公开`), cut off by a converter.
        if line.length <= 12, vocabularies[number]?.isTemplateText(line.text) == true { return true }
        return kind == .text && !isProse(line)
    }

    /// Whether a line still belongs to a grid: it has a `|`.
    static func continuesGrid(at line: SourceLine) -> Bool {
        line.hasPipe
    }

    /// Text with the punctuation of a sentence (`行政复议案件2件，…`), which no table header has.
    static func isSentence(_ text: String) -> Bool {
        sentencePunctuation.contains(in: text)
    }

    /// The punctuation ``isSentence(_:)`` looks for.
    static let sentencePunctuation = ScalarSearch(["。", "，", "；", ",", ";"])

    /// A sentence: long text with sentence punctuation.
    static func isProse(_ line: SourceLine) -> Bool {
        let text = line.text
        let count = line.length
        if count >= 20, LineKind.sentenceEnds.contains(in: text) { return true }
        return count >= 30 && commas.contains(in: text)
    }

    /// The commas of a long sentence without a sentence end (``isProse(_:)``).
    static let commas = ScalarSearch(["，", ","])

}
