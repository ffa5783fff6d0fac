import ReportModel

/// Text as `pdftotext -layout` writes it: columns aligned with spaces, prose wrapped at the page width, page
/// numbers and form feeds where pages break, long labels over several lines, group labels centred in their rows.
enum PDFLayout {
    /// Wraps a paragraph: the first line indented, the rest flush left; sometimes a page break in the middle.
    static func wrap(_ text: String, width: Int, random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        var characters = Array(text)
        var first = true
        var feed = false
        while !characters.isEmpty {
            var cut = min(width - (first ? 2 : 0), characters.count)
            // A line ending in 。 would read as the end of the paragraph: break one character earlier.
            while cut < characters.count, cut > 1, "。！？；：".contains(characters[cut - 1]) { cut -= 1 }
            let line = (feed ? "\u{0C}" : "") + (first ? "   " : "") + String(characters[..<cut])
            lines.append(line)
            characters.removeFirst(cut)
            first = false
            feed = false
            if !characters.isEmpty, random.chance(0.08) {
                // A page break: a blank line, the page number, and a form feed before the next line.
                lines += ["", "                          -\(random.int(1...9))-"]
                feed = true
            }
        }
        return lines
    }

    static func pad(_ text: String, to width: Int) -> String {
        let used = text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
        return text + String(repeating: " ", count: max(2, width - used))
    }

    static func spacedOut(_ text: String) -> String {
        text.map(String.init).joined(separator: " ")
    }

    static func table(_ shape: TableShape, random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        switch shape.number {
        case 3:
            lines += [
                "                                                              申请人情况", "",
                "                                                         法人或其他组织",
                "（本列数据的勾稽关系为：第一项加第二项之和， 等", "于第三项加第四项之和）",
                "                                             自然人         社会 法律                总计",
                "                                                   商业 科研",
                "                                                         公益 服务 其他",
                "                                                   企业 机构",
                "                                                         组织 机构", "",
            ]
        case 4:
            lines += [
                "          行政复议                              行政诉讼", "",
                "                              未经复议直接起诉                  复议后起诉", "",
                "结果   结果     其他   尚未",
                "                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未",
                "维持   纠正     结果   审结                                               总计",
                "                                          总 计",
                "                        维持 纠正 结果       审结     维持 纠正 结果 审结", "", "",
            ]
        default: break
        }
        var pendingGroups: [(label: String, after: Int)] = []
        var rowInGroup = 0
        var previousGroups: [String] = []
        for line in shape.lines {
            switch line {
            case .caption(let text):
                lines += ["              \(text)", "", ""]
            case .header(let cells):
                if shape.number == 2 {
                    lines += ["       " + cells.compactMap { $0 }.joined(separator: "   "), "", ""]
                }
            case .group:
                break
            case .row(let path, let cells):
                let groups = Array(path.dropLast())
                if groups != previousGroups {
                    for label in pendingGroups.map(\.label) { lines.append("                  \(label)") }
                    pendingGroups = []
                    rowInGroup = 0
                    for (depth, label) in groups.enumerated()
                    where !(previousGroups.count > depth && previousGroups[depth] == label) {
                        // Group labels are centred vertically: they come out after a few of their rows.
                        let shown = depth == 0 ? " " + spacedOut(label) : label
                        pendingGroups.append((shown, random.int(1...3)))
                    }
                    previousGroups = groups
                }
                rowInGroup += 1
                let values = cells.joined(separator: "    ")
                let label = path.last ?? ""
                if label.count > 18 {
                    // A long label over two lines, its numbers on a third.
                    let characters = Array(label)
                    lines.append("                  " + String(characters[..<16]))
                    lines.append("                  " + String(characters[16...]))
                    lines.append("                                              " + values)
                } else if label.isEmpty {
                    lines.append(values)
                } else {
                    lines.append(pad(label, to: 46) + values)
                }
                let due = pendingGroups.filter { $0.after <= rowInGroup }
                for group in due { lines.append("                  \(group.label)") }
                pendingGroups.removeAll { $0.after <= rowInGroup }
                if shape.number == 3, random.chance(0.06) {
                    lines += [
                        "",
                        "                                                                        -\(random.int(2...6))-",
                    ]
                    lines.append("\u{0C}")
                }
                if shape.number == 2 { lines.append("") }
            }
        }
        for group in pendingGroups { lines.append("                  \(group.label)") }
        // Attach form feeds to the following line.
        var result: [String] = []
        var feed = false
        for line in lines {
            if line == "\u{0C}" {
                feed = true
                continue
            }
            result.append(feed ? "\u{0C}" + line : line)
            feed = false
        }
        return result
    }
}
