import Foundation

/// Mutates the text of a report line by line, as people and converters damage reports: lines lost, doubled, joined
/// or split, numbering typed into prose, headings pasted into paragraphs, table labels left among sentences. The same
/// seed gives the same text on every machine.
public struct TextMutator: Sendable {
    /// How many mutations one text gets.
    public var mutations: ClosedRange<Int>

    /// Creates a mutator.
    public init(mutations: ClosedRange<Int> = 1...4) {
        self.mutations = mutations
    }

    /// Lines that read as headings, captions, labels or marks when they stand alone.
    static let lookalikes = [
        "一、总体情况", "（二）依申请公开情况", "1. 主动公开", "2、政务新媒体", "(3) 平台建设", "三、收到和处理政府信息公开申请情况",
        "第二十条第（一）项", "申请人情况", "行政复议", "自然人", "一、本年新收政府信息公开申请数量", "（七）总计",
        "四、结转下年度继续办理", "- 2 -", "第 3 页", "## 五、存在的主要问题及改进情况", "**重点工作**", "| 规章 | 0 | 0 |",
        "2024年政府信息公开工作年度报告", "常张乡人民政府", "\\已转义的一行", "六、其他需要报告的事项",
    ]

    /// The text with a few mutations.
    public func mutate(_ text: String, seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<random.int(mutations) where lines.count > 2 {
            let index = random.int(0...(lines.count - 1))
            switch random.int(0...9) {
            case 0:
                lines.remove(at: index)
            case 1:
                lines.insert(lines[index], at: index)
            case 2 where index + 1 < lines.count:
                lines.swapAt(index, index + 1)
            case 3 where index + 1 < lines.count:
                lines[index] += lines.remove(at: index + 1)
            case 4:
                let scalars = Array(lines[index].unicodeScalars)
                guard scalars.count > 2 else { continue }
                let cut = random.int(1...(scalars.count - 1))
                lines[index] = String(String.UnicodeScalarView(scalars[..<cut]))
                lines.insert(String(String.UnicodeScalarView(scalars[cut...])), at: index + 1)
            case 5:
                lines.insert(random.pick(Self.lookalikes), at: index)
            case 6:
                lines[index] = random.pick(["一、", "（三）", "2. ", "(1)", "# ", "**", "\\", "  ", "第"]) + lines[index]
            case 7:
                lines[index] = random.pick(Self.lookalikes) + random.pick(["", "。", "：", "，本年度无变化。"])
            case 8:
                lines.insert("", at: index)
            default:
                if lines[index].isEmpty { lines.remove(at: index) }
            }
        }
        return lines.joined(separator: "\n")
    }
}
