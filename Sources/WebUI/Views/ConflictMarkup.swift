import ReportDiff
import ReportModel
import ReportRepository

/// The conflict page's words for the two sides and their changes against the base.
enum ConflictMarkup {
    /// Who made a side's head and where: `李明（常张乡）`; the author alone where the node bears the same name
    /// (`县政务公开办`).
    static func side(_ revision: Revision) -> String {
        RevisionView.byline(revision, separator: ("（", "）"))
    }

    /// The short name the buttons use: the author, or the author and node when both sides have the same author;
    /// where the node is the same too (one person's two computers), the version and its Beijing time, the draft's
    /// marked as the current draft: `第 10 版（现在的草稿，2026-12-06 18:32）`, `第 1 版（2026-12-06 18:34）`.
    static func short(_ revision: Revision, other: Revision, generation: Int?, isDraft: Bool) -> String {
        guard side(revision) == side(other) else {
            return revision.content.author == other.content.author ? side(revision) : revision.content.author
        }
        let time = DisplayFormat.time(revision.content.time)
        return DisplayFormat.revision(generation) + (isDraft ? "（现在的草稿，\(time)）" : "（\(time)）")
    }

    /// How the sides disagree, naming them: `县政务公开办 修改、张三 删除`.
    static func kind(_ kind: MergeConflict.Kind, ours: String, theirs: String) -> String {
        switch kind {
        case .bothChanged: "两边都修改了"
        case .changedDeleted: "\(ours)修改了，\(theirs)删除了"
        case .deletedChanged: "\(ours)删除了，\(theirs)修改了"
        case .bothAdded: "两边都新增了，内容不同"
        case .order: "两边调整的顺序不同"
        case .bothMoved: "两边把这一段移到了不同的地方"
        }
    }

    /// A side's content as HTML, its change against the base highlighted character by character (`<del>` what it
    /// took out, `<ins>` what it put in); every piece of report text escaped.
    static func change(from base: MergeValue?, to side: MergeValue?) -> String {
        guard let side else { return "<em class=\"gone\">（已删除）</em>" }
        guard case .text(let new?) = side else { return HTMLEscaping.escape(ConflictView.value(side)) }
        let newText = new.trimmingLayoutSpace()
        guard case .text(let old?) = base else { return HTMLEscaping.escape(ConflictView.value(side)) }
        let oldText = old.trimmingLayoutSpace()
        if newText.isEmpty || oldText.isEmpty { return HTMLEscaping.escape(ConflictView.value(side)) }
        var html = ""
        for segment in TextDiff.compare(oldText, newText).segments {
            let text = HTMLEscaping.escape(segment.text)
            switch segment.operation {
            case .equal: html += text
            case .delete: html += "<del>\(text)</del>"
            case .insert: html += "<ins>\(text)</ins>"
            }
        }
        return html
    }
}
