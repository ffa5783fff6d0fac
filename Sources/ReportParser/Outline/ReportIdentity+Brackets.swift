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

    /// A title's words without the marks around them — `#`, `*`, `《》`, a bracket that closes or opens nothing
    /// (`（长子县常张乡人民政府`) and a pair around the whole — but with the brackets of the name itself: an office that
    /// carries a second name (`长子县人民政府办公室（县政务公开办）`, `长子县自然资源局(长子县林业局)`) is named so in full.
    static func trimmingUnpaired(_ text: String) -> String {
        var name = Substring(text)
        for _ in 0..<8 {
            let depths = Self.bracketDepths(name)
            if let first = name.first, "#*《》".contains(first) {
                name = name.dropFirst()
            } else if let last = name.last, "#*《》".contains(last) {
                name = name.dropLast()
            } else if let first = name.first, Self.opening.contains(first), depths.unclosed > 0 {
                name = name.dropFirst()
            } else if let last = name.last, Self.closing.contains(last), depths.unopened > 0 {
                name = name.dropLast()
            } else if let first = name.first, Self.opening.contains(first), depths.outerClosesAtEnd {
                name = name.dropFirst().dropLast()
            } else {
                break
            }
        }
        return String(name)
    }

    static let opening: Set<Character> = ["（", "("]
    static let closing: Set<Character> = ["）", ")"]

    /// How a text's round brackets pair: opened and never closed, closed and never opened, and whether the bracket
    /// the text starts with closes only at its end (the whole wrapped in one pair).
    static func bracketDepths(_ text: Substring) -> (unclosed: Int, unopened: Int, outerClosesAtEnd: Bool) {
        var depth = 0
        var unopened = 0
        var outerClosedAt: Int?
        for (offset, character) in text.enumerated() {
            if opening.contains(character) {
                depth += 1
            } else if closing.contains(character) {
                if depth == 0 {
                    unopened += 1
                } else {
                    depth -= 1
                    if depth == 0, outerClosedAt == nil { outerClosedAt = offset }
                }
            }
        }
        return (depth, unopened, outerClosedAt == text.count - 1)
    }
}
