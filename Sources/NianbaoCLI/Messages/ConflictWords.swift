import ReportDiff
import ReportModel

/// How `merge3` and `merge` name a conflict's kind and sides.
enum ConflictWords {
    /// `两边都改了`, or the kind's raw value in English.
    static func kind(_ kind: MergeConflict.Kind) -> String {
        guard Language.current == .chinese else { return kind.rawValue }
        return switch kind {
        case .bothChanged: "两边都改了"
        case .changedDeleted: "我方改了，对方删了"
        case .deletedChanged: "我方删了，对方改了"
        case .bothAdded: "两边都新增了"
        case .order: "两边排的顺序不同"
        case .bothMoved: "两边移到了不同的地方"
        case .onlyOurs: "只有我方有这一段"
        case .onlyTheirs: "只有对方有这一段"
        }
    }

    /// The base and the two sides, as the conflict lines name them.
    static var base: String { Language.pick("底稿", "base  ") }
    static var ours: String { Language.pick("我方", "ours  ") }
    static var theirs: String { Language.pick("对方", "theirs") }

    /// The base and both sides of a conflict, one line each, then each overlapping span.
    static func sides(_ conflict: MergeConflict, indent: String = "") -> [String] {
        [
            indent + "  \(base)：\(conflict.base?.summary ?? Language.pick("（无）", "(none)"))",
            indent + Message.conflictSide(side: ours, text: conflict.ours?.summary).text,
            indent + Message.conflictSide(side: theirs, text: conflict.theirs?.summary).text,
        ]
            + conflict.spans.map {
                indent + Message.overlapping(base: $0.base, ours: $0.ours, theirs: $0.theirs).text
            }
    }

    /// A unit as a reader names it (`三、表三 · 本年新收 · 自然人`).
    static func place(_ unit: UnitID, in report: Report?) -> String {
        UnitPlace.label(of: unit, in: report, language: .current)
    }
}
