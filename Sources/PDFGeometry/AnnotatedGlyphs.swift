import DocumentLayout

/// Tells the characters an annotation lies over: a figure corrected in a PDF editor with its typewriter or text-box
/// tool, a white box, a stamp or a redaction put over the old figure (rv112 F21: the page shows `107`, the file's
/// text is `106` under an annotation, and `106` was stored). What the annotation shows is not read as the page's
/// text; the character under it is kept and marked uncertain, so that a table cell holding it is missing, with a
/// note that an annotation covers it (``UncertainText/Reason/annotated``). A stamp covers only a character it mostly
/// paints over (``AnnotationCover/hides(x0:y0:x1:y1:)``): a county's electronic seal (电子印章), a red ring and text
/// over the table, leaves the figures it shows through read (rv114 F8). Ink or a line covers a character its strokes
/// pass through: a figure crossed out with the pen tool is no figure to take, as under a strike-out (rv116 F4).
enum AnnotatedGlyphs {
    /// The page with the characters under its annotations (``PageContent/covers``) marked.
    static func marked(_ page: PageContent) -> PageContent {
        guard !page.covers.isEmpty else { return page }
        var result = page
        for index in result.characters.indices {
            let character = result.characters[index]
            // The glyph's body: its width, from the baseline to about a digit's height above it.
            let (x0, x1) = (character.x0, character.x1)
            let (top, bottom) = (character.originY - 0.7 * character.size, character.originY)
            if page.covers.contains(where: { $0.hides(x0: x0, y0: top, x1: x1, y1: bottom) }) {
                result.characters[index].isUncertain = true
                result.characters[index].isAnnotated = true
            }
        }
        return result
    }
}
