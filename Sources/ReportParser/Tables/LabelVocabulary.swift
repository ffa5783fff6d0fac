import ReportModel

/// The labels of one table number (2, 3 or 4) in every format, for anchoring on them in any layout.
///
/// A class of constants: the parser hands a vocabulary on for every line and cell it reads, and a copy of it is then
/// one reference instead of its seven arrays, sets and dictionaries.
final class LabelVocabulary: Sendable {
    /// A row or group label and the ways it can appear.
    struct Entry: Sendable {
        let rowKey: String
        /// Loose key with the number (`1属于国家秘密`) and without it (`属于国家秘密`), as scalar values.
        let full: [UInt32]
        let core: [UInt32]
        /// The first scalars of `full` and `core` (``ScalarMask``): every match needs one of them in the token.
        let firsts: ScalarMask

        init(rowKey: String, full: [UInt32], core: [UInt32]) {
            self.rowKey = rowKey
            self.full = full
            self.core = core
            firsts = ScalarMask(full.prefix(1) + core.prefix(1))
        }

        /// How surely the label matches a token — 5 exactly, 4 without its number, 3 as a prefix, 2 inside a longer
        /// text, 1 cut short at the end of a line — and where in the token it lies; `nil` when it does not match.
        func rank(in token: [UInt32]) -> (rank: Int, span: Range<Int>)? {
            if token == full {
                (5, 0..<full.count)
            } else if core.count >= 3, token == core {
                (4, 0..<core.count)
            } else if full.count >= 4, token.starts(with: full) {
                (3, 0..<full.count)
            } else if core.count >= 4, token.starts(with: core) {
                (3, 0..<core.count)
            } else if full.count >= 5, let start = LabelVocabulary.firstIndex(of: full, in: token) {
                (2, start..<(start + full.count))
            } else if let cut = LabelVocabulary.longestSuffix(of: token, prefixing: full), cut >= 5 {
                (1, (token.count - cut)..<token.count)
            } else {
                nil
            }
        }
    }

    /// A 128-bit summary of the scalars a text holds, to pass over labels that cannot match it before comparing:
    /// a scalar that is in the text has its bit set (a set bit does not prove the scalar is there).
    struct ScalarMask: Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(_ scalars: some Sequence<UInt32>) {
            for value in scalars {
                let bit = UInt64(1) << UInt64(value & 63)
                if value & 64 == 0 { low |= bit } else { high |= bit }
            }
        }

