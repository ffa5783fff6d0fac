import DocumentLayout

/// Tells the characters an annotation lies over: a figure corrected in a PDF editor with its typewriter or text-box
/// tool, a white box, a stamp or a redaction put over the old figure (rv112 F21: the page shows `107`, the file's
/// text is `106` under an annotation, and `106` was stored). What the annotation shows is not read as the page's
/// text; the character under it is kept and marked uncertain, so that a table cell holding it is missing, with a
/// note that an annotation covers it (``UncertainText/Reason/annotated``).
enum AnnotatedGlyphs {
    /// The page with the characters under its annotations (``PageContent/covers``) marked.
    static func marked(_ page: PageContent) -> PageContent {
        guard !page.covers.isEmpty else { return page }
        var result = page
        for index in result.characters.indices {
            let character = result.characters[index]
            let x = character.midX
            let y = character.bodyY
            if page.covers.contains(where: { x >= $0.x0 && x <= $0.x1 && y >= $0.y0 && y <= $0.y1 }) {
                result.characters[index].isUncertain = true
                result.characters[index].isAnnotated = true
            }
        }
        return result
    }
}
