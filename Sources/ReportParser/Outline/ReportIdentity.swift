import Foundation
import ReportModel

/// Finds a report's title, agency and year in its opening lines and its statistics-period sentence.
enum ReportIdentity {
    /// The lines that make up the title: the first short line that names a 年度报告, with the line above it when
    /// the title was split in two (`常张乡人民政府` / `2024年政府信息公开工作年度报告`), or a line and the short line
    /// below it when the title's words were cut anywhere else (`…2024年政府信息公开工作年` / `度报告`: a title that
    /// wrapped in a PDF, or was typed or converted as two paragraphs).
    static func titleLines(in lines: [SourceLine], before limit: Int) -> [Int] {
        var seen = 0
        for index in 0..<min(limit, lines.count) where !lines[index].isBlank {
            seen += 1
            if seen > 8 { break }
            guard !lines[index].isEscaped else { continue }
            let text = lines[index].text
            var result = [index]
            var title = text
            let loose = LooseKey.make(text)
            if namesReport(loose) {
                // A title whose last words went to the next line.
                if !loose.hasSuffix("报告"), let next = nextNonBlank(lines, after: index), next - index <= 2,
                    !lines[next].isEscaped, LooseKey.make(lines[next].text).hasSuffix("报告"),
                    lines[next].text.count <= 12
                {
                    result.append(next)
                    title += lines[next].text
                }
            } else if let next = titleEnd(after: index, in: lines), !isAboveTitle(text), !startsSection(lines[index]),
                !hasSentencePunctuation(text)
            {
                // A title cut anywhere, its end on the short line below: the two make a title that ends in 报告.
                let joined = LooseKey.make(text + lines[next].text)
                guard namesReport(joined), joined.hasSuffix("报告") || joined.hasSuffix("年报") else { continue }
                result.append(next)
                title += lines[next].text
            } else {
                continue
            }
            // The line above is the title's first part only when the title names no agency by itself, and never an
            // attachment label (附件1) or a red-header line (××办公室文件) above a title.
            if agency(inTitle: title) == nil, let previous = previousNonBlank(lines, before: index),
                index - previous <= 2, !lines[previous].isEscaped, isTitleFragment(lines[previous].text),
                !isAboveTitle(lines[previous].text), !startsSection(lines[previous])
            {
                result.insert(previous, at: 0)
            }
            return result
        }
        return []
    }

    /// Whether the letters of a line or two are a title: at most 40 of them (a title fits on a line of its own when
    /// written back), naming a 年度报告 or 工作报告, or ending in 年报.
    static func namesReport(_ loose: String) -> Bool {
        loose.count <= 40
            && (loose.containsBytes("年度报告") || loose.containsBytes("工作报告") || loose.hasSuffix("年报"))
    }

    /// The short line just below a title's line that may end it (`度报告`, `年度报告`): at most 12 letters with no
    /// sentence punctuation, at most one blank line away.
    static func titleEnd(after index: Int, in lines: [SourceLine]) -> Int? {
        guard let next = nextNonBlank(lines, after: index), next - index <= 2, !lines[next].isEscaped,
            isTitleFragment(lines[next].text), LooseKey.make(lines[next].text).count <= 12
        else { return nil }
        return next
    }

    /// Whether the first line of the text, numbered like a section (`一、××乡2024年政府信息公开工作年度报告`), is the
    /// report's title: no section of the format is named like a report.
    static func isNumberedTitle(at index: Int, in lines: [SourceLine]) -> Bool {
        guard lines[..<index].allSatisfy(\.isBlank), !lines[index].isEscaped else { return false }
        let loose = LooseKey.make(lines[index].text)
        return loose.count <= 40 && (loose.containsBytes("年度报告") || loose.containsBytes("工作报告"))
    }

    /// Whether a line before the first section could be read back as the title or a piece of it: a line short enough
    /// to be a title (``titleLines(in:before:)``: 40 letters and digits) that names a 报告 or 年报, or a short
    /// fragment without sentence punctuation. The writers escape such a paragraph; a long opening paragraph that
    /// mentions 本报告 is not one.
    static func mayReadAsTitle(_ text: String) -> Bool {
        let loose = LooseKey.make(text)
        return (loose.count <= 40 && (loose.containsBytes("报告") || loose.hasSuffix("年报"))) || isTitleFragment(text)
    }

    static func isTitleFragment(_ text: String) -> Bool {
        let loose = LooseKey.make(text)
        return !loose.isEmpty && loose.count <= 24 && !hasSentencePunctuation(text)
    }

    /// Whether a line has the punctuation of a sentence (`。`, `，`, `；`, `：`), which no title has.
    static func hasSentencePunctuation(_ text: String) -> Bool {
        text.unicodeScalars.contains { "。，,；：:".unicodeScalars.contains($0) }
    }

