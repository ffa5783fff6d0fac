import ReportModel

/// The labels of one table number (2, 3 or 4) in every format, for anchoring on them in any layout.
struct LabelVocabulary: Sendable {
    /// A row or group label and the ways it can appear.
    struct Entry: Sendable {
        let rowKey: String
        /// Loose key with the number (`1属于国家秘密`) and without it (`属于国家秘密`).
        let full: String
        let core: String
    }

    /// What a label token is.
    enum Match: Equatable {
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
    let headerKeys: Set<String>
    let characters: Set<Unicode.Scalar>

    init(number: Int, catalog: TemplateCatalog = .standard) {
        self.number = number
        templates = catalog.tables(number: number)
        var entries: [Entry] = []
        var seen: Set<String> = []
        let extraHeaders = ["信息内容", "申请人情况", "项目", "类别", "数据项目", "数量"]
        var headers = Set(extraHeaders.map { LooseKey.make($0) })
        var words: [String] = extraHeaders
        for template in templates {
            for row in template.rows {
                for label in [row.label] + row.variants {
                    let full = LooseKey.make(label)
                    let core = LooseKey.make(LabelKey(label).withoutNumber.text)
                    guard seen.insert("\(row.key)|\(full)").inserted else { continue }
                    entries.append(Entry(rowKey: row.key, full: full, core: core))
                }
                words += row.path + row.variants
            }
            for column in template.columns {
                for label in column.path + column.variants { headers.insert(LooseKey.make(label)) }
                words += column.path + column.variants
            }
            for text in template.anchors + [template.name] + (template.note.map { [$0] } ?? []) {
                headers.insert(LooseKey.make(text))
                words.append(text)
            }
        }
        self.entries = entries
        self.headerKeys = headers
        self.characters = Set(words.joined().unicodeScalars).union("表格单位万元件数量".unicodeScalars)
    }

    /// Whether a row key is a data row (with cells) in any format of the table.
    func isDataRow(_ key: String) -> Bool {
        templates.contains { template in template.row(key).map { !$0.group } ?? false }
    }

    /// What a token is, matched on its loose key: exactly, as a prefix, inside a longer text, or cut short.
    func match(_ text: String) -> Match {
        let token = LooseKey.make(text)
        guard !token.isEmpty else { return .unknown }
        var best: (rank: Int, length: Int, key: String)?
        func consider(_ rank: Int, _ length: Int, _ key: String) {
            if best.map({ (rank, length) > ($0.rank, $0.length) }) ?? true { best = (rank, length, key) }
        }
        for entry in entries {
            let full = entry.full
            let core = entry.core
            if token == full {
                consider(5, full.count, entry.rowKey)
            } else if token == core, core.count >= 3 {
                consider(4, core.count, entry.rowKey)
            } else if full.count >= 4, token.hasPrefix(full) {
                consider(3, full.count, entry.rowKey)
            } else if core.count >= 4, token.hasPrefix(core) {
                consider(3, core.count, entry.rowKey)
            } else if full.count >= 5, token.contains(full) {
                consider(2, full.count, entry.rowKey)
            } else if let cut = Self.longestSuffix(of: token, prefixing: full), cut >= 5 {
                consider(1, cut, entry.rowKey)
            }
        }
        if let best { return .row(best.key) }
        if headerKeys.contains(token) || headerKeys.contains(where: { $0.count >= 6 && token.hasPrefix($0) }) {
            return .header
        }
        return .unknown
    }

    /// Whether every character of a text belongs to the table's own labels: a fragment of a label, not content.
    func isTemplateText(_ text: String) -> Bool {
        LooseKey.make(text).unicodeScalars.allSatisfy { characters.contains($0) || ("0"..."9").contains($0) }
    }

    /// The length of the longest suffix of `token` that `label` starts with (a label cut at the end of a line).
    static func longestSuffix(of token: String, prefixing label: String) -> Int? {
        let tokenScalars = Array(token.unicodeScalars)
        let labelScalars = Array(label.unicodeScalars)
        let limit = min(tokenScalars.count, labelScalars.count - 1)
        guard limit >= 5 else { return nil }
        for length in stride(from: limit, through: 5, by: -1)
        where tokenScalars[(tokenScalars.count - length)...].elementsEqual(labelScalars[..<length]) {
            return length
        }
        return nil
    }
}