        /// Whether the two masks share a bit: the texts may share a scalar.
        func overlaps(_ other: ScalarMask) -> Bool {
            low & other.low != 0 || high & other.high != 0
        }
    }

    /// What a label token is.
    enum Match: Equatable, Sendable {
        /// A row or group of the table.
        case row(String)
        /// A header, caption, anchor or note text of the table.
        case header
        /// Anything else.
        case unknown
    }

    let number: Int
    let templates: [TableTemplate]
    let entries: [Entry]
    /// The entries of each row key.
    let entriesByRow: [String: [Entry]]
    /// The keys of the rows with cells (not group labels) in any format of the table.
    let dataRowKeys: Set<String>
    let headerKeys: Set<[UInt32]>
    let longHeaderKeys: [[UInt32]]
    let characters: Set<UInt32>

    /// The vocabularies of tables 2, 3 and 4, built once.
    static let standard: [Int: LabelVocabulary] = [
        2: LabelVocabulary(number: 2), 3: LabelVocabulary(number: 3), 4: LabelVocabulary(number: 4),
    ]

    /// The vocabulary of a table number.
    static func of(_ number: Int) -> LabelVocabulary {
        standard[number] ?? LabelVocabulary(number: number)
    }

    init(number: Int, catalog: TemplateCatalog = .standard) {
        self.number = number
        templates = catalog.tables(number: number)
        var entries: [Entry] = []
        var seen: Set<String> = []
        let extraHeaders = ["信息内容", "申请人情况", "项目", "类别", "数据项目", "数量"]
        var headers = Set(extraHeaders.map { LooseKey.scalars($0) })
        var words: [String] = extraHeaders
        for template in templates {
            for row in template.rows {
                for label in [row.label] + row.variants {
                    guard seen.insert("\(row.key)|\(label)").inserted else { continue }
                    let full = LooseKey.scalars(label)
                    let core = LooseKey.scalars(LabelKey(label).withoutNumber.text)
                    entries.append(Entry(rowKey: row.key, full: full, core: core))
                }
                words += row.path + row.variants
            }
            for column in template.columns {
                for label in column.path + column.variants { headers.insert(LooseKey.scalars(label)) }
                words += column.path + column.variants
            }
            for text in template.anchors + [template.name] + (template.note.map { [$0] } ?? []) {
                headers.insert(LooseKey.scalars(text))
                words.append(text)
            }
        }
        self.entries = entries
        self.entriesByRow = Dictionary(grouping: entries, by: \.rowKey)
        self.dataRowKeys = Set(templates.flatMap(\.dataRows).map(\.key))
        self.headerKeys = headers
        self.longHeaderKeys = headers.filter { $0.count >= 6 }
        self.characters = Set(LooseKey.scalars(words.joined() + "表格单位万元件数量"))
    }

    /// Whether a row key is a data row (with cells) in any format of the table.
    func isDataRow(_ key: String) -> Bool { dataRowKeys.contains(key) }

    /// What a token is, matched on its loose key: exactly, as a prefix, inside a longer text, or cut short.
    func match(_ text: String) -> Match { rankedMatch(LooseKey.scalars(text)).match }

    /// What a label token is, and whether it holds words of the clerk's own beside the label it matched: text
    /// that is not made of the table's own characters, outside the label (`…不再处理其政府信息公开申请（第11次修订）`)
    /// or in a token that matched nothing. Such a token is kept whole as a paragraph, so that nothing written vanishes
    /// into a label.
    func read(_ text: String) -> (match: Match, hasOwnText: Bool) {
        let token = LooseKey.scalars(text)
        let ranked = rankedMatch(token)
        // The text before and after the label, each looked at where it lies.
        let ownText =
            !isTemplateText(token[..<ranked.span.lowerBound]) || !isTemplateText(token[ranked.span.upperBound...])
        return (ranked.match, ownText)
    }

    /// The best match of a loose key, and where in it the label or header lies (empty for no match). Row labels
    /// rank by how surely they matched — 5 exactly, 4 without their number, 3 as a prefix, 2 inside a longer text,
    /// 1 cut short at the end of a line — then by length; a header counts only when no row label matches.
    func rankedMatch(_ token: [UInt32]) -> (match: Match, span: Range<Int>) {
        guard !token.isEmpty else { return (.unknown, 0..<0) }
        var best: (rank: Int, span: Range<Int>, key: String)?
        func consider(_ rank: Int, _ span: Range<Int>, _ key: String) {
            if best.map({ (rank, span.count) > ($0.rank, $0.span.count) }) ?? true { best = (rank, span, key) }
        }
        let tokenMask = ScalarMask(token)
        // A label can match only if the token holds its first scalar (or its core's): equal, a prefix, inside, or
        // cut short, the label starts somewhere in the token.
        for entry in entries where entry.firsts.overlaps(tokenMask) {
            if let ranked = entry.rank(in: token) { consider(ranked.rank, ranked.span, entry.rowKey) }
        }
        if let best { return (.row(best.key), best.span) }
        if headerKeys.contains(token) { return (.header, 0..<token.count) }
        if let header = longHeaderKeys.filter({ token.starts(with: $0) }).max(by: { $0.count < $1.count }) {
            return (.header, 0..<header.count)
        }
        return (.unknown, 0..<0)
    }

    /// Whether a loose key's best match (``rankedMatch(_:)``) is the row `key`. The row's own labels are tried first:
    /// a token that none of them matches cannot have the row as its best match, and is answered without ranking the
    /// whole vocabulary (what most lines of a report are, asked whether they start table 3).
    func bestMatch(of token: [UInt32], isRow key: String) -> Bool {
        guard entriesByRow[key]?.contains(where: { $0.rank(in: token) != nil }) == true else { return false }
        return rankedMatch(token).match == .row(key)
    }

    /// Whether every character of a text belongs to the table's own labels: a fragment of a label, not content.
    func isTemplateText(_ text: String) -> Bool { isTemplateText(LooseKey.scalars(text)) }

    /// Whether every scalar of a loose key belongs to the table's own labels, or is a digit.
    func isTemplateText(_ scalars: some Sequence<UInt32>) -> Bool {
        scalars.allSatisfy { characters.contains($0) || (0x30...0x39).contains($0) }
    }

    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: haystack) != nil
    }

    /// Where `needle` first starts in `haystack`.
    static func firstIndex(of needle: [UInt32], in haystack: [UInt32]) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The length of the longest suffix of `token` that `label` starts with (a label cut at the end of a line).
    static func longestSuffix(of token: [UInt32], prefixing label: [UInt32]) -> Int? {
        let limit = min(token.count, label.count - 1)
        guard limit >= 5, let first = label.first else { return nil }
        // Longest first: the suffixes that start with the label's first scalar, from the one furthest back.
        for start in (token.count - limit)...(token.count - 5) where token[start] == first {
            let length = token.count - start
            if token[start...].elementsEqual(label[..<length]) { return length }
        }
        return nil
    }
}
