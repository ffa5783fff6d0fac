// The marks a clerk types in a cell for "nothing here" or "nothing happened", and the character 一 typed for a dash:
// cells with no figure, whose text is kept as typed.

extension CellText {
    /// Whether the text is a mark for "nothing here": blank, `—`, `-`, `/`, `无`, `－`, `——`.
    public static func isPlaceholder(_ text: String) -> Bool {
        // No mark is longer than two scalars: longer text is answered before anything is copied.
        var count = 0
        for scalar in text.unicodeScalars where !scalar.isLayoutSpace {
            count += 1
            if count > 2 { return false }
        }
        return count == 0 || placeholders.contains(text.removingLayoutSpace())
    }

    /// The marks for "nothing here", without layout space.
    static let placeholders: Set<String> = ["-", "—", "——", "/", "／", "无", "－", "–", "\\"]

    /// Whether a text is the character `一` alone or repeated (`一`, `一一`, `一一一`; layout space aside): as
    /// likely the dash a pinyin input method offers when a clerk types `—` or `——` as the number 1 or 11 (review
    /// rv112 F16), so no number (``reading(_:)`` says `.text`), kept as typed, and where it fills a row it stands
    /// where a mark for "nothing here" does (``isNoFigure(_:)``).
    public static func isDashTypedAsYi(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.isLayoutSpace {
            guard scalar == "一" else { return false }
            count += 1
        }
        return count > 0
    }

    /// Whether a cell's text holds no figure and no words of the clerk's own: blank or a mark for "nothing here"
    /// (``isPlaceholder(_:)``), a phrase for "nothing of this kind happened" (``isNothingApplies(_:)``), or `一` typed
    /// for a dash (``isDashTypedAsYi(_:)``). What a table of no cases is filled with; none of them has a value.
    public static func isNoFigure(_ text: String) -> Bool {
        isPlaceholder(text) || isNothingApplies(text) || isDashTypedAsYi(text)
    }

    /// Whether a text is one of the phrases clerks type for "nothing of this kind happened" (`不涉及`, `无此类情况`,
    /// `暂无`): not a number and not 0, but what a table of no cases is filled with, like a mark for "nothing here".
    public static func isNothingApplies(_ text: String) -> Bool {
        nothingApplies.contains(text.removingLayoutSpace())
    }

    /// The phrases for "nothing of this kind happened", without layout space.
    static let nothingApplies: Set<String> = ["不涉及", "无此类情况", "无此情况", "无相关情况", "暂无", "未发生", "没有"]
}
