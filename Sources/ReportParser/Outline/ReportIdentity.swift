import Foundation
import ReportModel

/// Finds a report's title, agency and year in its opening lines and its statistics-period sentence.
enum ReportIdentity {
    /// The lines that make up the title: the first short line that names a 年度报告, with the lines above it when
    /// the title was split inside or before its agency's name (`常张乡人民政府` / `2024年政府信息公开工作年度报告`,
    /// `…长子县常张乡人民` / `政府2024年政府信息公开工作年度报告`), or a line and the short line below it when the
    /// title's words were cut anywhere else (`…2024年政府信息公开工作年` / `度报告`: a title that wrapped in a PDF,
    /// or was typed or converted as two paragraphs).
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
            if namesReport(loose) || namesReportBesideSecondName(text) {
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
            // The line above is the title's first part only when the title's agency begins on it (see
            // ``beginsAbove(_:title:)``), and never an attachment label (附件1) or a red-header line (××办公室文件)
            // above a title. A title over three lines or more takes them one by one, as long as the whole stays short
            // enough for a title.
            while let first = result.first, let previous = previousNonBlank(lines, before: first),
                first - previous <= 2,
                !lines[previous].isEscaped, isTitleFragment(lines[previous].text),
                !isAboveTitle(lines[previous].text), !startsSection(lines[previous]),
                beginsAbove(lines[previous].text, title: title),
                namesReport(LooseKey.make(lines[previous].text + title))
            {
                result.insert(previous, at: 0)
                title = lines[previous].text + title
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

    /// Whether the agency of a title's lines begins on the short line above them: the lines name no agency
    /// (`2024年政府信息公开工作年度报告` below `常张乡人民政府`), or only the end of a name (`政府…` below `…常张乡人民`), or
    /// the line above stops at a place's level (`…长子县` / `常张乡人民政府…`), or the lines begin with one, a place
    /// cut in its name (`…长子` / `县常张乡人民政府…`). A line above a title that names its agency whole stays apart.
    static func beginsAbove(_ above: String, title: String) -> Bool {
        guard let agency = agency(inTitle: title) else { return true }
        if isEndOfName(agency) { return true }
        if let last = LooseKey.make(above).last, governmentLevels.contains(last) { return true }
        guard let first = agency.first, governmentLevels.contains(first) else { return false }
        return !nameEndings.contains { agency.dropFirst().hasPrefix($0) }
    }

    /// Whether an agency read from a title's line is only the end of a name whose beginning is on the line above:
    /// the words every office's name ends in (`政府`, `人民政府`, `委员会`, `办公室`), the first of them possibly
    /// cut (`民政府`, `公室`) or after a level of government (`乡人民政府`), and no place or office of its own.
    static func isEndOfName(_ agency: String) -> Bool {
        var rest = Substring(LooseKey.make(agency))
        guard !rest.isEmpty else { return true }
        if let level = rest.first, governmentLevels.contains(level) {
            rest = rest.dropFirst()
        } else if let piece = nameEndings.flatMap({ word in word.indices.map { word[$0...] } })
            .filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count })
        {
            rest = rest.dropFirst(piece.count)
        } else {
            return false
        }
        while !rest.isEmpty {
            guard let word = nameEndings.filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count }) else {
                return false
            }
            rest = rest.dropFirst(word.count)
        }
        return true
    }

    /// The words an office's name ends in, none of them a name by itself (see ``isEndOfName(_:)``).
    static let nameEndings = [
        "人民政府", "政府", "人民", "委员会", "管理委员会", "管委会", "党委", "党工委", "工委", "办公室", "办事处", "街道办事处",
        "街道", "人民代表大会", "常务委员会",
    ]

    /// The levels of government a place's name ends in (`长子县`, `常张乡`).
    static let governmentLevels = Set("省市县区乡镇")

    /// Whether a line has the punctuation of a sentence (`。`, `，`, `；`, `：`), which no title has.
    static func hasSentencePunctuation(_ text: String) -> Bool {
        text.unicodeScalars.contains { "。，,；：:".unicodeScalars.contains($0) }
    }

    /// Whether a short line is what official documents print above a title, not a part of it: an attachment label
    /// (`附件1`, `附件：`, `附件二`) or a red header (`洪泽区人民政府办公室文件`).
    static func isAboveTitle(_ text: String) -> Bool {
        let loose = LooseKey.make(text).trimmingCharacters(in: ":：")
        if loose.hasSuffix("文件") { return true }
        return AttachmentLabel.rest(of: loose)?.isEmpty == true
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
        let before = Self.trimmingUnpaired(withoutAttachmentLabel(String(bare[..<year])))
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
        guard let rest = AttachmentLabel.rest(of: text) else { return text }
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
            // The name runs back to the punctuation before it; a second name in brackets right before the year
            // (`长子县人民政府办公室（县政务公开办）2024年…`) is part of it, any other bracketed words (`（以下简称本乡）`) end it.
            var start = year
            if start > bare.startIndex, closing.contains(bare[bare.index(before: start)]),
                let open = bare[..<bare.index(before: start)].lastIndex(where: { opening.contains($0) }),
                open > bare.startIndex, !nameBoundaries.contains(bare[bare.index(before: open)]),
                isSecondName(bare[bare.index(after: open)..<bare.index(before: start)])
            {
                start = open
            }
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
