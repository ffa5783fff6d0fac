import ReportModel

/// Step 1 of reading a template table: the cells of its lines as tokens in reading order, each a value or a label
/// matched against the table's vocabulary.
struct TableTokens {
    /// A token and what its text matched.
    struct Entry {
        var token: CellToken
        var match: LabelVocabulary.Match
    }

    /// The tokens in reading order.
    private(set) var entries: [Entry] = []
    /// Label text that is not part of the table (a sentence inside the region): kept as paragraphs.
    private(set) var stray: [(line: Int, text: String)] = []

    init(lines: [SourceLine], vocabulary: LabelVocabulary) {
        for (index, line) in lines.enumerated() {
            read(line, index: index, vocabulary: vocabulary)
        }
    }

    private mutating func read(_ line: SourceLine, index: Int, vocabulary: LabelVocabulary) {
        let cells = line.cells
        // Chinese numerals are a cell's content where the cell is marked off (`|`, tab) or alone on its line; in
        // words separated by spaces, or alone as one character (三), they are more likely a label spaced out or
        // spread over lines by a PDF than a number.
        let marked = line.hasPipe || line.hasTab
        var tokens: [CellToken] = []
        tokens.reserveCapacity(cells.count)
        for (place, cell) in cells.enumerated() {
            let numerals = marked || (cells.count == 1 && !Self.isSectionNumeral(cell))
            let isValue = CellText.isMissingMark(cell) || CellText.isCellContent(cell, chineseNumerals: numerals)
            let token = CellToken(
                text: cell, line: line.number, lineIndex: index, isValue: isValue, cell: marked ? place : nil)
            if isValue || marked || !cell.utf8.contains(UInt8(ascii: " ")) {
                tokens.append(token)
            } else {
                tokens += Self.words(of: token, vocabulary: vocabulary)
            }
        }
        // What each label token reads as, in order (one array, not one of labels and one of matches beside it).
        var readings: [(match: LabelVocabulary.Match, hasOwnText: Bool)] = []
        readings.reserveCapacity(tokens.count)
        for token in tokens where !token.isValue { readings.append(vocabulary.read(token.text)) }
        let hasDataRow = readings.contains {
            if case .row(let key) = $0.match { vocabulary.isDataRow(key) } else { false }
        }
        if line.hasPipe || line.hasTab, hasDataRow {
            Self.takeWrittenValues(&tokens, &readings, vocabulary: vocabulary, trailing: line.hasPipe)
        }
        let hasFilledValue = tokens.contains(where: \.isFilledValue)
        // Labels without a value or a row label, three or more of them or on a `|` line, are a header row:
        // nothing in it starts a row.
        let isHeaderLine =
            !hasFilledValue && !hasDataRow && (readings.count >= 3 || (line.hasPipe && !readings.isEmpty))
        var labelIndex = 0
        for token in tokens {
            if token.isValue {
                // Blank cells count only on a row's line (a row's empty cell), never on header or spacer lines.
                if token.isBlank, isHeaderLine || (!hasFilledValue && !hasDataRow) { continue }
                entries.append(Entry(token: token, match: .unknown))
                continue
            }
            let own = readings[labelIndex]
            let match = isHeaderLine ? .header : own.match
            labelIndex += 1
            // Words of the clerk's own — in a token that matches no label, or beside the label in the same cell
            // (`…申请（第11次修订）`), on a header line too, where they would otherwise vanish with the header
            // (`（本列数据的勾稽关系…） | 另有说明`) — are kept as a paragraph; the label still places its row.
            if own.hasOwnText { stray.append((token.line, token.text)) }
            entries.append(Entry(token: token, match: match))
        }
    }

    /// On a `|` or tab-separated row of a data row's label, the cells after the label that are no label are the
    /// row's values as written (`100（其中99件）`, `190 （注1）`, `不涉及`, `0.5万`): the cells are marked off, so such a
    /// cell is no label spread over the line. They were read as words of the clerk's own, kept as a paragraph, and
    /// the row left missing — so that a text export, committed again, lost the rows of every cell holding a note, and
    /// one note in a tab-separated row made its other numbers "belong to no row" (文字顺序错乱). On a tab-separated
    /// row (`trailing` false) a cell after the row's last value stays words of the clerk's own: a note typed after
    /// the numbers (`⇥（注：含网上申请）`) is no eighth value.
    private static func takeWrittenValues(
        _ tokens: inout [CellToken], _ readings: inout [(match: LabelVocabulary.Match, hasOwnText: Bool)],
        vocabulary: LabelVocabulary, trailing: Bool
    ) {
        var labelIndex = 0
        var afterRowLabel = false
        var kept: [(match: LabelVocabulary.Match, hasOwnText: Bool)] = []
        let lastValue = tokens.lastIndex { $0.isFilledValue } ?? -1
        for (index, token) in tokens.enumerated() where !token.isValue {
            let reading = readings[labelIndex]
            labelIndex += 1
            if afterRowLabel, reading.match == .unknown, !token.isBlank, trailing || index < lastValue {
                tokens[index] = CellToken(
                    text: token.text, line: token.line, lineIndex: token.lineIndex, isValue: true, cell: token.cell)
                continue
            }
            if case .row(let key) = reading.match, vocabulary.isDataRow(key) { afterRowLabel = true }
            kept.append(reading)
        }
        readings = kept
    }

    /// `一` … `十`: alone, the number of a heading more often than a cell's.
    static func isSectionNumeral(_ text: String) -> Bool {
        let bare = text.trimmingLayoutSpace()
        return bare.unicodeScalars.count == 1 && bare != "零" && bare != "〇" && ChineseNumerals.integer(bare) != nil
    }

    /// A label of words separated by single spaces, from running text (`三、本年度办理结果 （一）予以公开`): its
    /// words when one of them is a row label (the group labels before it are words of their own); else the label
    /// whole (`三 、本 年 度`).
    static func words(of token: CellToken, vocabulary: LabelVocabulary) -> [CellToken] {
        let words = token.text.pieces(separatedBy: UInt8(ascii: " ")).filter { !$0.isEmpty }
        let namesRow = words.contains { word in
            if case .row(let key) = vocabulary.match(word) { vocabulary.isDataRow(key) } else { false }
        }
        guard namesRow else { return [token] }
        return words.map { CellToken(text: $0, line: token.line, lineIndex: token.lineIndex, isValue: false) }
    }
}
