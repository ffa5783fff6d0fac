import ReportModel

/// The words of ``TextDiffRenderer``: Chinese, or English when the process speaks English (`NIANBAO_LANG=en`).
enum TextDiffWords {
    case preamble
    case findings(Int)
    case staleYear(Int?)
    case carriedOver, implausibleChange
    case header(String)
    case yearMode(from: Int, to: Int)
    case noChange
    case summary(sections: String, paragraphs: Int, cells: Int, findings: Int)
    case status(ChangeStatus)
    case moved, renumbered, retitled
    case movedFrom(String)
    case notCompared, onlyOneSide, totalUnchanged

    /// The text in the process's language.
    var text: String {
        switch self {
        case .preamble: Language.pick("（导语）", "(preamble)")
        case .findings(let count): Language.pick("发现（\(count)）", "Findings (\(count))")
        case .staleYear(let year):
            Language.pick("年份未更新 \(year.map(String.init) ?? "")年", "stale year \(year.map(String.init) ?? "")")
        case .carriedOver: Language.pick("照搬上年", "carried over")
        case .implausibleChange: Language.pick("与上年相差悬殊，请核对", "implausible change, please check")
        case .header(let names): Language.pick("比较 \(names)", "diff \(names)")
        case .yearMode(let from, let to):
            Language.pick(
                "按年度比较：\(from)年 → \(to)年 的年份变化属正常，不标为修改",
                "year mode: \(from)年 → \(to)年 is expected, not shown as a change")
        case .noChange: Language.pick("无改动", "no change")
        case .summary(let sections, let paragraphs, let cells, let findings):
            Language.pick(
                "部分：\(sections)；段落改动 \(paragraphs) 处；单元格变动 \(cells) 个；发现 \(findings) 条",
                "sections: \(sections); paragraphs changed: \(paragraphs); cells changed: \(cells)"
                    + "; findings: \(findings)")
        case .status(let status): status.name(in: .current)
        case .moved: Language.pick("移动", "moved")
        case .renumbered: Language.pick("重新编号", "renumbered")
        case .retitled: Language.pick("改标题", "retitled")
        case .movedFrom(let place): Language.pick("（移自 \(place)）", " (moved from \(place))")
        case .notCompared: Language.pick("未比较（只在一种格式中有）：", "not compared (only in one template):")
        case .onlyOneSide: Language.pick("只在一边有（新增或删去）：", "only on one side (added or removed):")
        case .totalUnchanged: Language.pick("（未变）", " (unchanged)")
        }
    }
}
