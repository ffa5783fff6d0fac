import DocumentLayout

/// Tells the characters a page covers with a filled box drawn after them: a figure corrected in a PDF editor by a
/// white rectangle over the old one and new text typed on it (rv112 F21: the page shows `107`, the file holds `106`
/// under it; read together they interleaved, 1067). MuPDF draws in the order the file does (``PageSegment/charactersBefore``).
///
/// A character under an opaque white (or near-white) box drawn after it is hidden and left out. Under a box of
/// another colour, or one not quite opaque, it may show or not (a black box over a name hides it; a highlighter
/// drawn in multiply mode does not): it is kept and marked uncertain, so that a table cell holding it says what it
/// reads without it and its figure is missing (``UncertainText``).
enum CoveredGlyphs {
    /// The most boxes drawn after text a page's characters are looked up among; on a page drawing more (no report
    /// does), every character drawn before the boxes past that is taken as maybe covered.
    static let mostCovers = 1_000

    /// The page without the characters a white box drawn after them hides, the ones a box may hide marked.
    static func uncovered(_ page: PageContent) -> PageContent {
        // Boxes larger than a rule (a rule through text strikes it: ``StrikeFinder``), opaque enough to hide, drawn
        // after some text.
        let boxes = page.segments.filter { segment in
            segment.kind == .fill && segment.charactersBefore > 0 && segment.colour.alpha >= 0.5
                && abs(segment.x1 - segment.x0) > RuleFinder.thinFill
                && abs(segment.y1 - segment.y0) > RuleFinder.thinFill
        }
        guard !boxes.isEmpty else { return page }
        let looked = boxes.prefix(mostCovers)
        // Past the limit: what was drawn before the boxes not looked at is not known to show.
        let unknownBefore = boxes.dropFirst(mostCovers).map(\.charactersBefore).max() ?? 0
        var result = page
        result.characters = []
        result.characters.reserveCapacity(page.characters.count)
        for (index, var character) in page.characters.enumerated() {
            let over = looked.filter { $0.charactersBefore > index && covers(character, $0) }
            if over.contains(where: isWhiteOut) { continue }
            if !over.isEmpty || index < unknownBefore { character.isUncertain = true }
            result.characters.append(character)
        }
        return result
    }

    /// Whether a box hides what is under it for certain: opaque and white, or a grey close to white (the page's
    /// colour, the colour a PDF editor's 白色矩形 is drawn in).
    static func isWhiteOut(_ box: PageSegment) -> Bool {
        box.colour.alpha >= 0.99 && min(box.colour.red, box.colour.green, box.colour.blue) >= 0.9
    }

    /// Whether the box lies over the character's body: its horizontal middle, from a point just above the
    /// baseline to half an em above it.
    static func covers(_ character: PageCharacter, _ box: PageSegment) -> Bool {
        let (x0, x1) = (min(box.x0, box.x1), max(box.x0, box.x1))
        let (y0, y1) = (min(box.y0, box.y1), max(box.y0, box.y1))
        let x = character.midX
        let low = character.originY - 0.1 * character.size
        let high = character.originY - 0.6 * character.size
        return x >= x0 && x <= x1 && low <= y1 && low >= y0 && high >= y0 && high <= y1
    }
}
