import ReportModel

/// What a line of prose reads as: a heading (with its level) or text.
enum LineKind: Equatable {
    /// One of the six sections: `一、总体情况`, or a template title typed without its number.
    case sectionHeading(heading: String, rest: String?)
    /// A subsection heading: `（一）…`, `1.…`, `（1）…`; `rest` is text typed on the same line after the heading.
    case subsectionHeading(style: NumberingStyle, heading: String, rest: String?)
    /// Text.
    case text

    /// Classifies a line of prose.
    static func of(_ line: SourceLine) -> LineKind {
        let text = line.text
        guard !text.isEmpty, !line.isEscaped else { return .text }
        guard let (number, rest) = Heading.leadingNumber(of: text) else {
            // A template title typed without its number.
            let catalog = TemplateCatalog.standard
            let isTitle =
                text.hasAtMostScalars(40) && catalog.mayBeSectionTitle(text)
                && catalog.sectionSlot(forTitle: Heading(text).title) != nil
            return isTitle ? .sectionHeading(heading: text, rest: nil) : .text
        }
        let title = rest.trimmingLayoutSpace()
        guard !title.isEmpty, !Self.endsInNumbers(title) else { return .text }
        switch number.style {
        case .chineseComma:
            // A section heading is short and is not a sentence.
            guard title.characterCount <= 40, !Self.hasInnerSentenceEnd(title) else { return .text }
            return .sectionHeading(heading: text, rest: nil)
        case .chineseParen:
            let (heading, after) = Self.splitAtFirstSentenceEnd(text)
            return .subsectionHeading(style: .chineseParen, heading: heading, rest: after)
        case .arabicDot, .arabicComma, .arabicParen:
            // Numbered items become headings only when they read as one: short, no sentence inside.
            guard title.characterCount <= 25, !Self.hasInnerSentenceEnd(title), !title.hasSuffix("。") else {
                return .text
            }
            return .subsectionHeading(style: number.style, heading: text, rest: nil)
        }
    }

    /// Whether a numbered line ends in two or more numbers standing on their own: a row of a table typed as a line
    /// (`一、本年新收政府信息公开申请数量 69 121 13 17 10 116 346`), not a heading.
    ///
    /// Words are parted by white space or `|`. Only the last three are read, from the end, over the scalars: the line
    /// may be a whole paragraph, which splitting into words by characters cost 4 % of a `nianbao diff`.
    static func endsInNumbers(_ title: String) -> Bool {
        let scalars = title.unicodeScalars
        let parts = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace || scalar == "|" }
        var last: [Substring] = []
        var end = scalars.endIndex
        while last.count < 3 {
            while end > scalars.startIndex, parts(scalars[scalars.index(before: end)]) {
                end = scalars.index(before: end)
            }
            guard end > scalars.startIndex else { break }
            var start = end
            while start > scalars.startIndex, !parts(scalars[scalars.index(before: start)]) {
                start = scalars.index(before: start)
            }
            last.append(Substring(scalars[start..<end]))
            end = start
        }
        return last.count == 3 && last.prefix(2).allSatisfy { CellText.isNumber(String($0)) }
    }

    /// The scalars that end a sentence: 。！？；
    static let sentenceEnds = ScalarSearch(["。", "！", "？", "；"])

    /// Whether a sentence ends inside the text, before its last scalar.
    static func hasInnerSentenceEnd(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return sentenceEnds.contains(in: text[..<text.unicodeScalars.index(before: text.endIndex)])
    }

    /// Splits `（二）依申请公开情况。2023 年未收到…` after the first `。`, `：` or `:` that more text follows.
    static func splitAtFirstSentenceEnd(_ text: String) -> (String, String?) {
        let scalars = text.unicodeScalars
        var depth = 0
        for index in scalars.indices {
            switch scalars[index] {
            case "（", "(", "《", "“", "「": depth += 1
            case "）", ")", "》", "”", "」": depth = max(0, depth - 1)
            case "。", "：", ":", "！", "？", "；":
                guard depth == 0 else { continue }
                let end = scalars.index(after: index)
                let rest = Substring(scalars[end...]).trimmingLayoutSpace()
                if !rest.isEmpty {
                    return (Substring(scalars[..<end]).trimmingLayoutSpace(), rest)
                }
                return (text, nil)
            default: break
            }
        }
        return (text, nil)
    }
}
