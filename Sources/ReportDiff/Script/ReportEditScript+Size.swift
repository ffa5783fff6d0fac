// How far apart the two reports of an edit script are: for telling which of two versions a file was more likely
// edited from.

extension ReportEditScript {
    /// How much differs between the two reports: the fields, paragraphs and cells that changed (`places`), and the
    /// characters taken out and put in across them (`characters`: a paragraph's or cell's text added or removed
    /// whole counts whole).
    ///
    /// Two versions that differ from a file at as many places are told apart by the characters: a file made from the
    /// draft and edited where the county had just changed a paragraph differs from the draft by the clerk's words
    /// alone, and from the version before by hers and the county's.
    ///
    /// - Complexity: O(n) in the size of the script.
    public var size: (places: Int, characters: Int) {
        var characters = 0
        for field in fields { characters += (field.old ?? "").count + (field.new ?? "").count }
        for paragraph in changedParagraphs {
            let changed = paragraph.segments.filter { $0.operation != .equal }
            characters +=
                paragraph.segments.isEmpty
                ? (paragraph.oldText ?? "").count + (paragraph.newText ?? "").count
                : changed.reduce(0) { $0 + $1.text.count }
        }
        for cell in changedCells { characters += (cell.old ?? "").count + (cell.new ?? "").count }
        return (fields.count + changedParagraphs.count + changedCells.count, characters)
    }
}
