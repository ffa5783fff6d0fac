import ReportDiff
import ReportModel
import ReportRepository

/// The conflict page's words for the two sides and their changes against the base.
enum ConflictMarkup {
    /// Who made a side's head and where: `李明（常张乡）`; the author alone where the node bears the same name
    /// (`县政务公开办`). A side another node brought from a node it does not name (a township calling its node
    /// 县政务公开办) is named with who sent it instead (``ChangeMaker/name(in:)``): `王审核（常张乡 同步送来）`.
    static func side(
        _ revision: Revision, maker: ChangeMaker? = nil, words: ConflictWords = PageWords.chinese.conflict
    ) -> String {
        if let maker, !maker.isFromNodeItNames { return maker.name(in: words.language) }
        return RevisionView.byline(revision, separator: (words.nodeBefore, words.nodeAfter))
    }

    /// The short name the buttons use: the author, or the author and node when both sides have the same author;
    /// where the node is the same too (one person's two computers), the version and its Beijing time, the draft's
    /// marked as the current draft: `第 10 版（现在的草稿，2026-12-06 18:32）`, `第 1 版（2026-12-06 18:34）`.
    static func short(
        _ revision: Revision, other: Revision, generation: Int?, isDraft: Bool,
        makers: [ObjectID: ChangeMaker] = [:], words: PageWords = .chinese
    ) -> String {
        let side = { (revision: Revision) in Self.side(revision, maker: makers[revision.id], words: words.conflict) }
        let author = { (revision: Revision) in makers[revision.id]?.name(in: words.language) ?? revision.content.author
        }
        guard side(revision) == side(other) else {
            return author(revision) == author(other) ? side(revision) : author(revision)
        }
        let number = words.revisions.revision(generation)
        return words.conflict.version(number, time: DisplayFormat.time(revision.content.time), isDraft: isDraft)
    }

    /// A side's content as HTML, its change against the base highlighted character by character (`<del>` what it
    /// took out, `<ins>` what it put in); every piece of report text escaped.
    static func change(
        from base: MergeValue?, to side: MergeValue?, words: ConflictWords = PageWords.chinese.conflict
    ) -> String {
        // (a side without the unit deleted it from the base; with no base, it never had it)
        guard let side else { return "<em class=\"gone\">\(base == nil ? words.none : words.deleted)</em>" }
        let whole = HTMLEscaping.escape(ConflictView.value(side, words: words))
        guard case .text(let new?) = side else { return whole }
        let newText = new.trimmingLayoutSpace()
        guard case .text(let old?) = base else { return whole }
        let oldText = old.trimmingLayoutSpace()
        if newText.isEmpty || oldText.isEmpty { return whole }
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