    /// Whether a short line is what official documents print above a title, not a part of it: an attachment label
    /// (`附件1`, `附件：`, `附件二`) or a red header (`洪泽区人民政府办公室文件`).
    static func isAboveTitle(_ text: String) -> Bool {
        let loose = LooseKey.make(text).trimmingCharacters(in: CharacterSet(charactersIn: ":："))
        if loose.hasSuffix("文件") { return true }
        guard loose.hasPrefix("附件") else { return false }
        return loose.dropFirst(2).allSatisfy { $0.isNumber || "〇一二三四五六七八九十".contains($0) }
    }

    static func startsSection(_ line: SourceLine) -> Bool {
        if case .text = LineKind.of(line) { return false }
        return true
    }

    static func previousNonBlank(_ lines: [SourceLine], before index: Int) -> Int? {
        var position = index - 1
        while position >= 0 {
            if !lines[position].isBlank { return position }
            position -= 1
        }
        return nil
    }

    static func nextNonBlank(_ lines: [SourceLine], after index: Int) -> Int? {
        var position = index + 1
        while position < lines.count {
            if !lines[position].isBlank { return position }
            position += 1
        }
        return nil
    }

    /// The first four-digit year followed by 年 (`2024年`, `2024 年度`).
    static func year(in text: String) -> Int? { YearMentions.first(in: text) }

    static func yearMatches(in text: String) -> [(year: Int, offset: Int)] { YearMentions.all(in: text) }

    static func statisticsYear(in text: String) -> Int? { YearMentions.statisticsYear(in: text) }

    /// The agency in a title: the words before the year (`常张乡人民政府2024年…`), or between 年 and 政府信息公开
    /// when the title starts with the year (`2024 年上海市科委政府信息公开工作年度报告`).
    static func agency(inTitle title: String) -> String? {
        let bare = title.removingLayoutSpace()
        guard let match = yearMatches(in: bare).first else { return nil }
        // Cut at string indices: an array of characters made back into a string goes through generic code whose
        // first call in a process costs about 0.5 M instructions.
        let year = bare.index(bare.startIndex, offsetBy: match.offset)
        let before = withoutAttachmentLabel(String(bare[..<year])).trimmingCharacters(in: "#*（）()《》")
        if before.count >= 2 { return before }
        var rest = String(bare[bare.index(year, offsetBy: 4)...])
        for prefix in ["年度", "年"] where rest.hasPrefix(prefix) {
            rest.removeFirst(prefix.count)
            break
        }
        for marker in ["政府信息公开", "政务公开", "信息公开"] {
            if let range = rest.range(of: marker) {
                let name = String(rest[..<range.lowerBound])
                return name.count >= 2 ? name : nil
            }
        }
        return nil
    }

    /// A title's words without an attachment label typed before them on the same line (`附件1`, `附件2：`): the
    /// label is not part of the agency's name.
    static func withoutAttachmentLabel(_ text: String) -> String {
        guard text.hasPrefix("附件") else { return text }
        let rest = text.dropFirst(2).drop { $0.isNumber || "〇一二三四五六七八九十".contains($0) }
        return String(rest.drop { ":：、.．".contains($0) })
    }

    /// The punctuation an agency's name in a sentence starts after.
    static let nameBoundaries = Set("，,。：:；;、《》（）()“”\"")

    /// The agency in a sentence of the opening text: `现将开原市中固镇人民政府2024年政府信息公开工作情况报告如下`.
    static func agency(inSentence text: String) -> String? {
        // The sentence names a year and 公开 after it: text without both is answered at once.
        guard text.unicodeScalars.contains("公"), text.unicodeScalars.contains("年") else { return nil }
        let bare = text.removingLayoutSpace()
        for match in yearMatches(in: bare) {
            let year = bare.index(bare.startIndex, offsetBy: match.offset)
            let after = String(bare[bare.index(year, offsetBy: 4)...].prefix(12))
            guard after.containsBytes("政府信息公开") || after.containsBytes("政务公开") else { continue }
            var start = year
            while start > bare.startIndex, !nameBoundaries.contains(bare[bare.index(before: start)]) {
                start = bare.index(before: start)
            }
            var name = String(bare[start..<year])
            for prefix in ["现将", "现就", "特将", "兹将", "根据", "本", "我"] where name.hasPrefix(prefix) {
                name.removeFirst(prefix.count)
                break
            }
            // `常张乡总结2024年度政府信息公开工作情况`: the verb before the year is not part of the name.
            for verb in ["总结", "编制", "编写", "汇总", "梳理", "整理"] where name.hasSuffix(verb) {
                name.removeLast(verb.count)
                break
            }
            if (2...30).contains(name.count), !name.containsBytes("关于"), !name.containsBytes("做好") { return name }
        }
        return nil
    }
}
