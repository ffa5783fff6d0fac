// The round brackets of an office's second name in a report's title and opening sentence.

import ReportModel

extension ReportIdentity {
    /// Whether a line is a title made longer than ``namesReport(_:)`` allows by the office's second name in brackets
    /// (`长子县行政审批服务管理局（长子县政务服务和公共资源交易中心）2025年政府信息公开工作年度报告`): without the bracketed words
    /// it is a title, and it has no sentence punctuation.
    static func namesReportBesideSecondName(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0 == "（" || $0 == "(" }), !hasSentencePunctuation(text) else {
            return false
        }
        var outside = ""
        var depth = 0
        for character in text {
            if opening.contains(character) {
                depth += 1
            } else if closing.contains(character) {
                guard depth > 0 else { return false }
                depth -= 1
            } else if depth == 0 {
                outside.append(character)
            }
        }
        let loose = LooseKey.make(outside)
        return depth == 0 && LooseKey.make(text).count <= 80 && namesReport(loose) && loose.hasSuffix("报告")
    }

    /// A title's words without the marks around them — `#`, `*`, `《》`, a bracket that pairs with nothing (`（长子县常张乡人民
    /// 政府`, `…人民政府（` before `2024年）`), a pair around the whole, and a bracketed part that is not an office's name
    /// (`（1）`, `（草稿）`) — but with an office's second name (`长子县人民政府办公室（县政务公开办）`, `长子县自然资源局(长子县
    /// 林业局)`), which is part of its name.
    static func trimmingUnpaired(_ text: String) -> String {
        var name = Substring(text)
        for _ in 0..<8 {
            let pairs = Self.bracketPairs(name)
            if let first = name.first, "#*《》".contains(first) || closing.contains(first) {
                name = name.dropFirst()
            } else if let last = name.last, "#*《》".contains(last) || opening.contains(last) {
                name = name.dropLast()
            } else if let first = name.first, opening.contains(first), pairs.unclosed > 0 {
                name = name.dropFirst()
            } else if let last = name.last, closing.contains(last), pairs.unopened > 0 {
                name = name.dropLast()
            } else if let lead = pairs.leading, lead.end == name.count - 1 {
                name = name.dropFirst().dropLast()
            } else if let lead = pairs.leading, !isSecondName(lead.inside) {
                name = name.dropFirst(lead.end + 1)
            } else if let trail = pairs.trailing, !isSecondName(trail.inside) {
                name = name.dropLast(trail.inside.count + 2)
            } else {
                break
            }
        }
        return String(name)
    }

    /// Whether the words in brackets after an office's name are a second name of it (挂牌、合署): an office's name
    /// themselves — ending as offices' names end, with no figure, no sentence punctuation and none of the words that
    /// bracket a remark (`以下简称`, `见附件`, `草稿`).
    static func isSecondName(_ inside: some StringProtocol) -> Bool {
        let words = String(inside)
        guard (2...30).contains(words.count), !words.contains(where: { $0.isNumber }),
            !hasSentencePunctuation(words), !words.contains(where: { "“”\"、".contains($0) }),
            !remarkWords.contains(where: { words.contains($0) })
        else { return false }
        return officeEndings.contains { words.hasSuffix($0) }
    }

    /// How offices' names end: `…局`, `…办`, `…中心`, `…人民政府`.
    static let officeEndings = [
        "局", "办", "办公室", "委", "委员会", "中心", "政府", "院", "所", "站", "队", "处", "厅", "部", "署", "会", "社", "馆",
        "街道", "乡", "镇", "区", "县", "市",
    ]

    /// Words of a remark in brackets, never of a name.
    static let remarkWords = ["简称", "附件", "见", "稿", "修订", "代章", "代拟", "注", "略"]

    static let opening: Set<Character> = ["（", "("]
    static let closing: Set<Character> = ["）", ")"]

    /// How a text's round brackets pair: how many opened and never closed, how many closed and never opened, the pair
    /// the text starts with (its words and the offset of its closing bracket) and the pair it ends with.
    static func bracketPairs(
        _ text: Substring
    ) -> (
        unclosed: Int, unopened: Int, leading: (inside: Substring, end: Int)?, trailing: (inside: Substring, end: Int)?
    ) {
        var open: [(index: String.Index, offset: Int)] = []
        var unopened = 0
        var leading: (inside: Substring, end: Int)?
        var trailing: (inside: Substring, end: Int)?
        for (offset, index) in zip(0..., text.indices) {
            let character = text[index]
            if opening.contains(character) {
                open.append((index, offset))
            } else if closing.contains(character) {
                guard let start = open.popLast() else {
                    unopened += 1
                    continue
                }
                guard open.isEmpty else { continue }
                let inside = text[text.index(after: start.index)..<index]
                if start.offset == 0, leading == nil { leading = (inside, offset) }
                if offset == text.count - 1 { trailing = (inside, offset) }
            }
        }
        return (open.count, unopened, leading, trailing)
    }
}
